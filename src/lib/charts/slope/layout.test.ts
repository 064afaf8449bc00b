import { describe, expect, it } from 'vitest';
import { slopeColor, slopeLayout, slopeTable, type SlopeRow } from './layout';

const rows: SlopeRow[] = [
	{ key: 'up', label: 'Lên', from: 10, to: 20 },
	{ key: 'down', label: 'Xuống', from: 20, to: 10 },
	{ key: 'gone', label: 'Mất', from: 15, to: null }
];

describe('slopeColor', () => {
	it.each([
		[rows[0]!, '#0072B2'],
		[rows[1]!, '#D55E00'],
		[rows[2]!, 'var(--chart-none, #7A7A7A)'],
		[{ key: 's', label: 's', from: 5, to: 5 }, 'var(--chart-none, #7A7A7A)']
	])('%o → %s', (row, color) => expect(slopeColor(row)).toBe(color));
});

describe('slopeLayout', () => {
	// height 200: values 10..20 from y 188 (bottom) to 30 (top).
	const l = slopeLayout(rows, { width: 400 });
	it('maps both years on one scale; a missing value has no point', () => {
		expect(l.rows.map((r) => [r.y1, r.y2])).toEqual([
			[188, 30],
			[30, 188],
			[109, null]
		]);
	});
	it('labels the first year with the value and the second with value and name', () => {
		expect(l.rows[0]!.fromText).toBe('10,00');
		expect(l.rows[0]!.toText).toBe('20,00 Lên');
		expect(l.rows[1]!.change).toBe('−10,00');
	});
});

describe('slopeTable', () => {
	it('gives both years and the change', () => {
		expect(slopeTable(rows, ['Đơn vị', '2023', '2024', '±'], 1).rows).toEqual([
			['Lên', '10,0', '20,0', '+10,0'],
			['Xuống', '20,0', '10,0', '−10,0'],
			['Mất', '15,0', '–', '–']
		]);
	});
});
