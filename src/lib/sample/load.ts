import type { Database } from '$lib/db';
import { sha256 } from '$lib/import/sha256';
import unitsUrl from '$data/sample/units-local.csv?url';
import provincesUrl from '$data/sample/scores-provinces.csv?url';
import localUrl from '$data/sample/scores-local.csv?url';
import surveyUrl from '$data/sample/survey-responses.csv?url';
import {
	finishImportSql,
	insertImportSql,
	insertLocalUnitsSql,
	insertScoresSql,
	insertSurveySql,
	sampleQuestionnaireSql
} from './sample-sql';

/*
 * The sample data set, loaded on a first visit (no import yet) in one transaction: a tab closed half-way
 * leaves no sample at all, and the next visit loads it again whole.
 */

export interface SampleBytes {
	name: string;
	bytes: Uint8Array;
}

export const SAMPLE_FILE_NAMES = [
	'units-local.csv',
	'scores-provinces.csv',
	'scores-local.csv',
	'survey-responses.csv'
] as const;

const URLS: Record<(typeof SAMPLE_FILE_NAMES)[number], string> = {
	'units-local.csv': unitsUrl,
	'scores-provinces.csv': provincesUrl,
	'scores-local.csv': localUrl,
	'survey-responses.csv': surveyUrl
};

export async function loadSample(db: Database, files: readonly SampleBytes[]): Promise<void> {
	const registered = files.map((f) => ({ ...f, path: `sample/${f.name}` }));
	// Hash first: registering hands the bytes to DuckDB's worker, which detaches the buffer.
	const hashes = await Promise.all(registered.map((f) => sha256(f.bytes)));
	for (const f of registered) await db.registerFile(f.path, f.bytes);
	try {
		await db.transaction(async (tx) => {
			await tx.exec(`INSERT OR REPLACE INTO chiso_meta VALUES ('sample_loaded', 'true')`);
			for (const [i, f] of registered.entries()) {
				if (f.name === 'units-local.csv') {
					for (const sql of insertLocalUnitsSql(f.path)) await tx.exec(sql);
					continue;
				}
				const kind = f.name.startsWith('survey') ? 'survey' : 'scores';
				const [{ import_id }] = (await tx.query<{ import_id: number }>(
					insertImportSql(`Dữ liệu mẫu: ${f.name}`, hashes[i]!, kind)
				)) as [{ import_id: number }];
				await tx.exec(
					kind === 'survey' ? insertSurveySql(f.path, import_id) : insertScoresSql(f.path, import_id)
				);
				if (kind === 'survey') await tx.exec(sampleQuestionnaireSql(import_id));
				await tx.exec(finishImportSql(import_id, kind === 'survey' ? 'survey_responses' : 'index_scores'));
			}
		});
	} finally {
		for (const f of registered) await db.dropFile(f.path);
	}
}

/**
 * Loads the sample on the workspace's first start. Once loaded it is never loaded again by itself, so an
 * analyst who removed it does not get it back on the next visit. Returns whether it loaded.
 */
export async function loadSampleIfEmpty(db: Database): Promise<boolean> {
	const done = await db.query("SELECT 1 FROM chiso_meta WHERE key = 'sample_loaded'");
	if (done.length > 0) return false;
	const files = await Promise.all(
		SAMPLE_FILE_NAMES.map(async (name) => {
			const response = await fetch(URLS[name]);
			if (!response.ok) throw new Error(`Không tải được dữ liệu mẫu ${name} (${response.status})`);
			return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
		})
	);
	await loadSample(db, files);
	return true;
}
