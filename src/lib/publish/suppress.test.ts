import { describe, expect, it } from 'vitest';
import { isSmallCell, smallCellNote, suppressSmallCells, withholdSmallCell } from './suppress';
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

describe('withholdSmallCell(cell, minN, keep)', () => {
	const cell = { unit_key: 'u', name: 'Sở A', value: 81.5, low: 70, high: 90, n: 29 };
	it.each([
		{ n: 29, out: { unit_key: 'u', name: 'Sở A', suppressed: true, note: 'n < 30' } },
		{ n: 0, out: { unit_key: 'u', name: 'Sở A', suppressed: true, note: 'n < 30' } },
		{ n: 30, out: { ...cell, n: 30, suppressed: false } }
	])('n $n of a minimum of 30', ({ n, out }) => {
		expect(withholdSmallCell({ ...cell, n }, 30, ['unit_key', 'name'])).toEqual(out);
	});

	it('writes the threshold it used into the note', () => {
		expect(withholdSmallCell({ code: 'q1', n: 9 }, 10, ['code'])).toEqual({
			code: 'q1',
			suppressed: true,
			note: 'n < 10'
		});
		expect(smallCellNote(50)).toBe('n < 50');
	});
});
