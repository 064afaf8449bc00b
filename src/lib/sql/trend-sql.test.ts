import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from './schema';
import {
	trendImportsSql,
	trendNamesSql,
	trendScoresSql,
	trendSourceSql,
	trendStampSql,
	trendSuccessionsSql,
	type TrendArgs,
	type TrendScoreReadRow,
	type TrendSourceRow,
	type TrendStampRow
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

	/** The scores, sorted; the stamp row checked and left out. */
	const scores = async (args: TrendArgs) => {
		const rows = await db.query<TrendScoreReadRow>(
			`${trendScoresSql(args)} ORDER BY unit_key, year, import_id`
		);
		expect(rows.filter((r) => r.imports !== null)).toEqual([
			{ ...NONE, imports: 3, last_import: 3 } // three imports, the newest 3
		]);
		return rows
			.filter((r) => r.imports === null)
			.map((r) => [r.unit_key, r.year, r.value, r.method_version, r.import_id]);
	};
	const NONE = { unit_key: null, year: null, value: null, method_version: null, import_id: null };

	it('reads every row of the index and kind, each with its import (the sample’s too), every year', async () => {
		expect(await scores(ARGS)).toEqual([
			['gso63:01', 2021, 80, 'PAR-1149-2021', 2],
			['gso63:01', 2022, 82, 'PAR-876-2022', 2],
			['gso63:01', 2023, 10, 'PAR-876-2022', 1], // mau.csv, the sample: latestRows keeps it apart
			['gso63:01', 2023, 70, 'PAR-876-2022', 2],
			['gso63:01', 2023, 84, 'PAR-876-2022', 3], // par-2023-sua.csv: the newer import (latestRows keeps it)
			['gso63:31', 2022, 90, 'PAR-876-2022', 2],
			['gso63:66', 2022, 86, 'PAR-876-2022', 2],
			['gso63:66', 2023, null, 'PAR-876-2022', 2],
			['qd19:01', 2025, 88, 'PAR-876-2022', 2],
			['qd19:66', 2025, 91, 'PAR-876-2022', 2]
		]);
	});

	it('keeps the component apart from the total, and says which imports are the sample', async () => {
		await expect(db.query(trendImportsSql() + ' ORDER BY import_id')).resolves.toEqual([
			{ import_id: 1, is_sample: true },
			{ import_id: 2, is_sample: false },
			{ import_id: 3, is_sample: false }
		]);
		expect(await scores({ ...ARGS, component: 'LV1' })).toEqual([['gso63:66', 2023, 9, 'PAR-876-2022', 2]]);
		expect(await scores({ ...ARGS, component: "LV1' OR TRUE --" })).toEqual([]);
	});

	it('reads the registry’s names and every succession', async () => {
		const names = await db.query<{ unit_key: string; name: string }>(trendNamesSql());
		expect(names.find((u) => u.unit_key === 'qd19:66')?.name).toBe('Đắk Lắk');
		expect(names).toHaveLength(5);
		await expect(db.query(trendSuccessionsSql())).resolves.toHaveLength(3);
	});

	it('says which sources hold each index, kind and component', async () => {
		const rows = await db.query<TrendSourceRow>(trendSourceSql());
		expect(rows.map((r) => [r.component_code, r.has_real, r.has_sample, r.first_year, r.last_year])).toEqual([
			[null, true, true, 2021, 2025],
			['LV1', true, false, 2023, 2023]
		]);
	});

	it('changes the stamp when an import is added or removed, even back to the same count (last: it writes)', async () => {
		const stamp = async () => {
			const [r] = await db.query<TrendStampRow>(trendStampSql());
			return [r!.imports, r!.last_import];
		};
		expect(await stamp()).toEqual([3, 3]);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES ('moi.csv', 'd', 'scores', 0, 0, 0)`);
		expect(await stamp()).toEqual([4, 4]);
		await db.exec(`DELETE FROM imports WHERE import_id = 2`);
		expect(await stamp()).toEqual([3, 4]);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES ('lai.csv', 'e', 'scores', 0, 0, 0)`);
		await db.exec(`DELETE FROM imports WHERE import_id = 3`);
		expect(await stamp()).toEqual([3, 5]); // as many imports as before, a new largest id
	});
});
