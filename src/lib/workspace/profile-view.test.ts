import { describe, expect, it } from 'vitest';
import type { LineageRow, ProfileRow } from '$lib/sql/profile-sql';
import { lineageOf, profileCards } from './profile-view';
import { oneToOne } from './trend-compute';

const row = (over: Partial<ProfileRow>): ProfileRow => ({
	index_code: 'PAR',
	year: 2024,
	component_code: null,
	value: 1,
	peer_avg: 1,
	peer_best: 1,
	rank: 1,
	ranked_of: 1,
	method_version: null,
	is_sample: false,
	...over
});

describe('profileCards', () => {
	it('orders indices as the catalog does and takes the latest year of each', () => {
		const cards = profileCards([
			row({ index_code: 'PCI', year: 2023, value: 60 }),
			row({ year: 2023, value: 80 }),
			row({ year: 2024, value: 85 }),
			row({ year: 2024, component_code: 'LV1', value: 8 }),
			row({ year: 2022, value: null, is_sample: true })
		]);
		expect(cards.map((c) => [c.indexCode, c.latestYear, c.total?.value, c.components.length])).toEqual([
			['PAR', 2024, 85, 1],
			['PCI', 2023, 60, 0]
		]);
		expect(cards[0]!.series).toEqual([
			{ year: 2022, value: null },
			{ year: 2023, value: 80 },
			{ year: 2024, value: 85 }
		]);
		expect(cards[0]!.isSample).toBe(true);
	});

	it('a year with components but no total has a card without total', () => {
		const [card] = profileCards([row({ component_code: 'D1' })]);
		expect(card!.total).toBeNull();
		expect(profileCards([])).toEqual([]);
	});

	it('fills the sparkline with the same territory under its other key, never the ranks or components', () => {
		const own = [
			row({ year: 2025, value: 88, rank: 21, ranked_of: 34 }),
			row({ index_code: 'PCI', year: 2025 })
		];
		const before = [
			row({ year: 2023, value: 86 }),
			row({ year: 2024, value: 87, rank: 5, ranked_of: 63 }),
			row({ year: 2024, component_code: 'LV1', value: 9 }),
			// a year the unit's own key has wins over the other key's
			row({ year: 2025, value: 1 })
		];
		const [par, pci] = profileCards(own, before);
		expect(par!.series).toEqual([
			{ year: 2023, value: 86 },
			{ year: 2024, value: 87 },
			{ year: 2025, value: 88 }
		]);
		expect(par!.joinedYears).toEqual([2023, 2024]);
		expect(par!.total).toMatchObject({ year: 2025, rank: 21, ranked_of: 34 });
		expect(par!.components).toEqual([]);
		expect(pci!.joinedYears).toEqual([]);
	});
});

describe('profileCards across a change of method', () => {
	it('breaks the sparkline between two years of different method versions, as /trends does', () => {
		const [card] = profileCards([
			row({ year: 2020, value: 85, method_version: 'PAR-2012' }),
			row({ year: 2021, value: 86, method_version: 'PAR-1149-2021' }),
			row({ year: 2022, value: 87, method_version: 'PAR-876-2022' }),
			row({ year: 2023, value: 88, method_version: 'PAR-876-2022' })
		]);
		expect(card!.series).toEqual([
			{ year: 2020, value: 85 },
			{ year: 2020.5, value: null },
			{ year: 2021, value: 86 },
			{ year: 2021.5, value: null },
			{ year: 2022, value: 87 },
			{ year: 2023, value: 88 }
		]);
	});
});

describe('lineageOf', () => {
	const link = (over: Partial<LineageRow>): LineageRow => ({
		old_key: 'gso63:01',
		old_name: 'Hà Nội',
		new_key: 'qd19:01',
		new_name: 'Hà Nội',
		effective_date: '2025-07-01',
		...over
	});
	const merger = [
		link({ old_key: 'gso63:25', old_name: 'Phú Thọ', new_key: 'qd19:25', new_name: 'Phú Thọ' }),
		link({ old_key: 'gso63:26', old_name: 'Vĩnh Phúc', new_key: 'qd19:25', new_name: 'Phú Thọ' }),
		link({ old_key: 'gso63:17', old_name: 'Hòa Bình', new_key: 'qd19:25', new_name: 'Phú Thọ' })
	];
	// The whole crosswalk decides what is one to one, as on /trends.
	const successors = oneToOne([link({}), ...merger]);

	it.each([
		['a one-to-one successor, seen from the new key', [link({})], 'qd19:01', 1, 0, 'gso63:01'],
		['a one-to-one successor, seen from the old key', [link({})], 'gso63:01', 0, 1, 'qd19:01'],
		['a merger of three, seen from the new province', merger, 'qd19:25', 3, 0, null],
		['a merger, seen from one of the old provinces', merger.slice(1, 2), 'gso63:26', 0, 1, null],
		['no succession', [], 'qd19:99', 0, 0, null]
	] as const)('%s', (_name, rows, key, from, into, same) => {
		const l = lineageOf(rows, key, successors);
		expect([l.from.length, l.into.length, l.same?.key ?? null]).toEqual([from, into, same]);
		expect(l.date).toBe(rows.length > 0 ? '2025-07-01' : null);
	});
});
