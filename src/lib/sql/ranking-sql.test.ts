import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { provinceRankingSql, type RankingRow } from './ranking-sql';
import { SCHEMA_SQL } from './schema';

describe('provinceRankingSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
			VALUES ('mau.csv', 'a', 'scores', true, 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, region) VALUES
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province', 'DBSH'),
			('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province', 'DBSH'),
			('gso63:22', 'GSO-63', '22', 'Quảng Ninh', 'province', 'DBSH'),
			('gso63:04', 'GSO-63', '04', 'Cao Bằng', 'province', 'TDMNPB'),
			('gso63:48', 'GSO-63', '48', 'Đà Nẵng', 'province', 'BTB_DHMT')`);
		// 2024: a tie at 2nd place, one unit without a value, one component row that must be ignored.
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 2024, 'gso63:31', 'province', NULL, 96.17),
			(1, 'PAR', 2024, 'gso63:01', 'province', NULL, 92.50),
			(1, 'PAR', 2024, 'gso63:22', 'province', NULL, 92.50),
			(1, 'PAR', 2024, 'gso63:04', 'province', NULL, 81.10),
			(1, 'PAR', 2024, 'gso63:48', 'province', NULL, NULL),
			(1, 'PAR', 2024, 'gso63:48', 'province', 'LV1', 99.0),
			(1, 'PAR', 2023, 'gso63:22', 'province', NULL, 93.0),
			(1, 'PAR', 2023, 'gso63:31', 'province', NULL, 91.81),
			(1, 'PCI', 2024, 'gso63:04', 'province', NULL, 70.0)`);
	});
	afterAll(() => db.close());

	async function rank(year: number | null) {
		const { sql, params } = provinceRankingSql({ indexCode: 'PAR', year });
		return db.query<RankingRow>(sql, params);
	}

	it('ranks the latest year with competition ranking for ties (1, 2, 2, 4)', async () => {
		const rows = await rank(null);
		expect(rows.map((r) => [r.rank, r.name, r.value, r.ranked_of, r.year])).toEqual([
			[1, 'Hải Phòng', 96.17, 4, 2024],
			[2, 'Hà Nội', 92.5, 4, 2024],
			[2, 'Quảng Ninh', 92.5, 4, 2024],
			[4, 'Cao Bằng', 81.1, 4, 2024]
		]);
		expect(rows.every((r) => r.is_sample)).toBe(true);
	});

	it('ranks a chosen year', async () => {
		const rows = await rank(2023);
		expect(rows.map((r) => [r.rank, r.unit_key])).toEqual([
			[1, 'gso63:22'],
			[2, 'gso63:31']
		]);
	});

	it('returns nothing for a year without data', async () => {
		expect(await rank(2010)).toEqual([]);
	});
});
