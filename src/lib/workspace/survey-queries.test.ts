import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { SURVEY_METHOD_DEFAULTS } from '$lib/survey';
import { setUpTables } from './setup';
import { ensureSipasSummary, sipasStatsIn, surveyImportsIn, surveyOptionsIn } from './survey-queries';

/* The survey page's queries on the sample data, as the page runs them (summary first, then the stats). */

describe('survey queries on the sample data', () => {
	let db: Database;
	let importId: number;
	const method = { ...SURVEY_METHOD_DEFAULTS };

	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		const started = performance.now();
		await ensureSipasSummary(db, method);
		console.log(`summary of the sample built in ${Math.round(performance.now() - started)} ms`);
		importId = (await surveyImportsIn(db))[0]!.import_id;
	}, 120_000);
	afterAll(() => db.close());

	it('offers the years 2022–2025, agencies, districts and the province, and four breakdowns', async () => {
		const options = await surveyOptionsIn(db, importId, method);
		expect(options.periods).toEqual([2022, 2023, 2024, 2025]);
		expect([...options.kinds].sort()).toEqual(['agency', 'district', 'province']);
		expect(options.dims).toEqual(['age_group', 'channel', 'service', 'sex']);
	});

	it('gives every agency of 2024 an overall value with n and an interval around it', async () => {
		const started = performance.now();
		const rows = await sipasStatsIn(db, method, {
			importIds: [importId],
			unitKind: 'agency',
			periods: [2024],
			levels: ['overall']
		});
		console.log(
			`one filter change (agencies 2024, overall) in ${Math.round(performance.now() - started)} ms`
		);
		expect(rows).toHaveLength(14);
		for (const r of rows) {
			expect(r.is_sample).toBe(true);
			expect(r.n).toBeGreaterThanOrEqual(30);
			expect(r.low!).toBeLessThan(r.value!);
			expect(r.high!).toBeGreaterThan(r.value!);
			expect(r.name).toMatch(/^(Sở|Thanh tra|Văn phòng|Ban)/);
		}
		// Agencies' respondents are part of 2024's, the rest being the districts'.
		const csv = fs.readFileSync(path.resolve('data/sample/survey-responses.csv'), 'utf8');
		const lines2024 = csv.split('\n').filter((l) => /^[^,]*,2024,/.test(l)).length;
		const agencyRespondents = rows.reduce((s, r) => s + r.respondents, 0);
		expect(agencyRespondents).toBeGreaterThan(0);
		expect(agencyRespondents).toBeLessThan(lines2024);
	});

	it('rolls agencies and districts up into the province: its respondents are every 2024 response', async () => {
		const rows = await sipasStatsIn(db, method, {
			importIds: [importId],
			unitKind: 'province',
			periods: [2024],
			levels: ['overall']
		});
		const csv = fs.readFileSync(path.resolve('data/sample/survey-responses.csv'), 'utf8');
		const lines2024 = csv.split('\n').filter((l) => /^[^,]*,2024,/.test(l)).length;
		expect(rows.map((r) => [r.group_key, r.respondents])).toEqual([['gso63:22', lines2024]]);
	});
});
