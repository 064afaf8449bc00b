import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { setUpTables } from '$lib/workspace/setup';
import { loadAnalysisData } from './analysis-data';
import { measureSipasOn } from './measure-sipas';

/*
 * The SIPAS benchmark's own check, on the sample plus a few generated responses: the summary's SQL and the
 * plain JS loop must give the same value for every item, element, part and overall of every unit and year
 * (measureSipasOn throws otherwise). SIPAS_BENCH_ROWS=1000000 runs it at the benchmark's size and prints
 * the figures (Node, not the page: a profile, not the benchmark).
 */

const ROWS = Number(process.env.SIPAS_BENCH_ROWS ?? 20_000);

describe('measureSipasOn', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		await loadAnalysisData(db, ROWS);
	}, 600_000);
	afterAll(() => db.close());

	it('gets the same values by SQL and by the loop, and reports every figure', async () => {
		const results = await measureSipasOn(db);
		console.log(results);
		for (const name of [
			'baseline_answers_read_ms',
			'sipas_1m_ms',
			'sipas_1m_build_ms',
			'sipas_js_1m_ms',
			'baseline_summary_read_ms',
			'sipas_filter_ms',
			'sipas_page_ms'
		])
			expect(results[name], name).toBeGreaterThan(0);
	}, 600_000);
});
