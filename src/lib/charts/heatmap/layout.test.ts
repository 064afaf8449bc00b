import { describe, expect, it } from 'vitest';
import { SEQUENTIAL } from '../palette';
import { heatmapLayout, heatmapLegend, heatmapTable, type HeatmapData } from './layout';

const data: HeatmapData = {
	rows: [
		{ key: 'a', label: 'A' },
		{ key: 'b', label: 'B' }
	],
	columns: [
		{ key: 'x', label: 'X' },
		{ key: 'y', label: 'Y' }
	],
	cells: [
		{ row: 'a', column: 'x', value: 0 },
		{ row: 'a', column: 'y', value: 6 },
		{ row: 'b', column: 'x', value: 3.5 }
	]
};

describe('heatmapLayout', () => {
	// Labels "A"/"B": column width min(6.16 + 8, …) = 14.16; cells (200 − 14.16) / 2 = 92.92 wide.
	const l = heatmapLayout(data, { width: 200 });
	it('lays cells out row by row, below a 28 px head', () => {
		expect(l.cells.map((c) => [c.x, c.y])).toEqual([
			[14.16, 28],
			[107.08, 28],
			[14.16, 52],
			[107.08, 52]
		]);
	});
	it('colours by six equal steps of the domain; a missing cell is blank with "–"', () => {
		// 0..6 in six steps of 1: 0 → first, 6 → last, 3.5 → fourth.
		expect(l.cells.map((c) => c.fill)).toEqual([
			SEQUENTIAL[0],
			SEQUENTIAL[5],
			SEQUENTIAL[3],
			'var(--chart-bg, #ffffff)'
		]);
		expect(l.cells.map((c) => c.text)).toEqual(['0,0', '6,0', '3,5', '–']);
	});
	it('gives each row its cells in column order', () => {
		expect(l.rows.map((r) => r.cells.map((c) => `${c.row}${c.column}`))).toEqual([
			['ax', 'ay'],
			['bx', 'by']
		]);
	});
	it('writes light text on dark cells and dark on light ones', () => {
		expect(l.cells[0]!.textColor).toBe('#1c1917');
		expect(l.cells[1]!.textColor).toBe('#ffffff');
	});
});

describe('heatmapTable', () => {
	it('one row per unit, one column per component', () => {
		expect(heatmapTable(data, 'Đơn vị')).toEqual({
			columns: ['Đơn vị', 'X', 'Y'],
			rows: [
				['A', '0,0', '6,0'],
				['B', '3,5', '–']
			]
		});
	});
});

describe('heatmapLegend', () => {
	it('names each colour step by its range', () => {
		expect(heatmapLegend(data, { domain: [0, 6], decimals: 0 }).map((l) => l.label)).toEqual([
			'0–1',
			'1–2',
			'2–3',
			'3–4',
			'4–5',
			'5–6'
		]);
	});
});
