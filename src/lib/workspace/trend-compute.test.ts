import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { computeTrend, latestRows, oneToOne } from './trend-compute';
import { trendViewOn, type TrendRequest } from './trend-queries';

/*
 * On the real engine: PAR totals of three provinces of the 63 and two of the 34. 2024 also has a row of a
 * 34-province file (qd19:01 = 70) and 2020 only one of the 34 (qd19:66 = 50). Hà Nội 01 → 01 is one to one;
 * Đắk Lắk 66 and Hải Phòng 31 both → qd19:66 (a made-up merge).
 */

const ask = (over: Partial<TrendRequest> = {}): TrendRequest => ({
	index: 'PAR',
	component: null,
	kind: 'province',
	units: ['gso63:01'],
	from: null,
	to: null,
	sample: false,
	...over
});

describe('trendViewOn and computeTrend', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('mau.csv', 'a', 'scores', true, 0, 0, 0), ('par.csv', 'b', 'scores', false, 0, 0, 0),
			('par-2023-sua.csv', 'c', 'scores', false, 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province'), ('gso63:66', 'GSO-63', '66', 'Đắk Lắk', 'province'),
			('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province'), ('qd19:01', 'QD19-2025', '01', 'Hà Nội', 'province'),
			('qd19:66', 'QD19-2025', '66', 'Đắk Lắk', 'province')`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 'M2', 2023, 'gso63:01', 'province', NULL, 10),
			(2, 'PAR', 'M2', 2020, 'qd19:66', 'province', NULL, 50),
			(2, 'PAR', 'M1', 2021, 'gso63:01', 'province', NULL, 80),
			(2, 'PAR', 'M2', 2022, 'gso63:01', 'province', NULL, 82),
			(2, 'PAR', 'M2', 2022, 'gso63:66', 'province', NULL, 86),
			(2, 'PAR', 'M2', 2022, 'gso63:31', 'province', NULL, 90),
			(2, 'PAR', 'M2', 2023, 'gso63:01', 'province', NULL, 70),
			(3, 'PAR', 'M2', 2023, 'gso63:01', 'province', NULL, 84),
			(2, 'PAR', 'M2', 2023, 'gso63:66', 'province', NULL, NULL),
			(2, 'PAR', 'M2', 2024, 'gso63:01', 'province', NULL, 60),
			(2, 'PAR', 'M2', 2024, 'gso63:31', 'province', NULL, 64),
			(2, 'PAR', 'M2', 2024, 'qd19:01', 'province', NULL, 70),
			(2, 'PAR', 'M2', 2025, 'qd19:01', 'province', NULL, 88),
			(2, 'PAR', 'M2', 2025, 'qd19:66', 'province', NULL, 91)`);
		await db.exec(`INSERT INTO unit_successions (old_key, new_key, effective_date) VALUES
			('gso63:01', 'qd19:01', '2025-07-01'), ('gso63:66', 'qd19:66', '2025-07-01'),
			('gso63:31', 'qd19:66', '2025-07-01')`);
	});
	afterAll(() => db.close());

	it('averages each year over the list in force, or the list that has values', async () => {
		const v = await trendViewOn(db, ask());
		expect(v.average.map((a) => [a.year, a.value, a.n, a.system, a.method_version])).toEqual([
			[2020, 50, 1, 'qd19', 'M2'], // no province of the 63 has a value: the 34's
			[2021, 80, 1, 'gso63', 'M1'],
			[2022, 86, 3, 'gso63', 'M2'], // (82 + 86 + 90) / 3
			[2023, 84, 1, 'gso63', 'M2'], // the newer import's 84; Đắk Lắk's missing value not counted
			[2024, 62, 2, 'gso63', 'M2'], // (60 + 64) / 2, not with qd19:01's 70
			[2025, 89.5, 2, 'qd19', 'M2']
		]);
	});

	it('gives a chosen unit’s one-to-one successor, ranked within each year’s own list', async () => {
		const v = await trendViewOn(db, ask());
		expect(v.links).toEqual([{ old_key: 'gso63:01', new_key: 'qd19:01' }]);
		expect(v.rows.map((r) => [r.unit_key, r.year, r.value, r.rank, r.ranked_of])).toEqual([
			['gso63:01', 2021, 80, 1, 1],
			['gso63:01', 2022, 82, 3, 3],
			['gso63:01', 2023, 84, 1, 1],
			['gso63:01', 2024, 60, 2, 2],
			['qd19:01', 2024, 70, 1, 1],
			['qd19:01', 2025, 88, 2, 2]
		]);
	});

	it('never joins a merged province: choosing Đắk Lắk of the 63 brings no 2025 line', async () => {
		const v = await trendViewOn(db, ask({ units: ['gso63:66'] }));
		expect(v.rows.map((r) => [r.unit_key, r.year, r.value, r.rank])).toEqual([
			['gso63:66', 2022, 86, 2],
			['gso63:66', 2023, null, null]
		]);
	});

	it('lists every unit with values for the picker, whatever the years chosen', async () => {
		const v = await trendViewOn(db, ask({ from: 2022, to: 2023 }));
		expect(v.units.map((u) => [u.unit_key, u.first_year, u.last_year])).toEqual([
			['gso63:01', 2021, 2024],
			['gso63:31', 2022, 2024],
			['gso63:66', 2022, 2022],
			['qd19:01', 2024, 2025],
			['qd19:66', 2020, 2025]
		]);
		expect(v.rows.map((r) => r.year)).toEqual([2022, 2023]);
		expect(v.average.map((a) => a.year)).toEqual([2022, 2023]);
	});

	it('gives tied values one rank', () => {
		const row = (unit_key: string, value: number) => ({
			unit_key,
			name: unit_key,
			year: 2022,
			value,
			method_version: null,
			is_sample: false,
			successor: null
		});
		const t = computeTrend(
			[row('gso63:01', 5), row('gso63:02', 7), row('gso63:03', 5)],
			['gso63:03'],
			null,
			null
		);
		expect(t.rows.map((r) => [r.rank, r.ranked_of])).toEqual([[2, 3]]);
	});
});

