import { describe, expect, it } from 'vitest';
import { dotPlotLayout, dotPlotTable, sortDots, type DotRow } from './layout';

const rows: DotRow[] = [
	{ key: 'a', label: 'a', value: 50, low: 40, high: 60, n: 100 },
	{ key: 'b', label: 'b', value: null, n: 0, muted: true },
	{ key: 'c', label: 'c', value: 80, low: 70, high: 100, n: 9, muted: true }
];

describe('dotPlotLayout', () => {
	// width 400: name column 6.72 + 6 = 12.72; plot from 18.72 to 400 − (width("100,00") + 12) = 347.68.
	// The domain [40, 100] is already nice.
	const l = dotPlotLayout(rows, { width: 400 });

	it('sorts by value, missing last', () => expect(sortDots(rows).map((r) => r.key)).toEqual(['c', 'a', 'b']));

	it('places dots and interval ends on one scale', () => {
		const [c, a, b] = l.dots;
		expect(l.plotLeft).toBe(18.72);
		expect(l.plotRight).toBe(347.68);
		expect([a!.x1, a!.cx, a!.x2]).toEqual([18.72, 73.55, 128.37]);
		expect([c!.cx, c!.x2]).toEqual([238.03, 347.68]);
		expect([b!.cx, b!.x1, b!.valueText]).toEqual([null, null, '–']);
	});

	it('stacks rows and keeps the given order when asked', () => {
		expect(l.dots.map((d) => d.mid)).toEqual([11, 33, 55]);
		const kept = dotPlotLayout(rows, { width: 400, keepOrder: true });
		expect(kept.dots.map((d) => d.key)).toEqual(['a', 'b', 'c']);
	});
});

describe('dotPlotTable', () => {
	it('lists value, bounds and n in vi-VN, "–" where missing', () => {
		const t = dotPlotTable(rows, { unit: 'U', value: 'V', low: 'L', high: 'H', n: 'N' });
		expect(t.rows).toEqual([
			['c', '80,00', '70,00', '100,00', '9'],
			['a', '50,00', '40,00', '60,00', '100'],
			['b', '–', '–', '–', '0']
		]);
	});
});
