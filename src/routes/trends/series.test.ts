import { describe, expect, it } from 'vitest';
import { bumpLayout } from '$lib/charts/bump/layout';
import type { TrendRow } from '$lib/workspace/trend-compute';
import { bumpSeries, lineSeries, pickerLabel, unitSeries } from './series';

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

describe('unitSeries with one-to-one successions', () => {
	const linked = [...rows, row('qd19:01', 'Hà Nội', 2025, 88, 2)];
	const links = [{ old_key: 'gso63:01', new_key: 'qd19:01' }];
	it('joins a unit and its successor into one series under the chosen key, either side chosen', () => {
		for (const chosen of ['gso63:01', 'qd19:01']) {
			const [s, ...rest] = unitSeries(linked, [chosen, 'qd19:01', 'gso63:01'], links);
			expect(rest).toEqual([]);
			expect([s!.key, s!.label, s!.joined, s!.rows.map((r) => r.unit_key)]).toEqual([
				chosen,
				'Hà Nội',
				true,
				['gso63:01', 'gso63:01', 'qd19:01']
			]);
		}
	});
	it('keeps a province without a one-to-one link (Đắk Lắk, merged) as two lines', () => {
		const s = unitSeries(linked, ['gso63:66', 'qd19:66'], links);
		expect(s.map((u) => [u.key, u.joined])).toEqual([
			['gso63:66', false],
			['qd19:66', false]
		]);
	});
	it('gives the joined line each point’s list, so the chart marks 2025 and draws on', () => {
		const [line] = lineSeries(unitSeries(linked, ['gso63:01'], links), [], 'TB');
		expect(line!.points.map((p) => [p.year, p.list])).toEqual([
			[2022, 'gso63'],
			[2023, 'gso63'],
			[2025, 'qd19']
		]);
	});
});

describe('lineSeries and bumpSeries', () => {
	const units = unitSeries(rows, ['gso63:01']);
	it('puts the average first, as a reference, with method versions', () => {
		const s = lineSeries(
			units,
			[{ year: 2022, value: 78.5, n: 63, method_version: 'PAR-1149-2021', system: 'gso63' }],
			'Trung bình'
		);
		expect(s[0]).toEqual({
			key: 'average',
			label: 'Trung bình',
			reference: true,
			points: [{ year: 2022, value: 78.5, method: 'PAR-1149-2021', list: 'gso63' }]
		});
		expect(s[1]!.points).toEqual([
			{ year: 2022, value: 80, method: 'PAR-1149-2021', list: 'gso63' },
			{ year: 2023, value: 85, method: 'PAR-876-2022', list: 'gso63' }
		]);
	});
	it('has no reference without an average', () => expect(lineSeries(units, [], 'TB')).toHaveLength(1));
	it('gives ranks by year', () => {
		expect(bumpSeries(units)[0]!.points.map((p) => p.rank)).toEqual([2, 1]);
	});
	it('breaks a rank line where the list of units changes, even on a line joined across 2025', () => {
		const joined = unitSeries(
			[row('gso63:01', 'Hà Nội', 2024, 80, 36), row('qd19:01', 'Hà Nội', 2025, 81, 21)],
			['gso63:01'],
			[{ old_key: 'gso63:01', new_key: 'qd19:01' }]
		);
		const [ranks] = bumpSeries(joined);
		expect(ranks!.points.map((p) => p.rank)).toEqual([36, 21]);
		expect(ranks!.points.map((p) => p.list)).toEqual(['gso63', 'qd19']);
		expect(bumpLayout(bumpSeries(joined), { width: 400 }).series[0]!.paths).toEqual([]);
		// The values' line goes on: same method, same territory.
		expect(lineSeries(joined, [], 'TB')[0]!.points.map((p) => p.method)).toEqual([
			'PAR-876-2022',
			'PAR-876-2022'
		]);
	});
});

describe('pickerLabel', () => {
	const unit = (unit_key: string, name: string, first_year: number, last_year: number) => ({
		unit_key,
		name,
		first_year,
		last_year
	});
	const units = [
		unit('gso63:01', 'Hà Nội', 2018, 2024),
		unit('qd19:01', 'Hà Nội', 2025, 2025),
		unit('gso63:66', 'Đắk Lắk', 2018, 2024),
		unit('qd19:66', 'Đắk Lắk', 2025, 2025),
		unit('gso63:31', 'Hải Phòng', 2018, 2024)
	];
	const links = [{ old_key: 'gso63:01', new_key: 'qd19:01' }];
	it.each([
		['a name no other unit has: no years', 'gso63:31', links, 'Hải Phòng'],
		['a unit of a shared name, in the search: its own years', 'gso63:01', [], 'Hà Nội (2018–2024)'],
		['the chip of a line joined across 2025, chosen before', 'gso63:01', links, 'Hà Nội (2018–2025)'],
		['the same line chosen by its 34-province key', 'qd19:01', links, 'Hà Nội (2018–2025)'],
		['a merged province, never joined', 'gso63:66', links, 'Đắk Lắk (2018–2024)'],
		['its successor from the merger', 'qd19:66', links, 'Đắk Lắk (2025–2025)']
	])('%s', (_, key, withLinks, expected) => {
		expect(
			pickerLabel(
				units.find((u) => u.unit_key === key)!,
				units,
				withLinks
			)
		).toBe(expected);
	});
});
