import { describe, expect, it } from 'vitest';
import {
	dotsPath,
	listBreaks,
	methodBreaks,
	spreadLabels,
	trendLayout,
	trendSegments,
	trendTable,
	valuesInYear,
	type TrendPoint
} from './layout';

const p = (year: number, value: number | null, method: string | null = null): TrendPoint => ({
	year,
	value,
	method
});
const years = (runs: { year: number }[][]) => runs.map((r) => r.map((q) => q.year));

describe('trendSegments', () => {
	it.each([
		{ name: 'one run', points: [p(1, 1), p(2, 2), p(3, 3)], runs: [[1, 2, 3]] },
		{ name: 'a null value breaks', points: [p(1, 1), p(2, null), p(3, 3)], runs: [[1], [3]] },
		{ name: 'a missing year breaks', points: [p(1, 1), p(2, 2), p(4, 4)], runs: [[1, 2], [4]] },
		{ name: 'unsorted input is sorted', points: [p(2, 2), p(1, 1)], runs: [[1, 2]] },
		{
			name: 'a method change breaks',
			points: [p(1, 1, 'a'), p(2, 2, 'a'), p(3, 3, 'b')],
			runs: [[1, 2], [3]]
		},
		{ name: 'an unknown method does not', points: [p(1, 1, 'a'), p(2, 2, null)], runs: [[1, 2]] },
		{ name: 'nothing', points: [p(1, null)], runs: [] }
	])('$name', ({ points, runs }) => expect(years(trendSegments(points))).toEqual(runs));

	it('joins across a method change when asked', () => {
		expect(years(trendSegments([p(1, 1, 'a'), p(2, 2, 'b')], true))).toEqual([[1, 2]]);
	});
});

describe('methodBreaks', () => {
	it('lists the first year of each new method, once, across series', () => {
		const series = [
			{ key: 'a', label: 'a', points: [p(2021, 1, 'x'), p(2022, 1, 'x'), p(2023, 1, 'y')] },
			{ key: 'b', label: 'b', points: [p(2022, 1, 'x'), p(2023, 1, 'y'), p(2025, 1, 'z')] }
		];
		expect(methodBreaks(series)).toEqual([2023, 2025]);
	});
});

describe('spreadLabels', () => {
	it.each([
		{ ys: [10, 50], out: [10, 50] },
		{ ys: [10, 12], out: [10, 23] },
		{ ys: [100, 98], out: [100, 87] }, // the lower one moves up, not past the edge
		{ ys: [95, 96, 97], out: [74, 87, 100] } // pushed up from the bottom edge 100
	])('$ys → $out (gap 13, 0..100)', ({ ys, out }) => expect(spreadLabels(ys, 13, 0, 100)).toEqual(out));
});

describe('trendLayout', () => {
	const series = [
		{ key: 'avg', label: 'TB', reference: true, points: [p(2020, 50), p(2021, 60), p(2022, 70)] },
		{ key: 'a', label: 'A', points: [p(2020, 40, 'm1'), p(2021, 80, 'm1'), p(2022, 60, 'm2')] }
	];
	const l = trendLayout(series, { width: 400, height: 200, endLabels: false });

	it('maps years to x and values to y (domain 40..80, top 22, bottom 178)', () => {
		expect(l.left).toBe(38.8); // width("80,00" at 11 px) = 5 × 11 × 0.56 = 30.8, + 8
		expect(l.right).toBe(382); // 18 px kept for half the last year's label (no end labels)
		const a = l.series[1]!;
		expect(a.dots.map((d) => [d.cx, d.cy])).toEqual([
			[38.8, 178],
			[210.4, 22],
			[382, 100]
		]);
	});

	it('breaks the line at the method change and draws a marker between the two years', () => {
		expect(l.series[1]!.paths).toEqual(['M38.8,178L210.4,22']);
		// 2021.5: 38.8 + 1.5 × 171.6; near the right edge (> 400 − 110), so the label reads leftwards.
		expect(l.breaks).toEqual([
			{ year: 2022, kind: 'method', x: 296.2, labelX: 293.2, labelY: 14, anchor: 'end' }
		]);
	});

	it('draws the reference in ink, the other series in palette order', () => {
		expect(l.series[0]!.color).toContain('--chart-ink');
		expect(l.series[1]!.color).toBe('#0072B2');
	});
});

describe('trendLayout with several breaks', () => {
	it('alternates the labels on two lines above a taller top margin', () => {
		const pts = [p(2019, 1, 'a'), p(2020, 2, 'b'), p(2021, 3, 'c'), p(2022, 4, 'c')];
		const l = trendLayout([{ key: 'a', label: 'A', points: pts }], { width: 800, endLabels: false });
		expect(l.top).toBe(33); // 11 + 2 × 11
		expect(l.breaks.map((b) => [b.year, b.labelY, b.anchor])).toEqual([
			[2020, 25, 'start'],
			[2021, 14, 'start']
		]);
	});
	it('takes three lines for three breaks (two method changes and the 2025 list change)', () => {
		const pts = [p(2021, 1, 'a'), p(2022, 2, 'b'), p(2023, 3, 'c'), p(2024, 4, 'c'), p(2025, 5, 'c')];
		pts.forEach((pt) => (pt.list = pt.year < 2025 ? 'gso63' : 'qd19'));
		const l = trendLayout([{ key: 'a', label: 'A', points: pts }], { width: 800, endLabels: false });
		expect(l.top).toBe(44);
		expect(l.breaks.map((b) => [b.year, b.kind, b.labelY])).toEqual([
			[2022, 'method', 36],
			[2023, 'method', 25],
			[2025, 'list', 14]
		]);
	});
});

describe('trendLayout across a change of list (63 → 34 provinces)', () => {
	it('marks the year and draws the line on, unlike a method change', () => {
		const pts = [p(2023, 70, 'm'), p(2024, 72, 'm'), { ...p(2025, 75, 'm'), list: 'qd19' }];
		pts[0]!.list = pts[1]!.list = 'gso63';
		const l = trendLayout([{ key: 'a', label: 'A', points: pts }], { width: 400, endLabels: false });
		expect(listBreaks([{ key: 'a', label: 'A', points: pts }])).toEqual([2025]);
		expect(l.breaks.map((b) => [b.year, b.kind])).toEqual([[2025, 'list']]);
		expect(l.series[0]!.paths).toHaveLength(1);
		expect(l.series[0]!.dots).toHaveLength(3);
	});
	it('draws dots as one path of circles (r 2: from x − 2, two half arcs)', () => {
		expect(dotsPath([{ cx: 10, cy: 20 }], 2)).toBe('M8,20a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
	});
});

describe('valuesInYear and trendTable', () => {
	const series = [
		{ key: 'a', label: 'A', points: [p(2020, 1.5)] },
		{ key: 'b', label: 'B', points: [p(2020, 2), p(2021, 3)] }
	];
	it('lists a year’s values highest first, "–" where missing', () => {
		expect(valuesInYear(series, 2021)).toEqual(['B: 3,00', 'A: –']);
	});
	it('tabulates series by year', () => {
		expect(trendTable(series, 'Đơn vị', 1)).toEqual({
			columns: ['Đơn vị', '2020', '2021'],
			rows: [
				['A', '1,5', '–'],
				['B', '2,0', '3,0']
			]
		});
	});
});
