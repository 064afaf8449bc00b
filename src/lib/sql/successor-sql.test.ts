import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from './schema';
import { bySuccessorSql, type SuccessorRow } from './successor-sql';

describe('bySuccessorSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES ('par.csv', 'a', 'scores', 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province'), ('gso63:30', 'GSO-63', '30', 'Hải Dương', 'province'),
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province'), ('qd19:31', 'QD19-2025', '31', 'Hải Phòng', 'province'),
			('qd19:01', 'QD19-2025', '01', 'Hà Nội', 'province')`);
		await db.exec(`INSERT INTO unit_successions VALUES ('gso63:31', 'qd19:31', '2025-07-01', NULL),
			('gso63:30', 'qd19:31', '2025-07-01', NULL), ('gso63:01', 'qd19:01', '2025-07-01', NULL)`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, value) VALUES
			(1, 'PAR', 2024, 'gso63:31', 'province', 96.17), (1, 'PAR', 2024, 'gso63:30', 'province', 88),
			(1, 'PAR', 2024, 'gso63:01', 'province', 91.43)`);
	});
	afterAll(() => db.close());

	it('sets each of the 63 under its successor among the 34, with its own rank among the 63', async () => {
		const rows = await db.query<SuccessorRow>(
			bySuccessorSql({
				indexCode: 'PAR',
				year: 2024,
				component: null,
				unitKind: 'province',
				scope: null,
				sample: false
			})
		);
		expect(rows.map((r) => [r.new_key, r.new_name, r.name, r.value, r.rank, r.ranked_of, r.weight])).toEqual([
			['qd19:01', 'Hà Nội', 'Hà Nội', 91.43, 2, 3, null],
			['qd19:31', 'Hải Phòng', 'Hải Phòng', 96.17, 1, 3, null],
			['qd19:31', 'Hải Phòng', 'Hải Dương', 88, 3, 3, null]
		]);
	});
});
