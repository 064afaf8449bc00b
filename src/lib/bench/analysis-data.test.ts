import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { generatedResponsesSql } from './analysis-data';

describe('generatedResponsesSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('local:gso63-22:a', 'local', 'a', 'A', 'agency'), ('local:gso63-22:b', 'local', 'b', 'B', 'agency')`);
		await db.exec(generatedResponsesSql(20_000, 1));
	});
	afterAll(() => db.close());

	it('writes the asked rows over the local units and four years, answers 1–5 with about 3 % blank', async () => {
		const [stats] = await db.query<{
			n: number;
			units: number;
			years: number;
			lo: number;
			hi: number;
			blank: number;
		}>(
			`SELECT count(*)::INTEGER AS n, count(DISTINCT unit_key)::INTEGER AS units, count(DISTINCT period)::INTEGER AS years,
				min(item_001) AS lo, max(item_039) AS hi, avg(CASE WHEN item_007 IS NULL THEN 1 ELSE 0 END) AS blank
			FROM survey_responses`
		);
		expect(stats).toMatchObject({ n: 20_000, units: 2, years: 4, lo: 1, hi: 5 });
		expect(stats!.blank).toBeGreaterThan(0.02);
		expect(stats!.blank).toBeLessThan(0.04);
	});
});
