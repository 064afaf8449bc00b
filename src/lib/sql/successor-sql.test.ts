import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from './schema';
import { successionsNamedSql, type SuccessionRow } from './successor-sql';

describe('successionsNamedSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('qd19:31', 'QD19-2025', '31', 'Hải Phòng', 'province')`);
		await db.exec(`INSERT INTO unit_successions VALUES ('gso63:31', 'qd19:31', '2025-07-01', NULL),
			('gso63:30', 'qd19:31', '2025-07-01', 2.5), ('gso63:99', 'qd19:99', '2025-07-01', NULL)`);
	});
	afterAll(() => db.close());

	it('names each successor, its key when the registry lacks it, with the weight as stored', async () => {
		expect(await db.query<SuccessionRow>(successionsNamedSql())).toEqual([
			{ old_key: 'gso63:30', new_key: 'qd19:31', new_name: 'Hải Phòng', weight: 2.5 },
			{ old_key: 'gso63:31', new_key: 'qd19:31', new_name: 'Hải Phòng', weight: null },
			{ old_key: 'gso63:99', new_key: 'qd19:99', new_name: 'qd19:99', weight: null }
		]);
	});
});
