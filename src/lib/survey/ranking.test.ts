import { describe, expect, it } from 'vitest';
import { rankUnits } from './ranking';

const row = (key: string, value: number | null, n: number, low = 0, high = 0) => ({
	key,
	value,
	n,
	interval: value == null ? null : { low, high }
});

describe('rankUnits', () => {
	it('ranks publishable units with competition ranking, then greys the small and the empty ones', () => {
		const ranked = rankUnits(
			[
				row('b', 80, 100, 75, 85),
				row('a', 90, 100, 86, 94),
				row('c', 80, 100, 70, 81),
				row('small', 99, 29, 90, 100),
				row('none', null, 0),
				row('d', 60, 30, 50, 69)
			],
			30
		);
		expect(ranked.map((r) => [r.row.key, r.rank, r.publishable, r.overlapsNext])).toEqual([
			['a', 1, true, false],
			['b', 2, true, true],
			['c', 2, true, false],
			['d', 4, true, false],
			['small', null, false, false],
			['none', null, false, false]
		]);
	});

	it('ranks nothing when every unit is under the minimum n', () => {
		expect(rankUnits([row('a', 90, 5)], 30).map((r) => r.rank)).toEqual([null]);
	});
});
