import { describe, expect, it } from 'vitest';
import { rankingBarsLayout, rankingBarsTable, sortRankingRows, type RankingBarRow } from './layout';

const row = (key: string, value: number | null, rank: number | null = null): RankingBarRow => ({
	key,
	label: key,
	value,
	rank
});

describe('sortRankingRows', () => {
	it.each([
		{ name: 'by value, descending', rows: [row('a', 1), row('b', 3), row('c', 2)], order: 'bca' },
		{ name: 'missing values last', rows: [row('a', null), row('b', 0), row('c', 5)], order: 'cba' },
		{ name: 'ties by rank', rows: [row('a', 5, 2), row('b', 5, 1)], order: 'ba' },
		{ name: 'ties without rank by name', rows: [row('b', 5), row('a', 5)], order: 'ab' }
	])('$name', ({ rows, order }) => {
		expect(
			sortRankingRows(rows)
				.map((r) => r.key)
				.join('')
		).toBe(order);
	});

	it('orders Vietnamese names by the Vietnamese alphabet (Đ after D)', () => {
		const rows = [
			{ ...row('1', 1), label: 'Đồng Nai' },
			{ ...row('2', 1), label: 'Điện Biên' },
			{ ...row('3', 1), label: 'Dak' }
		];
		expect(sortRankingRows(rows).map((r) => r.label)).toEqual(['Dak', 'Điện Biên', 'Đồng Nai']);
	});
});

describe('rankingBarsLayout', () => {
	// width 400, no ranks: name column = min(longest name 1 char = 6.72, 152, 220) + 6 = 12.72;
	// value column = width("10,00") + 6 = 39.6 → bars from 12.72 to 360.4 (347.68 px for 0..10).
	const layout = rankingBarsLayout([row('a', 10), row('b', 5), row('c', null)], { width: 400 });

	it('scales bars from 0 to the largest value', () => {
		expect(layout.barLeft).toBe(12.72);
		expect(layout.barRight).toBe(360.4);
		expect(layout.bars.map((b) => b.barWidth)).toEqual([347.68, 173.84, 0]);
	});

	it('stacks rows 22 px apart and adds 20 px for the axis', () => {
		expect(layout.bars.map((b) => b.y)).toEqual([0, 22, 44]);
		expect(layout.height).toBe(3 * 22 + 20);
	});

	it('prints values with a decimal comma and "–" for none', () => {
		expect(layout.bars.map((b) => b.valueText)).toEqual(['10,00', '5,00', '–']);
	});

	it('clamps a value below a given domain to no bar, and above it to the full width', () => {
		const l = rankingBarsLayout([row('a', 120), row('b', 40)], { width: 400, domain: [50, 100] });
		expect(l.bars.map((b) => b.barWidth)).toEqual([l.barRight - l.barLeft, 0]);
	});

	it('cuts a long name with an ellipsis to 38 % of the width', () => {
		const long = { ...row('x', 1), label: 'Ban Quản lý các khu công nghiệp và khu kinh tế tỉnh' };
		const l = rankingBarsLayout([long], { width: 300 });
		expect(l.bars[0]!.shownLabel.endsWith('…')).toBe(true);
		expect(l.labelRight).toBe(Math.round((300 * 0.38 + 6) * 100) / 100);
	});

	it('draws ticks with the vi-VN format', () => {
		const l = rankingBarsLayout([row('a', 2.5)], { width: 400 });
		expect(l.ticks.map((t) => t.text)).toEqual(['0,0', '0,5', '1,0', '1,5', '2,0', '2,5']);
	});
});

describe('rankingBarsTable', () => {
	it('lists rows in chart order, with a group column only when a row has a group', () => {
		const cols = { rank: 'Hạng', unit: 'Đơn vị', value: 'Điểm', group: 'Nhóm' };
		const rows = [row('b', 80.5, 2), { ...row('a', 90, 1), group: 'A' }, row('c', null)];
		expect(rankingBarsTable(rows, cols)).toEqual({
			columns: ['Hạng', 'Đơn vị', 'Điểm', 'Nhóm'],
			rows: [
				['1', 'a', '90,00', 'A'],
				['2', 'b', '80,50', '–'],
				['–', 'c', '–', '–']
			]
		});
	});
});

describe('rankingBarsLayout with intervals', () => {
	// Width 400, domain 0–100, one unit "A": names end at 6.72 + 6 = 12.72; "100,00" takes 40.32 + 6, so the
	// bars run 12.72..353.68 (340.96 px for 100). 80 → 285.49; its interval 75–85 → 268.44..302.54.
	const l = rankingBarsLayout([{ key: 'a', label: 'A', value: 80, interval: { low: 75, high: 85 } }], {
		width: 400,
		domain: [0, 100]
	});
	const bar = l.bars[0]!;

	it('draws the interval across the bar’s end, and the value past its upper end', () => {
		expect(bar.whisker).toEqual({ x1: 268.44, x2: 302.54 });
		expect(bar.barWidth).toBe(272.77);
		expect(bar.valueX).toBe(306.54);
		expect(bar.intervalText).toBe('75,00–85,00');
	});

	it('has no whisker, nor interval text, without an interval or without a value', () => {
		const plain = rankingBarsLayout(
			[
				{ key: 'a', label: 'A', value: 80 },
				{ key: 'b', label: 'B', value: null, interval: { low: 1, high: 2 } }
			],
			{ width: 400, domain: [0, 100] }
		);
		expect(plain.bars.map((b) => [b.whisker, b.intervalText])).toEqual([
			[null, ''],
			[null, '']
		]);
	});
});
