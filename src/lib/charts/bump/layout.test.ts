import { describe, expect, it } from 'vitest';
import { r2 } from '../text';
import { bumpLayout, bumpTable, type BumpSeries } from './layout';

const series: BumpSeries[] = [
	{
		key: 'a',
		label: 'A',
		points: [
			{ year: 2020, rank: 1 },
			{ year: 2021, rank: 2 }
		]
	},
	{
		key: 'b',
		label: 'B',
		points: [
			{ year: 2020, rank: 2 },
			{ year: 2021, rank: null }
		]
	}
];

describe('bumpLayout', () => {
	// 2 ranks × 18 px from top 10: rank 1 at 19, rank 2 at 37; years at x 28 and 400 − labelWidth.
	const l = bumpLayout(series, { width: 400 });

	it('puts rank 1 on top', () => {
		expect(l.series[0]!.dots.map((d) => d.cy)).toEqual([19, 37]);
		expect(l.height).toBe(10 + 2 * 18 + 24);
	});

	it('draws no line to a year without a rank, but keeps the point', () => {
		expect(l.series[1]!.paths).toEqual([]);
		expect(l.series[1]!.dots.map((d) => d.year)).toEqual([2020]);
	});

	it('labels the last rank of each line', () => {
		expect(l.ends.map((e) => e.text)).toEqual(['2. A', '2. B']);
	});

	it('colours only the highlighted line when there are more lines than colours', () => {
		const many = Array.from({ length: 10 }, (_, i) => ({
			key: `k${i}`,
			label: `${i}`,
			points: [{ year: 1, rank: i + 1 }]
		}));
		const colours = bumpLayout(many, { width: 400, highlight: 'k3' }).series.map((s) => s.color);
		expect(colours.filter((c) => c === '#0072B2')).toHaveLength(1);
		expect(colours[3]).toBe('#0072B2');
	});
});

describe('bumpLayout across a change of list', () => {
	it('breaks a line where its ranks move from one list of units to another', () => {
		const points = [2023, 2024, 2025, 2026].map((year, i) => ({
			year,
			rank: i + 1,
			method: 'M',
			list: year < 2025 ? 'gso63' : 'qd19'
		}));
		const l = bumpLayout([{ key: 'a', label: 'A', points }], { width: 400 });
		expect(l.series[0]!.paths).toHaveLength(2);
		expect(l.series[0]!.dots).toHaveLength(4);
	});
});

describe('bumpLayout of 63 ranks', () => {
	it('shrinks rows so the chart stays within 360 px (plus margins), rank 63 at the bottom', () => {
		const s = [{ key: 'x', label: 'X', points: [{ year: 2020, rank: 63 }] }];
		const l = bumpLayout(s, { width: 400 });
		expect(l.height).toBe(10 + 360 + 24);
		expect(l.series[0]!.dots[0]!.cy).toBe(r2(10 + 62.5 * (360 / 63)));
	});
});

describe('bumpTable', () => {
	it('tabulates ranks by year', () => {
		expect(bumpTable(series, 'Đơn vị').rows).toEqual([
			['A', '1', '2'],
			['B', '2', '–']
		]);
	});
});
