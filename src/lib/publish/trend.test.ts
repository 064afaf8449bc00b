import { describe, expect, it } from 'vitest';
import { publicationJson } from './schema';
import { trendPublication } from './trend';
import { trend, TREND_AVERAGE, TREND_META, TREND_UNITS } from './test-fixture';

describe('trendPublication(units, average, meta)', () => {
	it('keeps the units in the order chosen, each point in year order with its method, list and rank', () => {
		const p = trend();
		expect(p.rows.map((r) => r.name)).toEqual([
			{ vi: 'Hà Nội', en: null },
			{ vi: 'Quảng Ninh', en: null }
		]);
		expect(p.rows[0]!.points.map((pt) => [pt.year, pt.value, pt.method, pt.rank, pt.n])).toEqual([
			[2020, 85.5, 'PAR-2012', 5, null],
			[2021, 86.1, 'PAR-1149-2021', 2, null],
			// 88.000000000001 loses its float noise at 10 decimals
			[2022, 88, 'PAR-1149-2021', 1, null]
		]);
		expect(p.rows[1]!.points[1]).toEqual({
			year: 2021,
			value: null,
			method: 'PAR-1149-2021',
			list: 'gso63',
			rank: null,
			ranked_of: 63,
			n: null
		});
	});

	it('publishes the average as its own dashed line with the number of units behind each year', () => {
		const p = trend();
		expect(p.average?.name).toEqual({ vi: 'Trung bình cả nước', en: 'National average' });
		expect(p.average?.points.map((pt) => [pt.year, pt.value, pt.n, pt.rank])).toEqual([
			[2020, 80, 63, null],
			[2021, 81.25, 63, null],
			[2022, 82.5, 63, null]
		]);
	});

	it('takes the years and the method versions (in year order) from the points', () => {
		const p = trend();
		expect(p.provenance).toMatchObject({
			from_year: 2020,
			to_year: 2022,
			method_version: 'PAR-2012, PAR-1149-2021',
			is_sample: false,
			component: null
		});
		expect(p.id).toBe('trend-par-province-2020-2022');
		expect(p.title).toEqual({
			vi: 'Xu hướng Chỉ số CCHC 2020–2022 — các tỉnh, thành phố',
			en: 'PAR Index trend 2020–2022 — provinces'
		});
	});

	it('names a component in its id, and in its title with the short name of the index', () => {
		const component = { code: 'LV1', name: { vi: 'Công tác chỉ đạo', en: 'Direction' } };
		const shortName = { vi: 'CCHC', en: 'PAR' };
		const p = trendPublication(TREND_UNITS, TREND_AVERAGE, { ...TREND_META, component, shortName });
		expect([p.id, p.title]).toEqual([
			'trend-par-lv1-province-2020-2022',
			{
				vi: 'Xu hướng Công tác chỉ đạo (CCHC) 2020–2022 — các tỉnh, thành phố',
				en: 'Direction (PAR) trend 2020–2022 — provinces'
			}
		]);
	});

	it('publishes only the average when no unit is chosen, and no average line when there is none', () => {
		expect(trendPublication([], TREND_AVERAGE, TREND_META).rows).toEqual([]);
		const noAverage = trendPublication(TREND_UNITS, [], TREND_META);
		expect([noAverage.average, noAverage.provenance.from_year]).toEqual([null, 2020]);
	});

	it('refuses a view without a single value', () => {
		const empty = [{ ...TREND_UNITS[1]!, points: [TREND_UNITS[1]!.points[1]!] }];
		expect(() => trendPublication(empty, [], TREND_META)).toThrow(/no value/);
	});

	it('writes the same bytes for the same view', () => {
		expect(publicationJson(trend())).toBe(publicationJson(trend()));
	});
});
