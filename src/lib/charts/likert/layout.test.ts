import { describe, expect, it } from 'vitest';
import { leftOfCentre, likertLayout, likertShares, likertTable } from './layout';

describe('likertShares', () => {
	it.each([
		{ counts: [1, 1, 2, 0, 0], shares: [0.25, 0.25, 0.5, 0, 0] },
		{ counts: [0, 0, 0, 0, 0], shares: [0, 0, 0, 0, 0] },
		{ counts: [0.1, 0.2, 0.3, 0.2, 0.2], shares: [0.1, 0.2, 0.3, 0.2, 0.2] }
	])('$counts → $shares', ({ counts, shares }) => {
		likertShares(counts).forEach((s, i) => expect(s).toBeCloseTo(shares[i]!, 10));
	});
});

describe('leftOfCentre', () => {
	it.each([
		{ shares: [0.1, 0.2, 0.4, 0.2, 0.1], left: 0.5 },
		{ shares: [0, 0, 0, 0.5, 0.5], left: 0 },
		{ shares: [0.5, 0.5, 0, 0, 0], left: 1 }
	])('$shares → $left', ({ shares, left }) => expect(leftOfCentre(shares)).toBeCloseTo(left, 10));
});

describe('likertLayout', () => {
	// One row [1,1,2,0,0]: left of centre 0.25 + 0.25 + 0.25 = 0.75 → domain ±0.8.
	// Name "q" → column 6.72 + 6 = 12.72; plot 18.72..394 (375.28 px for 1.6) → centre 206.36.
	const l = likertLayout([{ key: 'q', label: 'q', counts: [1, 1, 2, 0, 0] }], { width: 400 });

	it('centres the neutral answer on the centre line', () => {
		expect(l.centre).toBe(206.36);
		const [one, two, three] = l.bars[0]!.segments;
		expect(one!.x).toBe(30.45); // 206.36 − 0.75 × 234.55 = 30.4475
		expect(two!.x).toBeCloseTo(89.085, 1); // + 0.25 × 234.55
		expect(three!.x).toBe(147.72);
		expect(three!.cx).toBe(206.36);
		expect(l.bars[0]!.segments.slice(3).map((s) => s.width)).toEqual([0, 0]);
	});

	it('labels shares in vi-VN, and ticks as absolute percentages both ways', () => {
		expect(l.bars[0]!.segments.map((s) => s.label)).toEqual(['25%', '25%', '50%', '0%', '0%']);
		expect(l.ticks.map((t) => t.text)).toEqual(['50%', '0%', '50%']);
	});
});

describe('likertLayout on a phone', () => {
	// 320 px (< 400): labels above the bars, in up to two lines of 308 px (45 characters at 6.72 px). Plot
	// 6 + 11.2..314 − 11.2 (half of "100%" at 10 px on each side) for ±0.9 → centre 160, ticks ±0.5 at
	// 160 ± 0.5 / 0.9 × 142.8 = 80.67 and 239.33. Row: lines × 14 + 2 + bar 18 + 6.
	const label = 'Thông tin chính sách đến người dân qua nhiều kênh, rõ ràng, kịp thời và đầy đủ nhất có thể';
	const rows = [
		{ key: 'a', label, counts: [1, 1, 2, 0, 0] },
		{ key: 'b', label: 'B', counts: [0, 0, 1, 1, 2] }
	];
	const l = likertLayout(rows, { width: 320 });

	it('puts each label above its bar in two lines at most, and gives the bars the full width', () => {
		expect(l.stacked).toBe(true);
		expect(l.labelX).toBe(6);
		expect(l.bars[0]!.labelLines).toEqual([
			'Thông tin chính sách đến người dân qua nhiều',
			'kênh, rõ ràng, kịp thời và đầy đủ nhất có thể'
		]);
		expect(l.bars[1]!.labelLines).toEqual(['B']);
		expect(l.centre).toBe(160);
		expect(l.ticks.map((t) => t.pos)).toEqual([80.67, 160, 239.33]);
		expect(l.bars.map((b) => [b.y, b.labelY, b.barY, b.mid])).toEqual([
			[0, 11, 30, 39],
			[54, 65, 70, 79]
		]);
		expect(l.height).toBe(54 + 40 + 20);
	});

	it('cuts a third line into the second with an ellipsis', () => {
		const long = likertLayout([{ key: 'c', label: `${label} ${label}`, counts: [1, 0, 0, 0, 0] }], {
			width: 320
		});
		const lines = long.bars[0]!.labelLines;
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});

	it('keeps labels beside the bars from 400 px', () => {
		expect(likertLayout(rows, { width: 400 }).stacked).toBe(false);
	});
});

describe('likertTable', () => {
	it('gives each level’s share with one decimal and n', () => {
		const t = likertTable([{ key: 'q', label: 'Q', counts: [1, 2, 0, 0, 0] }], { item: 'Câu', n: 'n' }, [
			'1',
			'2',
			'3',
			'4',
			'5'
		]);
		expect(t).toEqual({
			columns: ['Câu', '1', '2', '3', '4', '5', 'n'],
			rows: [['Q', '33,3%', '66,7%', '0,0%', '0,0%', '0,0%', '3']]
		});
	});
});