describe('oneToOne', () => {
	const link = (old_key: string, new_key: string) => ({ old_key, new_key });
	it.each([
		['one to one', [link('gso63:01', 'qd19:01')], [['gso63:01', 'qd19:01']]],
		['a merge: two into one', [link('gso63:66', 'qd19:66'), link('gso63:54', 'qd19:66')], []],
		['a split: one into two', [link('gso63:11', 'qd19:11'), link('gso63:11', 'qd19:12')], []],
		[
			'a merge beside a one-to-one',
			[link('gso63:01', 'qd19:01'), link('gso63:66', 'qd19:66'), link('gso63:54', 'qd19:66')],
			[['gso63:01', 'qd19:01']]
		]
	])('%s', (_, successions, expected) => {
		expect([...oneToOne(successions)]).toEqual(expected);
	});
});

describe('latestRows', () => {
	const score = (unit_key: string, year: number, value: number | null, import_id: number) => ({
		unit_key,
		year,
		value,
		method_version: 'M',
		import_id
	});
	it('keeps the newest import’s row of a unit and year, a missing value included, sorted by unit and year', () => {
		const rows = latestRows(
			[
				score('qd19:01', 2025, 88, 2),
				score('gso63:01', 2023, 70, 2),
				score('gso63:01', 2023, null, 3), // the newer file leaves it out: no value, not 70
				score('gso63:01', 2022, 82, 2),
				score('gso63:01', 2022, 60, 1), // an older import of the same year
				score('gso63:01', 2024, 99, 9) // the sample's: not with the analyst's imports
			],
			{
				names: new Map([['gso63:01', 'Hà Nội']]),
				successors: new Map([['gso63:01', 'qd19:01']]),
				sampleImports: new Set([9])
			},
			false
		);
		expect(rows.map((r) => [r.unit_key, r.name, r.year, r.value, r.successor, r.is_sample])).toEqual([
			['gso63:01', 'Hà Nội', 2022, 82, 'qd19:01', false],
			['gso63:01', 'Hà Nội', 2023, null, 'qd19:01', false],
			['qd19:01', 'qd19:01', 2025, 88, null, false] // no name in the registry: its key
		]);
	});
});
