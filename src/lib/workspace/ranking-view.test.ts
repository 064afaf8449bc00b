import { describe, expect, it } from 'vitest';
import { PAPI_GROUPS, PAR_GROUPS, getVersion } from '$lib/indices';
import type { RankingRow } from '$lib/sql/ranking-sql';
import {
	decorateRanking,
	groupSchemeFor,
	rankingVersion,
	schemeLabels,
	sortRanking,
	topComponents,
	withinRegion
} from './ranking-view';

const row = (over: Partial<RankingRow>): RankingRow => ({
	year: 2024,
	unit_key: 'x',
	name: 'x',
	unit_kind: 'province',
	region: null,
	parent_key: null,
	value: null,
	rank: null,
	ranked_of: 0,
	prev_year: null,
	prev_value: null,
	prev_rank: null,
	prev_ranked_of: null,
	rank_change: null,
	value_change: null,
	change_note: null,
	group_label: null,
	published_rank: null,
	method_version: null,
	other_system_rows: 0,
	is_sample: false,
	...over
});

const ROWS = [
	row({ unit_key: 'a', name: 'Đà Nẵng', value: 91, rank: 1, region: 'BTB_DHMT', rank_change: -1 }),
	row({ unit_key: 'b', name: 'An Giang', value: 85, rank: 2, region: 'DBSCL', rank_change: 3 }),
	row({ unit_key: 'c', name: 'Bắc Ninh', value: 85, rank: 2, region: 'DBSH', rank_change: null }),
	row({ unit_key: 'd', name: 'Cà Mau', value: 69, rank: 4, region: 'DBSCL', rank_change: 0 }),
	row({ unit_key: 'e', name: 'Hà Nội', value: null, rank: null, region: 'DBSH' })
];

describe('ranking view', () => {
	it('computes PAR groups on totals, none on a component', () => {
		const rows = decorateRanking(ROWS, PAR_GROUPS, false);
		expect(rows.map((r) => r.group)).toEqual(['A', 'B', 'B', 'D', null]);
		expect(decorateRanking(ROWS, PAR_GROUPS, true).every((r) => r.group === null)).toBe(true);
		expect(decorateRanking(ROWS, PAPI_GROUPS, false).map((r) => r.group)).toEqual([
			'Cao',
			'Trung bình cao',
			'Trung bình cao',
			'Thấp',
			null
		]);
	});

	it('attaches component values to their unit', () => {
		const [first] = decorateRanking(ROWS.slice(0, 1), undefined, false, [
			{ unit_key: 'a', component_code: 'LV1', value: 9 },
			{ unit_key: 'z', component_code: 'LV1', value: 1 }
		]);
		expect(first!.components).toEqual({ LV1: 9 });
	});

	it('ranks within a region with ties, keeping the national rank', () => {
		const rows = withinRegion(ROWS, 'DBSCL');
		expect(rows.map((r) => [r.name, r.rank, r.region_rank])).toEqual([
			['An Giang', 2, 1],
			['Cà Mau', 4, 2]
		]);
		expect(withinRegion(ROWS, null).every((r) => r.region_rank === null)).toBe(true);
	});

	it.each([
		{ sort: 'rank', desc: false, keys: 'abcde' },
		{ sort: 'rank', desc: true, keys: 'dbcae' },
		{ sort: 'name', desc: false, keys: 'bcdae' },
		{ sort: 'rank_change', desc: true, keys: 'bdace' },
		{ sort: 'value', desc: false, keys: 'dbcae' }
	] as const)('sorts by $sort (desc $desc), missing values last', ({ sort, desc, keys }) => {
		expect(
			sortRanking(ROWS, sort, desc)
				.map((r) => r.unit_key)
				.join('')
		).toBe(keys);
	});

	it('takes the method version the rows name, else the catalog’s for the year; components at the top level', () => {
		expect(rankingVersion('PAPI', 2015, [row({ method_version: 'PAPI-8D-2018' })])?.id).toBe('PAPI-8D-2018');
		expect(rankingVersion('PAPI', 2015, [])?.id).toBe(getVersion('PAPI-6D-2011').id);
		expect(topComponents(getVersion('PAPI-8D-2018')).map((c) => c.code)).toEqual([
			'D1',
			'D2',
			'D3',
			'D4',
			'D5',
			'D6',
			'D7',
			'D8'
		]);
		expect(topComponents(undefined)).toEqual([]);
	});

	it('classifies a province’s own units by its scheme, with the analyst’s cut-offs when they fit', () => {
		const v = getVersion('PAR-876-2022');
		const labels = (cutoffs: number[] | null) =>
			decorateRanking(ROWS, groupSchemeFor('PAR', 'agency', v, cutoffs), false).map((r) => r.group);
		expect(labels(null)).toEqual(['Xuất sắc', 'Tốt', 'Tốt', 'Trung bình', null]);
		expect(labels([95, 90, 85, 60])).toEqual(['Tốt', 'Khá', 'Khá', 'Trung bình', null]);
		expect(labels([1, 2, 3, 4])).toEqual(labels(null)); // rising cut-offs do not fit: the defaults stay
		expect(groupSchemeFor('PAR', 'province', v, [95, 90, 85, 60])).toBe(PAR_GROUPS);
		expect(groupSchemeFor('DDCI', 'agency', undefined, null)).toBeUndefined();
	});

	it('lists a scheme’s labels best first', () => {
		expect(schemeLabels(PAR_GROUPS)).toEqual(['A', 'B', 'C', 'D']);
		expect(schemeLabels(PAPI_GROUPS)).toEqual(['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp']);
		expect(schemeLabels(undefined)).toEqual([]);
	});
});
