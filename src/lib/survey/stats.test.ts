import { describe, expect, it } from 'vitest';
import { SURVEY_METHOD_DEFAULTS, type SurveyLayout, type SurveyMethod } from './method';
import { wilson } from './intervals';
import { aggregateLevels, itemStat, type ItemStat } from './stats';

const M: SurveyMethod = { ...SURVEY_METHOD_DEFAULTS };
const SCALE = { min: 1, max: 5 };

/** n answers of which `sat` are 4 and the rest 2: an item at sat/n. */
function item(code: string, sat: number, n: number): ItemStat {
	const answers = Array.from({ length: n }, (_, i) => (i < sat ? 4 : 2));
	return itemStat(code, answers, M, SCALE);
}

describe('itemStat', () => {
	it.each([
		// answers, threshold, % satisfied, n, mean score
		[[5, 4, 3, 2, 1, 4, 4, 5, 3, 4], 4, 60, 10, 3.5],
		[[5, 4, 3, 2, 1, 4, 4, 5, 3, 4], 5, 20, 10, 3.5],
		[[5, null, 4, null, 1], 4, 200 / 3, 3, 10 / 3],
		[[3, 3], 4, 0, 2, 3]
	])('%j at ≥ %i → %f %% of %i answers, mean %f', (answers, threshold, value, n, mean) => {
		const s = itemStat('x', answers, { ...M, satisfiedThreshold: threshold }, SCALE);
		expect(s.value).toBeCloseTo(value, 12);
		expect(s.n).toBe(n);
		expect(s.meanScore).toBeCloseTo(mean, 12);
	});

	it('gives the full distribution: 1 and 2 are dissatisfied, 5 very satisfied', () => {
		const s = itemStat('x', [5, 4, 3, 2, 1, 4, 4, 5, 3, 4], M, SCALE);
		expect(s.dist).toEqual([10, 10, 20, 40, 20]);
		expect(s.counts).toEqual([1, 1, 2, 4, 2]);
	});

	it('puts a Wilson 95 % interval around 6 of 10 (31,27 – 83,18 by hand)', () => {
		// p = 0,6; z² / n = 0,38415; centre = (0,6 + 0,19207) / 1,38415; half = z·√(0,024 + 0,0096) / 1,38415
		const s = itemStat('x', [5, 4, 3, 2, 1, 4, 4, 5, 3, 4], M, SCALE);
		expect(s.interval!.low).toBeCloseTo(31.2674, 3);
		expect(s.interval!.high).toBeCloseTo(83.182, 3);
	});

	it('keeps the Wilson interval inside [0, 100] at 10 of 10', () => {
		const s = item('x', 10, 10);
		expect(s.interval!.low).toBeCloseTo(72.2467, 3);
		expect(s.interval!.high).toBeLessThanOrEqual(100);
		expect(s.interval!.high).toBeCloseTo(100, 9);
	});

	it('is null, never 0, when every answer is missing', () => {
		const s = itemStat('x', [null, null, null], M, SCALE);
		expect(s).toMatchObject({ n: 0, value: null, meanScore: null, interval: null });
		expect(s.dist).toEqual([null, null, null, null, null]);
	});

	it('weights respondents: [5, 1] weighted 3 and 1 → 75 %, mean 4, Kish n = 16 / 10', () => {
		const s = itemStat('x', [5, 1], M, SCALE, [3, 1]);
		expect(s.value).toBe(75);
		expect(s.meanScore).toBe(4);
		expect(s.n).toBe(2);
		expect(s.nEff).toBeCloseTo(1.6, 12);
	});

	it('weights respondents: [5, 4, 2, 1] weighted 2, 1, 1, 0 → 75 %, Kish n = 16 / 6, a zero weight still answered', () => {
		const s = itemStat('x', [5, 4, 2, 1], M, SCALE, [2, 1, 1, 0]);
		expect(s.value).toBe(75);
		expect(s.n).toBe(4);
		expect(s.nEff).toBeCloseTo(16 / 6, 12);
		expect(s.counts).toEqual([0, 1, 0, 1, 2]);
		expect(s.interval).toEqual(wilson(3 * (16 / 6 / 4), 16 / 6));
	});
});

