import { describe, expect, it } from 'vitest';
import { multiplesGrid } from './grid';

describe('multiplesGrid', () => {
	it.each([
		{ width: 343, columns: 2, panelWidth: 165 }, // (343 + 12) / 172 = 2.06 → 2; (343 − 12) / 2
		{ width: 150, columns: 1, panelWidth: 150 },
		{ width: 1280, columns: 6, panelWidth: 203 }, // 7.5 fit, capped at 6
		{ width: 700, columns: 4, panelWidth: 166 }
	])('$width px → $columns columns of $panelWidth px', ({ width, columns, panelWidth }) => {
		expect(multiplesGrid(width)).toEqual({ columns, panelWidth });
	});
});
