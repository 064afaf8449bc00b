import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import {
	unitHeadingSql,
	unitLineageSql,
	unitProfileSql,
	type LineageRow,
	type ProfileRow
} from './profile-sql';
import { SCHEMA_SQL } from './schema';

describe('unitProfileSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('mau.csv', 'a', 'scores', true, 0, 0, 0), ('pci.csv', 'b', 'scores', false, 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key) VALUES
			('gso63:22', 'GSO-63', '22', 'Quảng Ninh', 'province', NULL),
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province', NULL),
			('qd19:22', 'QD19-2025', '22', 'Quảng Ninh', 'province', NULL),
			('local:gso63-22:y-te', 'local', 'y-te', 'Sở Y tế', 'agency', 'gso63:22'),
			('local:gso63-22:tu-phap', 'local', 'tu-phap', 'Sở Tư pháp', 'agency', 'gso63:22'),
			('local:gso63-01:y-te', 'local', 'y-te', 'Sở Y tế', 'agency', 'gso63:01')`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 2024, 'gso63:22', 'province', NULL, 90),
			(1, 'PAR', 2024, 'gso63:01', 'province', NULL, 80),
			(1, 'PAR', 2024, 'gso63:22', 'province', 'LV1', 8),
			(1, 'PAR', 2024, 'gso63:01', 'province', 'LV1', 9),
			(1, 'PAR', 2025, 'qd19:22', 'province', NULL, 70),
			(1, 'PCI', 2024, 'gso63:22', 'province', NULL, 50),
			(2, 'PCI', 2024, 'gso63:22', 'province', NULL, 66),
			(2, 'PCI', 2024, 'gso63:01', 'province', NULL, 70),
			(1, 'PAR', 2024, 'local:gso63-22:y-te', 'agency', NULL, 85),
			(1, 'PAR', 2024, 'local:gso63-22:tu-phap', 'agency', NULL, 81),
			(1, 'PAR', 2024, 'local:gso63-01:y-te', 'agency', NULL, 99)`);
	});
	afterAll(() => db.close());

	const profile = (key: string) => db.query<ProfileRow>(unitProfileSql(key));

	it('sets each score beside the average and the best of its peers, in the same list', async () => {
		const rows = await profile('gso63:22');
		expect(
			rows.map((r) => [
				r.index_code,
				r.year,
				r.component_code,
				r.value,
				r.peer_avg,
				r.peer_best,
				r.rank,
				r.ranked_of
			])
		).toEqual([
			['PAR', 2024, null, 90, 85, 90, 1, 2],
			['PAR', 2024, 'LV1', 8, 8.5, 9, 2, 2],
			// the analyst's PCI replaces the sample's: 66 of Quảng Ninh, not 50
			['PCI', 2024, null, 66, 68, 70, 2, 2]
		]);
		expect(rows.find((r) => r.index_code === 'PCI')!.is_sample).toBe(false);
		// 2025 is keyed on the 34: a profile of gso63:22 does not include it
		expect(rows.some((r) => r.year === 2025)).toBe(false);
	});

	it('compares an agency with the agencies of its own province only', async () => {
		const [row] = await profile('local:gso63-22:tu-phap');
		expect(row).toMatchObject({ value: 81, peer_avg: 83, peer_best: 85, rank: 2, ranked_of: 2 });
	});

	it('names the unit and its parent', async () => {
		const [heading] = await db.query(unitHeadingSql('local:gso63-22:y-te'));
		expect(heading).toMatchObject({ name: 'Sở Y tế', kind: 'agency', parent_name: 'Quảng Ninh' });
		expect(await profile('gso63:99')).toEqual([]);
	});

	it('finds the successions into and out of a unit, with both names', async () => {
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key) VALUES
			('gso63:25', 'GSO-63', '25', 'Phú Thọ', 'province', NULL),
			('gso63:26', 'GSO-63', '26', 'Vĩnh Phúc', 'province', NULL),
			('qd19:25', 'QD19-2025', '25', 'Phú Thọ', 'province', NULL),
			('qd19:01', 'QD19-2025', '01', 'Hà Nội', 'province', NULL)`);
		await db.exec(`INSERT INTO unit_successions (old_key, new_key, effective_date) VALUES
			('gso63:01', 'qd19:01', '2025-07-01'), ('gso63:25', 'qd19:25', '2025-07-01'),
			('gso63:26', 'qd19:25', '2025-07-01')`);
		const lineage = (key: string) => db.query<LineageRow>(unitLineageSql(key));
		const brief = (rows: LineageRow[]) => rows.map((r) => [r.old_key, r.old_name, r.new_key, r.new_name]);
		expect(brief(await lineage('qd19:25'))).toEqual([
			['gso63:25', 'Phú Thọ', 'qd19:25', 'Phú Thọ'],
			['gso63:26', 'Vĩnh Phúc', 'qd19:25', 'Phú Thọ']
		]);
		expect(brief(await lineage('gso63:01'))).toEqual([['gso63:01', 'Hà Nội', 'qd19:01', 'Hà Nội']]);
		expect((await lineage('qd19:01'))[0]).toMatchObject({
			old_key: 'gso63:01',
			effective_date: '2025-07-01'
		});
		expect(await lineage('gso63:22')).toEqual([]);
	});
});