describe('aggregateLevels', () => {
	const layout: SurveyLayout = {
		items: [
			{ code: 'a', column: 'a', element: 'E1' },
			{ code: 'b', column: 'b', element: 'E1' },
			{ code: 'c', column: 'c', element: 'E1' },
			{ code: 'd', column: 'd', element: 'E2' }
		],
		elements: [
			{ code: 'E1', part: 'I' },
			{ code: 'E2', part: 'II' }
		],
		scale: SCALE
	};
	const value = (levels: ReturnType<typeof aggregateLevels>, code: string) =>
		levels.find((l) => l.code === code)!.value;

	it.each([
		// items a, b, c of E1 and d of E2 as [satisfied, n]; method; E1, I, II, overall
		[[6, 10], [7, 10], [8, 10], [4, 10], M, 70, 70, 40, 55],
		// pooled: (6 + 7 + 4) / (10 + 10 + 5) = 68 % where the mean of 60, 70, 80 is 70 %
		[[6, 10], [7, 10], [4, 5], [4, 10], { ...M, itemAggregation: 'pooled' }, 68, 68, 40, 54],
		// a missing item leaves the denominator: mean of 60 and 80
		[[6, 10], [0, 0], [8, 10], [4, 10], M, 70, 70, 40, 55],
		// overall as the mean of the four items: (60 + 70 + 80 + 40) / 4
		[[6, 10], [7, 10], [8, 10], [4, 10], { ...M, elementAggregation: 'mean_of_items' }, 70, 70, 40, 62.5],
		// weighted elements E1 × 3, E2 × 1: (3·70 + 40) / 4
		[
			[6, 10],
			[7, 10],
			[8, 10],
			[4, 10],
			{ ...M, elementAggregation: 'weighted', elementWeights: { E1: 3, E2: 1 } },
			70,
			70,
			40,
			62.5
		],
		// E2 has no answer at all: null, and the overall is E1's alone
		[[6, 10], [7, 10], [8, 10], [0, 0], M, 70, 70, null, 70]
	] as const)('%j %j %j %j (%o) → E1 %f, I %f, II %s, overall %f', (a, b, c, d, method, e1, p1, p2, all) => {
		const items = [
			item('a', a[0], a[1]),
			item('b', b[0], b[1]),
			item('c', c[0], c[1]),
			item('d', d[0], d[1])
		];
		const levels = aggregateLevels(items, layout, method as SurveyMethod);
		expect(value(levels, 'E1')).toBeCloseTo(e1, 12);
		expect(value(levels, 'I')).toBeCloseTo(p1, 12);
		if (p2 === null) expect(value(levels, 'II')).toBeNull();
		else expect(value(levels, 'II')).toBeCloseTo(p2, 12);
		expect(value(levels, 'overall')).toBeCloseTo(all, 12);
	});

	it('keeps the distribution consistent with the value: % of 4 and 5 add up to the element value', () => {
		const items = [item('a', 6, 10), item('b', 7, 10), item('c', 8, 10), item('d', 4, 10)];
		const e1 = aggregateLevels(items, layout, M).find((l) => l.code === 'E1')!;
		expect(e1.dist[3]! + e1.dist[4]!).toBeCloseTo(e1.value!, 12);
		expect(e1.meanScore).toBeCloseTo(2 * 0.3 + 4 * 0.7, 12);
	});

	it('is null everywhere when every answer is missing', () => {
		const items = ['a', 'b', 'c', 'd'].map((c) => item(c, 0, 0));
		const levels = aggregateLevels(items, layout, M);
		expect(levels.map((l) => [l.code, l.value])).toEqual([
			['E1', null],
			['E2', null],
			['I', null],
			['II', null],
			['overall', null]
		]);
	});
});
