import { describe, expect, it } from 'vitest';
import { PAPI_GROUPS, PAR_GROUPS, PCI_TIERS } from '../index';
import { pointsOverMax } from '../totals';
import {
	assignGroups,
	competitionRanks,
	quantileGroups,
	quantileSizes,
	rankChange,
	rankMove,
	rankedCount,
	scoreChange,
	thresholdGroup
} from './index';

describe('competitionRanks', () => {
	it.each([
		{ values: [], ranks: [] },
		{ values: [3, 1, 2], ranks: [1, 3, 2] },
		{ values: [90, 80, 80, 70], ranks: [1, 2, 2, 4] },
		{ values: [5, 5, 5], ranks: [1, 1, 1] },
		{ values: [null, 7, undefined, NaN, 8, Infinity], ranks: [null, 2, null, null, 1, null] },
		// rank on the unrounded value: 85.324 and 85.32 are both "85,32" but not tied
		{ values: [85.324, 85.32, 85.326], ranks: [2, 3, 1] },
		{ values: [-1, 0, -1], ranks: [2, 1, 2] }
	])('competitionRanks($values) → $ranks', ({ values, ranks }) => {
		expect(competitionRanks(values)).toEqual(ranks);
	});

	it('reproduces the DTI 2022 tie: 14 units ahead, two at 15, the next at 17', () => {
		const values = [...Array.from({ length: 14 }, (_, i) => 0.9 - i * 0.01), 0.7, 0.7, 0.69];
		expect(competitionRanks(values).slice(14)).toEqual([15, 15, 17]);
	});

	it('reproduces the MIC 2017 ties: 17, 17, 19; 32, 32, 34; 40, 40, 42', () => {
		// 43 values falling by 1, with three pairs made equal
		const values = Array.from({ length: 43 }, (_, i) => 100 - i);
		for (const at of [16, 31, 39]) values[at + 1] = values[at]!;
		const ranks = competitionRanks(values);
		expect([ranks[16], ranks[17], ranks[18]]).toEqual([17, 17, 19]);
		expect([ranks[31], ranks[32], ranks[33]]).toEqual([32, 32, 34]);
		expect([ranks[39], ranks[40], ranks[41]]).toEqual([40, 40, 42]);
	});

	it('counts only ranked units in M', () => {
		expect(rankedCount([1, null, 2, NaN, undefined])).toBe(2);
	});
});

describe('rankChange, rankMove, scoreChange', () => {
	it.each([
		{ prev: 5, now: 2, change: 3, move: { kind: 'up', steps: 3 } },
		{ prev: 2, now: 4, change: -2, move: { kind: 'down', steps: 2 } },
		{ prev: 7, now: 7, change: 0, move: { kind: 'same' } },
		{ prev: null, now: 1, change: null, move: { kind: 'none' } },
		{ prev: 3, now: null, change: null, move: { kind: 'none' } }
	])('rank $prev → $now: change $change', ({ prev, now, change, move }) => {
		expect(rankChange(prev, now)).toBe(change);
		expect(rankMove(rankChange(prev, now))).toEqual(move);
	});

	it.each([
		{ prev: 86.98, now: 88.37, change: 1.39 },
		{ prev: 90, now: 89.5, change: -0.5 },
		{ prev: null, now: 80, change: null },
		{ prev: 80, now: NaN, change: null }
	])('score $prev → $now: $change', ({ prev, now, change }) => {
		const got = scoreChange(prev, now);
		if (change === null) expect(got).toBeNull();
		else expect(got).toBeCloseTo(change, 10);
	});
});

describe('groups', () => {
	it.each([
		{ value: 96.17, group: 'A' },
		{ value: 90, group: 'A' },
		{ value: 89.999, group: 'B' },
		{ value: 80, group: 'B' },
		{ value: 79.97, group: 'C' },
		{ value: 70, group: 'C' },
		{ value: 69.99, group: 'D' },
		{ value: null, group: null }
	])('PAR $value → group $group', ({ value, group }) => {
		const groups = PAR_GROUPS.kind === 'fixed_thresholds' ? PAR_GROUPS.groups : [];
		expect(thresholdGroup(value, groups)).toBe(group);
	});

	it('an agency with 68.32 points of an 84-point maximum is 81.33 %, group B', () => {
		const pct = pointsOverMax(68.32, 84)!;
		expect(pct.toFixed(2)).toBe('81.33');
		expect(assignGroups(PAR_GROUPS, [pct], [null])).toEqual(['B']);
	});

	it.each([
		{ sizes: [16, 16, 15, 16], count: 63, out: [16, 16, 15, 16] },
		{ sizes: [16, 16, 15, 16], count: 34, out: [9, 9, 8, 8] },
		{ sizes: [16, 16, 15, 16], count: 4, out: [1, 1, 1, 1] },
		{ sizes: [16, 16, 15, 16], count: 0, out: [0, 0, 0, 0] }
	])('quantileSizes($sizes, $count) → $out', ({ sizes, count, out }) => {
		const got = quantileSizes(sizes, count);
		expect(got).toEqual(out);
		expect(got.reduce((a, b) => a + b, 0)).toBe(count);
	});

	it('PAPI quartiles of 63 provinces are 16/16/15/16, best first', () => {
		const values = Array.from({ length: 63 }, (_, i) => 50 - i * 0.1);
		const groups = quantileGroups(values, ['Cao', 'TBC', 'TBT', 'Thấp'], [16, 16, 15, 16]);
		const count = (g: string) => groups.filter((x) => x === g).length;
		expect([count('Cao'), count('TBC'), count('TBT'), count('Thấp')]).toEqual([16, 16, 15, 16]);
		expect(groups[0]).toBe('Cao');
		expect(groups[62]).toBe('Thấp');
	});

	it('a tie across a quartile boundary goes to the better group; a unit without value gets none', () => {
		// 8 units, sizes 2/2/2/2: the 2nd and 3rd tie, so both are in the first group
		const groups = quantileGroups([9, 8, 8, 7, 6, 5, 4, 3, null], ['a', 'b', 'c', 'd'], [2, 2, 2, 2]);
		expect(groups).toEqual(['a', 'a', 'a', 'b', 'c', 'c', 'd', 'd', null]);
	});

	it('PCI tiers are taken as published, never computed', () => {
		expect(assignGroups(PCI_TIERS, [70.1, 65.2, 60], ['Rất tốt', null, 'Khá'])).toEqual([
			'Rất tốt',
			null,
			'Khá'
		]);
		expect(assignGroups(PAPI_GROUPS, [], [])).toEqual([]);
		expect(assignGroups(undefined, [1, 2], [null, null])).toEqual([null, null]);
	});
});
