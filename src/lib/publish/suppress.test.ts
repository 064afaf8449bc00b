import { describe, expect, it } from 'vitest';
import { isSmallCell, suppressSmallCells } from './suppress';
import { publication } from './test-fixture';

describe('isSmallCell(n, minN)', () => {
	it.each([
		{ n: 29, minN: 30, small: true },
		{ n: 30, minN: 30, small: false },
		{ n: 0, minN: 1, small: true },
		{ n: null, minN: 30, small: false },
		{ n: undefined, minN: 30, small: false },
		{ n: 5, minN: null, small: false }
	])('n $n, min $minN → $small', ({ n, minN, small }) => {
		expect(isSmallCell(n, minN)).toBe(small);
	});
});

describe('suppressSmallCells(rows, minN)', () => {
	it('withholds the value and everything that would give it away, keeping the unit', () => {
		const row = {
			...publication().rows[0]!,
			n: 12,
			prev_value: 90,
			prev_rank: 2,
			rank_change: 1,
			value_change: 6.17,
			group_label: 'A'
		};
		expect(suppressSmallCells([row], 30)).toEqual([
			{
				...row,
				value: null,
				rank: null,
				prev_value: null,
				prev_rank: null,
				rank_change: null,
				value_change: null,
				group_label: null,
				suppressed: true
			}
		]);
	});

	it('clears a stale flag on rows that pass', () => {
		const row = { ...publication().rows[0]!, n: 40, suppressed: true };
		expect(suppressSmallCells([row], 30)[0]!.suppressed).toBe(false);
	});
});
