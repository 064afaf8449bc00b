import { describe, expect, it } from 'vitest';
import {
	answerLevels,
	surveyBarRows,
	surveyDotDomain,
	surveyDotRows,
	surveyElementUnits,
	surveyLikertRows
} from './survey-rows';
import { survey, trend } from './test-fixture';
import { trendBreaks, trendSeries } from './trend-rows';

describe('trendSeries(publication, lang)', () => {
	it('draws the average first as the dashed reference, then the units with method and list per point', () => {
		const s = trendSeries(trend(), 'en');
		expect(s.map((x) => [x.key, x.label, x.reference ?? false])).toEqual([
			['average', 'National average', true],
			['gso63:01', 'Hà Nội', false],
			['gso63:22', 'Quảng Ninh', false]
		]);
		expect(s[1]!.points[1]).toEqual({ year: 2021, value: 86.1, method: 'PAR-1149-2021', list: 'gso63' });
	});

	it('finds the method change of 2021 and no change of list', () => {
		expect(trendBreaks(trend())).toEqual({ method: [2021], list: [] });
	});
});

describe('the survey charts’ rows', () => {
	it('bars: the published units with their rank and interval, the withheld one last without a bar, saying why', () => {
		expect(surveyBarRows(survey(), 'vi')).toEqual([
			// each with its interval (value − 3.25, value + 2.75 in the fixture)
			{
				key: 'local:tu-phap',
				label: 'Sở Tư pháp',
				value: 91.5,
				rank: 1,
				interval: { low: 88.25, high: 94.25 }
			},
			{ key: 'local:y-te', label: 'Sở Y tế', value: 84.25, rank: 2, interval: { low: 81, high: 87 } },
			{ key: 'local:xay-dung', label: 'Sở Xây dựng', value: null, note: 'Không công bố (ít hơn 30 phiếu)' }
		]);
	});

	it('dots: each focused unit’s elements in order, a withheld cell grey with no value', () => {
		const p = survey();
		expect(surveyElementUnits(p)).toEqual([{ key: 'local:tu-phap', name: 'Sở Tư pháp' }]);
		expect(surveyDotRows(p, 'local:tu-phap', 'vi')).toEqual([
			{ key: 'II.A', label: 'II.A. II.A', value: 90, low: 85, high: 95, n: 118 },
			{ key: 'I.A', label: 'I.A. I.A', value: null, muted: true },
			{ key: 'overall', label: 'Chỉ số hài lòng chung', value: 91.5, low: 88.25, high: 94.25, n: 120 }
		]);
		// floor(85 / 5) · 5 to ceil(95 / 5) · 5
		expect(surveyDotDomain(p)).toEqual([85, 95]);
	});

	it('items: the answer shares of each published item, the five answers named', () => {
		expect(surveyLikertRows(survey(), 'vi')).toEqual([
			{ key: 'q9_01', label: 'Câu 9.1', counts: [2.5, 2.5, 7.5, 47.5, 40], n: 179 }
		]);
		expect(answerLevels(survey(), 'en')).toEqual([
			'Very dissatisfied',
			'Dissatisfied',
			'Neutral',
			'Satisfied',
			'Very satisfied'
		]);
	});
});
