import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { runRanking } from '$lib/workspace/ranking-run';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { syncRegistry } from '$lib/workspace/registry-sync';
import { loadSample, SAMPLE_FILE_NAMES } from './load';

describe('loading the sample into DuckDB', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		await db.transaction(async (tx) => {
			for (const sql of SCHEMA_SQL) await tx.exec(sql);
			await syncRegistry(tx);
		});
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
	});
	afterAll(() => db.close());

	it('records three sample imports with their row counts and hashes', async () => {
		const imports = await db.query<{
			file_name: string;
			rows_loaded: number;
			sha256: string;
			is_sample: boolean;
		}>('SELECT file_name, rows_loaded, sha256, is_sample FROM imports ORDER BY import_id');
		expect(imports.map((i) => i.file_name)).toEqual([
			'Dữ liệu mẫu: scores-provinces.csv',
			'Dữ liệu mẫu: scores-local.csv',
			'Dữ liệu mẫu: survey-responses.csv'
		]);
		const lines = (name: string) =>
			fs.readFileSync(path.resolve('data/sample', name), 'utf8').trimEnd().split('\n').length - 1;
		expect(imports.map((i) => i.rows_loaded)).toEqual([
			lines('scores-provinces.csv'),
			lines('scores-local.csv'),
			lines('survey-responses.csv')
		]);
		expect(imports.every((i) => i.is_sample && /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
	});

	it('ranks 63 provinces on PAR 2024 and 34 on PAR 2025, with names from the registry', async () => {
		const run = (year: number | null) =>
			runRanking(db, {
				indexCode: 'PAR',
				year,
				component: null,
				unitKind: 'province',
				scope: null,
				sample: true
			});
		const latest = await run(null);
		expect(latest).toHaveLength(34);
		expect(latest[0]!.year).toBe(2025);
		expect(latest.every((r) => r.is_sample && r.name !== r.unit_key && r.region !== undefined)).toBe(true);
		expect(await run(2024)).toHaveLength(63);
		const ranks = latest.map((r) => r.rank ?? Infinity);
		expect(ranks[0]).toBe(1);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('keeps line numbers of survey rows (header = line 1) and blanks as NULL', async () => {
		const [first] = await db.query<{ row_no: number; respondent_key: string }>(
			'SELECT row_no, respondent_key FROM survey_responses ORDER BY row_no LIMIT 1'
		);
		expect(first).toEqual({ row_no: 2, respondent_key: 'QN-2022-000001' });
		const [nulls] = await db.query<{ share: number }>(
			'SELECT avg(CASE WHEN item_001 IS NULL THEN 1 ELSE 0 END) AS share FROM survey_responses'
		);
		expect(nulls!.share).toBeGreaterThan(0.01);
		expect(nulls!.share).toBeLessThan(0.06);
	});

	it('reads the day of each survey response (dd/mm/yyyy in the file) as a date in its year', async () => {
		const [first] = await db.query<{ surveyed_on: string }>(
			`SELECT strftime(surveyed_on, '%Y-%m-%d') AS surveyed_on FROM survey_responses WHERE row_no = 2`
		);
		expect(first).toEqual({ surveyed_on: '2022-10-30' }); // the file's line 2: QN-2022-000001,2022,30/10/2022
		const [check] = await db.query<{ undated: number; other_year: number }>(
			`SELECT count(*) FILTER (WHERE surveyed_on IS NULL)::INTEGER AS undated,
				count(*) FILTER (WHERE year(surveyed_on) <> period)::INTEGER AS other_year FROM survey_responses`
		);
		expect(check).toEqual({ undated: 0, other_year: 0 });
	});

	it('registers the sample province’s agencies and districts as local units', async () => {
		expect(
			await db.query(
				"SELECT kind, count(*) AS n FROM units WHERE code_system = 'local' GROUP BY 1 ORDER BY 1"
			)
		).toEqual([
			{ kind: 'agency', n: 28 },
			{ kind: 'district', n: 13 }
		]);
	});
});
