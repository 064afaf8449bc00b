import type { Database } from '$lib/db';
import { SIPAS_1001_LAYOUT } from '$lib/survey/method';
import { loadSampleIfEmpty } from '$lib/sample/load';
import { setUpTables } from '$lib/workspace/setup';

/*
 * The data the analysis figures run on: the sample (scores of every index, ≈50,000 responses) plus
 * 1,000,000 generated responses in the 1001/QĐ-BNV layout (39 answers, ≈3 % blank) spread over the sample's
 * agencies and districts and four years. Generated in SQL from a hash of the row number, so it is the same in
 * every run and takes no CSV parsing: what is measured is the query, not the load.
 */

export const ANALYSIS_RESPONSES = 1_000_000;

const ANSWER_COLUMNS = SIPAS_1001_LAYOUT.items.map((i) => i.column);

export function generatedResponsesSql(rows: number, importId: number): string {
	const answer = (i: number) =>
		`CASE WHEN hash(r, ${i}) % 100 < 3 THEN NULL ELSE (1 + (hash(r, ${i}) // 100) % 5)::TINYINT END`;
	return `INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, service, channel,
		sex, age_group, ${ANSWER_COLUMNS.join(', ')})
	SELECT ${importId}, (r + 2)::INTEGER, 'G' || r, 2022 + (r % 4)::INTEGER,
		units[1 + (hash(r) % len(units))::INTEGER], 'Đất đai', CASE WHEN r % 3 = 0 THEN 'Trực tuyến' ELSE 'Trực tiếp' END,
		CASE WHEN r % 2 = 0 THEN 'Nam' ELSE 'Nữ' END, '31–45',
		${ANSWER_COLUMNS.map((_, i) => answer(i)).join(',\n\t\t')}
	FROM range(${rows}) t(r),
		(SELECT list(unit_key ORDER BY unit_key) AS units FROM units WHERE unit_key LIKE 'local:gso63-%')`;
}

/** A fresh database holding the sample and the generated responses (as one import, not sample data). */
export async function loadAnalysisData(db: Database, responses = ANALYSIS_RESPONSES): Promise<Database> {
	await setUpTables(db);
	await loadSampleIfEmpty(db);
	await db.transaction(async (tx) => {
		await tx.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES ('bench-1m.csv', 'bench', 'survey', ${responses}, ${responses}, 0)`);
		const [{ id }] = (await tx.query<{ id: number }>('SELECT max(import_id) AS id FROM imports')) as [
			{ id: number }
		];
		await tx.exec(generatedResponsesSql(responses, id));
	});
	return db;
}
