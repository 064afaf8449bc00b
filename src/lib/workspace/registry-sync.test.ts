import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { registryIsStale, syncRegistry } from './registry-sync';

describe('syncRegistry', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(
			`INSERT INTO units VALUES ('local:gso63-22:noi-vu', 'local', 'noi-vu', 'Sở Nội vụ', 'agency', 'gso63:22', NULL, NULL, '2025-06-30')`
		);
		await db.exec(`INSERT INTO unit_names VALUES ('local:gso63-22:noi-vu', 'Sở Nội vụ', NULL, '2025-06-30')`);
		await db.transaction((tx) => syncRegistry(tx));
		await db.transaction((tx) => syncRegistry(tx)); // a second start changes nothing
	});
	afterAll(() => db.close());

	it('writes 63 + 34 provinces and keeps local units', async () => {
		expect(await db.query('SELECT code_system, count(*) AS n FROM units GROUP BY 1 ORDER BY 1')).toEqual([
			{ code_system: 'GSO-63', n: 63 },
			{ code_system: 'QD19-2025', n: 34 },
			{ code_system: 'local', n: 1 }
		]);
	});

	it('gives code 46 its name by period', async () => {
		const rows = await db.query(
			"SELECT name FROM unit_names WHERE unit_key = 'gso63:46' AND DATE '2020-12-31' BETWEEN coalesce(valid_from, DATE '1900-01-01') AND coalesce(valid_to, DATE '2999-12-31')"
		);
		expect(rows).toEqual([{ name: 'Thừa Thiên Huế' }]);
	});

	it('writes the crosswalk: 63 rows, Bắc Giang into the new Bắc Ninh', async () => {
		expect(await db.query('SELECT count(*) AS n FROM unit_successions')).toEqual([{ n: 63 }]);
		expect(await db.query("SELECT new_key FROM unit_successions WHERE old_key = 'gso63:24'")).toEqual([
			{ new_key: 'qd19:24' }
		]);
	});

	it('knows when the stored registry is current', async () => {
		expect(await registryIsStale(db)).toBe(false);
		await db.exec("UPDATE chiso_meta SET value = 'old' WHERE key = 'registry'");
		expect(await registryIsStale(db)).toBe(true);
		await db.transaction((tx) => syncRegistry(tx));
		expect(await registryIsStale(db)).toBe(false);
	});

	it('writes aliases as folded keys', async () => {
		const rows = await db.query<{ unit_key: string }>(
			"SELECT DISTINCT unit_key FROM unit_aliases WHERE alias_key = 'hcm'"
		);
		expect(rows.map((r) => r.unit_key).sort()).toEqual(['gso63:79', 'qd19:79']);
	});
});
