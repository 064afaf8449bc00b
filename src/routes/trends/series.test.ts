import { describe, expect, it } from 'vitest';
import type { TrendRow } from '$lib/sql/trend-sql';
import { bumpSeries, lineSeries, unitSeries } from './series';

const row = (
	unit_key: string,
	name: string,
	year: number,
	value: number | null,
	rank: number | null = null
): TrendRow => ({
	unit_key,
	name,
	year,
	value,
	rank,
	ranked_of: 3,
	method_version: year >= 2023 ? 'PAR-876-2022' : 'PAR-1149-2021',
	is_sample: true
});

const rows = [
	row('gso63:01', 'Hà Nội', 2022, 80, 2),
	row('gso63:01', 'Hà Nội', 2023, 85, 1),
	row('gso63:66', 'Đắk Lắk', 2024, 70, 3),
	row('qd19:66', 'Đắk Lắk', 2025, 75, 1)
];

describe('unitSeries', () => {
	it('keeps the chosen order, drops keys without rows, and tells apart two units of one name', () => {
		const s = unitSeries(rows, ['qd19:66', 'gso63:01', 'gso63:99', 'gso63:66']);
		expect(s.map((u) => [u.key, u.label])).toEqual([
			['qd19:66', 'Đắk Lắk (2025–2025)'],
			['gso63:01', 'Hà Nội'],
			['gso63:66', 'Đắk Lắk (2024–2024)']
		]);
	});
});

describe('lineSeries and bumpSeries', () => {
	const units = unitSeries(rows, ['gso63:01']);
	it('puts the average first, as a reference, with method versions', () => {
		const s = lineSeries(
			units,
			[{ year: 2022, value: 78.5, n: 63, method_version: 'PAR-1149-2021' }],
			'Trung bình'
		);
		expect(s[0]).toEqual({
			key: 'average',
			label: 'Trung bình',
			reference: true,
			points: [{ year: 2022, value: 78.5, method: 'PAR-1149-2021' }]
		});
		expect(s[1]!.points).toEqual([
			{ year: 2022, value: 80, method: 'PAR-1149-2021' },
			{ year: 2023, value: 85, method: 'PAR-876-2022' }
		]);
	});
	it('has no reference without an average', () => expect(lineSeries(units, [], 'TB')).toHaveLength(1));
	it('gives ranks by year', () => {
		expect(bumpSeries(units)[0]!.points.map((p) => p.rank)).toEqual([2, 1]);
	});
});
