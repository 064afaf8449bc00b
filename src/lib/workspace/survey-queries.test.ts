import fs from 'node:fs';
import Papa from 'papaparse';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { SURVEY_METHOD_DEFAULTS } from '$lib/survey';
import { setUpTables } from './setup';
import {
	ensureSipasSummary,
	sipasStatsIn,
	surveyImportsIn,
	surveyOptionsIn,
	surveyPageDataIn
} from './survey-queries';

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

	it('offers the years 2022–2025, agencies, districts and the province, and six breakdowns each year', async () => {
		const options = await surveyOptionsIn(db, importId, method);
		expect(options.periods).toEqual([2022, 2023, 2024, 2025]);
		expect([...options.kinds].sort()).toEqual(['agency', 'district', 'province']);
		const six = ['quarter', 'month', 'channel', 'sex', 'age_group', 'service'];
		expect(options.dims).toEqual(six);
		for (const year of options.periods) expect(options.dimsByPeriod[year]).toEqual(six);
	});

	it('offers quarter and month only for the years whose responses have their day', async () => {
		// The 2023 responses lose their day, as a file without a date column would have them.
		const copy = await setUpTables(await createNodeDatabase());
		try {
			const files = SAMPLE_FILE_NAMES.map((name) => ({
				name,
				bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
			}));
			await loadSample(copy, files);
			await copy.exec('UPDATE survey_responses SET surveyed_on = NULL WHERE period = 2023');
			await ensureSipasSummary(copy, method);
			const options = await surveyOptionsIn(copy, importId, method);
			expect(options.dimsByPeriod[2023]).toEqual(['channel', 'sex', 'age_group', 'service']);
			expect(options.dimsByPeriod[2024]).toContain('quarter');
			// A link asking for quarters of 2023 shows no breakdown rather than one "Không rõ" row.
			const page = await surveyPageDataIn(
				copy,
				{ importId: null, year: 2023, kind: 'agency', units: [], by: 'quarter' },
				method
			);
			expect(page.by).toBe('none');
			expect(page.breakdown).toEqual([]);
			expect(page.dims).not.toContain('month');
		} finally {
			await copy.close();
		}
	}, 120_000);

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

describe('the survey page data on the sample', () => {
	let db: Database;
	const method = { ...SURVEY_METHOD_DEFAULTS };
	// Quoted cells hold commas ("Lao động, thương binh và xã hội"), so the file is parsed, not split.
	const csv = Papa.parse<Record<string, string>>(
		fs.readFileSync(path.resolve('data/sample/survey-responses.csv'), 'utf8').trimEnd(),
		{ header: true }
	).data;
	const HA_LONG = 'local:gso63-22:ha-long';
	const linesOf = (unit: string, year: number) =>
		csv.filter((l) => l.unit_key === unit && l.year === String(year));

	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		await ensureSipasSummary(db, method);
	}, 120_000);
	afterAll(() => db.close());

	it('falls back to the latest year and ranks every agency when the URL asks for nothing', async () => {
		const data = await surveyPageDataIn(
			db,
			{ importId: null, year: null, kind: 'agency', units: [], by: 'none' },
			method
		);
		expect(data.year).toBe(2025);
		expect(data.isSample).toBe(true);
		// Competition ranking: 1 + the number of units with a strictly higher value.
		for (const r of data.ranking) {
			expect(r.rank).toBe(1 + data.ranking.filter((o) => o.row.value! > r.row.value!).length);
		}
		expect(data.focus).toHaveLength(3);
		expect(data.focus.map((f) => f.key)).toEqual(data.ranking.slice(0, 3).map((r) => r.row.key));
		expect(data.items).toHaveLength(39);
		expect(data.breakdown).toEqual([]);
	});

	it('pools the selected district for items and breaks it down by year, n from its own responses', async () => {
		const data = await surveyPageDataIn(
			db,
			{ importId: null, year: 2024, kind: 'district', units: [HA_LONG, 'no-such-unit'], by: 'year' },
			method
		);
		expect(data.focus.map((f) => f.key)).toEqual([HA_LONG]);
		// q9_01 answered in 2024 at Hạ Long: the pooled item's n.
		const answered = linesOf(HA_LONG, 2024).filter((l) => l.q9_01 !== '').length;
		expect(data.items.find((r) => r.code === 'q9_01')!.n).toBe(answered);
		expect(data.breakdown.map((r) => [r.period, r.respondents])).toEqual(
			[2022, 2023, 2024].map((y) => [y, linesOf(HA_LONG, y).length])
		);
	});

	it("breaks the selected district's year down by quarter and by month, in calendar order, n from its responses", async () => {
		const monthOf = (l: Record<string, string>) => Number(l.surveyed_on!.slice(3, 5));
		for (const [by, of, labels] of [
			['quarter', (l: Record<string, string>) => Math.ceil(monthOf(l) / 3), ['1', '2', '3', '4']],
			['month', monthOf, Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0'))]
		] as const) {
			const data = await surveyPageDataIn(
				db,
				{ importId: null, year: 2024, kind: 'district', units: [HA_LONG], by },
				method
			);
			expect(data.by).toBe(by);
			expect(data.breakdown.map((r) => r.dim_value)).toEqual(labels);
			const lines = linesOf(HA_LONG, 2024);
			expect(data.breakdown.map((r) => r.respondents)).toEqual(
				labels.map((v) => lines.filter((l) => of(l) === Number(v)).length)
			);
			for (const r of data.breakdown) expect(r.low!).toBeLessThan(r.value!);
		}
	});
});
