import { describe, expect, it } from 'vitest';
import { gridStep } from './grid-keys';

describe('gridStep', () => {
	// A grid of 4 rows × 6 columns (the heatmap fixture), from row 1, column 2 unless said.
	it.each([
		['ArrowRight', [1, 2], false, [1, 3]],
		['ArrowLeft', [1, 2], false, [1, 1]],
		['ArrowDown', [1, 2], false, [2, 2]],
		['ArrowUp', [1, 2], false, [0, 2]],
		['ArrowRight', [1, 5], false, [1, 5]], // the last column: stays
		['ArrowLeft', [1, 0], false, [1, 0]],
		['ArrowDown', [3, 2], false, [3, 2]], // the last row: stays
		['ArrowUp', [0, 2], false, [0, 2]],
		['Home', [1, 2], false, [1, 0]],
		['End', [1, 2], false, [1, 5]],
		['Home', [1, 2], true, [0, 0]], // Ctrl+Home
		['End', [1, 2], true, [3, 5]] // Ctrl+End
	] as const)('%s from %j (ctrl %s) → %j', (key, at, ctrl, expected) => {
		expect(gridStep(key, at, [4, 6], ctrl)).toEqual(expected);
	});
	it.each(['Tab', 'Escape', 'Enter', 'a'])('leaves %s to the page', (key) => {
		expect(gridStep(key, [1, 2], [4, 6])).toBeNull();
	});
});
