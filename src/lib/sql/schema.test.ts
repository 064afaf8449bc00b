import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import {
	answersOutOfScaleAnySql,
	answersOutOfScaleSql,
	SCHEMA_SQL,
	SCHEMA_VERSION,
	SURVEY_ANSWER_COLUMNS
} from './schema';
import { workspaceSummarySql } from './summary-sql';

describe('schema', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it('creates every table, and running it twice changes nothing', async () => {
		for (const sql of [...SCHEMA_SQL, ...SCHEMA_SQL]) await db.exec(sql);
		const tables = await db.query<{ name: string }>(
			'SELECT table_name AS name FROM information_schema.tables WHERE table_catalog = current_database() ORDER BY 1'
		);
		expect(tables.map((t) => t.name)).toEqual([
			'chiso_meta',
			'import_errors',
			'import_mappings',
			'import_questionnaires',
			'imports',
			'index_scores',
			'publications',
			'questionnaires',
			'survey_responses',
			'unit_aliases',
			'unit_names',
			'unit_successions',
			'units'
		]);
		expect(await db.query("SELECT value FROM chiso_meta WHERE key = 'schema_version'")).toEqual([
			{ value: String(SCHEMA_VERSION) }
		]);
	});

	it('has 100 answer slots, and finds the answers of an import outside 1–5', async () => {
		expect(SURVEY_ANSWER_COLUMNS).toHaveLength(100);
		expect([SURVEY_ANSWER_COLUMNS[0], SURVEY_ANSWER_COLUMNS[38], SURVEY_ANSWER_COLUMNS[99]]).toEqual([
			'item_001',
			'item_039',
			'item_100'
		]);
		await db.exec(
			"INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, item_001, item_039) VALUES (1, 2, 'r', 2024, 'u', NULL, 5), (9, 2, 'r', 2024, 'u', 6, 1), (9, 3, 'r', 2024, 'u', 0, 1), (9, 4, 'r', 2024, 'u', 5, 1)"
		);
		expect(await db.query(answersOutOfScaleSql(1))).toEqual([{ n: 0 }]);
		expect(await db.query(answersOutOfScaleSql(9))).toEqual([{ n: 2 }]);
		expect(await db.query(answersOutOfScaleAnySql(1))).toEqual([{ out_of_scale: false }]);
		expect(await db.query(answersOutOfScaleAnySql(9))).toEqual([{ out_of_scale: true }]);
		expect(await db.query(answersOutOfScaleAnySql(404))).toEqual([{ out_of_scale: false }]); // no rows
		// Only the columns given: import 9's bad answers are all in item_001.
		expect(await db.query(answersOutOfScaleAnySql(9, ['item_039']))).toEqual([{ out_of_scale: false }]);
		expect(await db.query(answersOutOfScaleSql(9, ['item_039']))).toEqual([{ n: 0 }]);
		expect(await db.query(answersOutOfScaleAnySql(9, []))).toEqual([{ out_of_scale: false }]);
		// Another scale: 0–10 takes the 6 and the 0; 2–5 refuses the 1s of item_039 too.
		expect(await db.query(answersOutOfScaleSql(9, undefined, { min: 0, max: 10 }))).toEqual([{ n: 0 }]);
		expect(await db.query(answersOutOfScaleSql(9, undefined, { min: 2, max: 5 }))).toEqual([{ n: 3 }]);
		expect(await db.query(answersOutOfScaleAnySql(1, undefined, { min: 1, max: 4 }))).toEqual([
			{ out_of_scale: true }
		]);
		await db.exec('DELETE FROM survey_responses WHERE import_id = 9');
		expect(await db.query('SELECT count(*) AS n FROM survey_responses')).toEqual([{ n: 1 }]);
	});

	it('counts what the workspace holds', async () => {
		expect(await db.query(workspaceSummarySql())).toEqual([{ imports: 0, score_rows: 0, responses: 1 }]);
	});

	it('numbers imports from a sequence', async () => {
		await db.exec(
			"INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected) VALUES ('a.csv', 'x', 'scores', 1, 1, 0), ('b.csv', 'y', 'survey', 2, 2, 0)"
		);
		expect(await db.query('SELECT import_id FROM imports ORDER BY 1')).toEqual([
			{ import_id: 1 },
			{ import_id: 2 }
		]);
	});
});
