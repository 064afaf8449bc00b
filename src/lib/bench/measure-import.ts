import { median } from 'd3';
import { createMemoryDatabase, type Database } from '$lib/db';
import { SURVEY_CONTRACT } from '$lib/import/contracts/survey';
import { checkPrepared } from '$lib/import/load/check';
import { commitCheck } from '$lib/import/load/commit';
import { prepareText } from '$lib/import/load/prepare';
import { autoMap } from '$lib/import/mapping/auto-map';
import { makeUnitResolver } from '$lib/import/units/resolve';
import { makePlan } from '$lib/import/validate/plan';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import { benchSurveyCsv } from './survey-file';

/*
 * Import figures for `npm run bench`: the app's full import (sniff, map, check, load, ready to query) of a
 * seeded survey file, against DuckDB's read_csv alone on the same bytes in the same page.
 */

type Results = Record<string, number>;

function freshDb(): Promise<Database> {
	return createMemoryDatabase().then(setUpTables);
}

function heapMb(): number {
	const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
	return memory ? memory.usedJSHeapSize / 2 ** 20 : NaN;
}

async function fullImport(
	db: Database,
	bytes: Uint8Array
): Promise<{ ms: number; peakHeapMb: number; loaded: number; steps: Results }> {
	let peak = heapMb();
	const timer = setInterval(() => (peak = Math.max(peak, heapMb())), 50);
	const t0 = performance.now();
	try {
		const steps: Results = {};
		let mark = t0;
		const step = (name: string) => {
			const now = performance.now();
			steps[name] = now - mark;
			mark = now;
		};
		const prepared = await prepareText('bench.csv', bytes);
		step('prepare');
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		const { file } = prepared;
		const plan = makePlan(
			SURVEY_CONTRACT,
			file.headers,
			autoMap(SURVEY_CONTRACT, file.headers),
			file.formats
		);
		// The read (scan, typed slices into the table) ends when the check reports its next phase.
		let reading = true;
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
			onProgress: (p) => {
				if (reading && p.phase === 'checking') {
					reading = false;
					step('read');
				}
			}
		});
		step('check');
		const { rowsLoaded } = await commitCheck(file, plan, outcome);
		await db.query('SELECT count(*) AS n FROM survey_responses'); // ready to query
		step('commit');
		return { ms: performance.now() - t0, peakHeapMb: Math.max(peak, heapMb()), loaded: rowsLoaded, steps };
	} finally {
		clearInterval(timer);
	}
}

async function readCsvAlone(db: Database, bytes: Uint8Array): Promise<number> {
	await db.registerFile('baseline.csv', bytes.slice()); // registering detaches the buffer
	const t0 = performance.now();
	await db.exec("CREATE TEMP TABLE baseline AS SELECT * FROM read_csv('baseline.csv')");
	const ms = performance.now() - t0;
	await db.exec('DROP TABLE baseline');
	await db.dropFile('baseline.csv');
	return ms;
}

export const IMPORT_SIZES = { '100k': 100_000, '1m': 1_000_000, '5m': 5_000_000 } as const;
export type ImportSize = keyof typeof IMPORT_SIZES;

/** Rounds per size: the machine's noise (±30 % between runs here) is tamed by the median of a few. */
const ROUNDS: Record<ImportSize, number> = { '100k': 5, '1m': 5, '5m': 1 };

/**
 * The import figures for each size, each the median of a few rounds. The 5M-row file (about 520 MB) is the "must not crash the tab"
 * case: it is imported without the read_csv baseline (two copies of the bytes would only measure memory).
 */
export async function measureImport(
	onStep: (text: string) => void = () => {},
	sizes: readonly ImportSize[] = ['100k', '1m']
): Promise<Results> {
	const results: Results = {};
	for (const name of sizes) {
		const rows = IMPORT_SIZES[name];
		onStep(`generating ${name}`);
		const bytes = benchSurveyCsv(rows);
		const samples: Record<string, number[]> = {};
		const add = (key: string, ms: number) => (samples[key] ??= []).push(ms);
		// Baseline and import take turns on a fresh database each round, so a slow spell hits both alike.
		for (let round = 0; round < ROUNDS[name]; round++) {
			const db = await freshDb();
			if (name !== '5m') {
				onStep(`read_csv ${name} (${round + 1}/${ROUNDS[name]})`);
				add(`read_csv_${name}_ms`, await readCsvAlone(db, bytes));
			}
			onStep(`import ${name} (${round + 1}/${ROUNDS[name]})`);
			const run = await fullImport(db, bytes);
			if (run.loaded !== rows) throw new Error(`import ${name}: loaded ${run.loaded} of ${rows} rows`);
			add(`import_${name}_ms`, run.ms);
			// Where the time goes, for whoever makes it faster (not compared with anything).
			for (const [step, ms] of Object.entries(run.steps)) add(`import_${name}_${step}_ms`, ms);
			if (name !== '100k') add(`import_${name}_heap_mb`, run.peakHeapMb);
			await db.close();
		}
		for (const [key, values] of Object.entries(samples)) results[key] = median(values)!;
	}
	return results;
}
