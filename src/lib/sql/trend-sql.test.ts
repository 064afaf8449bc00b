import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from './schema';
import {
	trendRowsSql,
	trendSourceSql,
	type TrendArgs,
	type TrendDataRow,
	type TrendSourceRow
} from './trend-sql';

/*
 * A hand-made table: three provinces of the 63, two of the 34, a sample import and two imports of one year.
 * Successions: Hà Nội 01 → 01 one to one; Đắk Lắk 66 and Hải Phòng 31 both → qd19:66 (a merge, made up).
 */

const ARGS: TrendArgs = {
	indexCode: 'PAR',
	component: null,
	unitKind: 'province',
	sample: false,
	yearFrom: null,
	yearTo: null
};

describe('trend SQL', () => {
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
			(1, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 10),
			(2, 'PAR', 'PAR-1149-2021', 2021, 'gso63:01', 'province', NULL, 80),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:01', 'province', NULL, 82),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:66', 'province', NULL, 86),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:31', 'province', NULL, 90),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 70),
			(3, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 84),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:66', 'province', NULL, NULL),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:66', 'province', 'LV1', 9),
			(2, 'PAR', 'PAR-876-2022', 2025, 'qd19:01', 'province', NULL, 88),
			(2, 'PAR', 'PAR-876-2022', 2025, 'qd19:66', 'province', NULL, 91)`);
		await db.exec(`INSERT INTO unit_successions (old_key, new_key, effective_date) VALUES
			('gso63:01', 'qd19:01', '2025-07-01'), ('gso63:66', 'qd19:66', '2025-07-01'),
			('gso63:31', 'qd19:66', '2025-07-01')`);
	});
	afterAll(() => db.close());

	it('gives every unit’s value by year with its method, the newest import winning', async () => {
		const rows = await db.query<TrendDataRow>(trendRowsSql(ARGS));
		expect(rows.map((r) => [r.unit_key, r.name, r.year, r.value, r.method_version, r.is_sample])).toEqual([
			['gso63:01', 'Hà Nội', 2021, 80, 'PAR-1149-2021', false],
			['gso63:01', 'Hà Nội', 2022, 82, 'PAR-876-2022', false],
			['gso63:01', 'Hà Nội', 2023, 84, 'PAR-876-2022', false], // par-2023-sua.csv replaced 70
			['gso63:31', 'Hải Phòng', 2022, 90, 'PAR-876-2022', false],
			['gso63:66', 'Đắk Lắk', 2022, 86, 'PAR-876-2022', false],
			['gso63:66', 'Đắk Lắk', 2023, null, 'PAR-876-2022', false],
			['qd19:01', 'Hà Nội', 2025, 88, 'PAR-876-2022', false],
			['qd19:66', 'Đắk Lắk', 2025, 91, 'PAR-876-2022', false]
		]);
	});

	it('names a successor only when the succession is one to one on both sides', async () => {
		const rows = await db.query<TrendDataRow>(trendRowsSql(ARGS));
		const successor = Object.fromEntries(rows.map((r) => [r.unit_key, r.successor]));
		expect(successor).toEqual({
			'gso63:01': 'qd19:01',
			'gso63:31': null, // merged into qd19:66 with Đắk Lắk
			'gso63:66': null,
			'qd19:01': null,
			'qd19:66': null
		});
	});

	it('keeps sample and imported data apart, and the component apart from the total', async () => {
		const sample = await db.query<TrendDataRow>(trendRowsSql({ ...ARGS, sample: true }));
		expect(sample.map((r) => [r.unit_key, r.year, r.value, r.is_sample])).toEqual([
			['gso63:01', 2023, 10, true]
		]);
		const lv1 = await db.query<TrendDataRow>(trendRowsSql({ ...ARGS, component: 'LV1' }));
		expect(lv1.map((r) => [r.unit_key, r.year, r.value])).toEqual([['gso63:66', 2023, 9]]);
	});

	it('reads every year whatever the years asked (the unit picker needs them)', async () => {
		const rows = await db.query<TrendDataRow>(trendRowsSql({ ...ARGS, yearFrom: 2025, yearTo: 2025 }));
		expect(rows).toHaveLength(8);
	});

	it('says which sources hold each index, kind and component', async () => {
		const rows = await db.query<TrendSourceRow>(trendSourceSql());
		expect(rows.map((r) => [r.component_code, r.has_real, r.has_sample, r.first_year, r.last_year])).toEqual([
			[null, true, true, 2021, 2025],
			['LV1', true, false, 2023, 2023]
		]);
	});
});
