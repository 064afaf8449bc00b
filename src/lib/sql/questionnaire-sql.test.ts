import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import {
	digestSql,
	importQuestionnaireIdsSql,
	questionnaireJsonSql,
	questionnaireOfImportSql,
	savedQuestionnairesSql,
	saveQuestionnaireSql
} from './questionnaire-sql';
import { SCHEMA_SQL } from './schema';

/* Hand-made rows: three imports (two surveys, one of them from before questionnaires were recorded), two saved questionnaires. */

const IMPORTS = `INSERT INTO imports (import_id, file_name, sha256, kind, rows_read, rows_loaded, rows_rejected) VALUES
	(1, 'cu.csv', 'a', 'survey', 1, 1, 0),
	(2, 'diem.csv', 'b', 'scores', 1, 1, 0),
	(3, 'rieng.csv', 'c', 'survey', 1, 1, 0),
	(4, 'rieng-2.csv', 'd', 'survey', 1, 1, 0)`;

describe('questionnaire SQL', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(IMPORTS);
		await db.exec(saveQuestionnaireSql('custom-a', '{"v":1}'));
		await db.exec(saveQuestionnaireSql("custom-'b'", '{"v":"it\'s"}'));
		await db.exec(
			`UPDATE questionnaires SET saved_at = '2026-12-01 08:00:00' WHERE questionnaire_id = 'custom-a'`
		);
		await db.exec(
			`UPDATE questionnaires SET saved_at = '2026-12-02 09:30:00' WHERE questionnaire_id <> 'custom-a'`
		);
		await db.exec(`INSERT INTO import_questionnaires VALUES (3, 'custom-a'), (4, 'custom-a')`);
	});
	afterAll(() => db.close());

	it('lists the saved questionnaires newest first, with how many imports follow each', async () => {
		expect(await db.query(savedQuestionnairesSql())).toEqual([
			{ questionnaire_id: "custom-'b'", json: '{"v":"it\'s"}', saved_at: '2026-12-02T09:30:00', imports: 0 },
			{ questionnaire_id: 'custom-a', json: '{"v":1}', saved_at: '2026-12-01T08:00:00', imports: 2 }
		]);
	});

	it('never changes a saved questionnaire in place: saving the same id again keeps the first', async () => {
		await db.exec(saveQuestionnaireSql('custom-a', '{"v":2}'));
		expect(await db.query(questionnaireJsonSql('custom-a'))).toEqual([{ json: '{"v":1}' }]);
		expect(await db.query(questionnaireJsonSql('nothing'))).toEqual([]);
	});

	it.each([
		// FIPS 180-2 test vectors.
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']
	])('digests %j as SHA-256', async (text, digest) => {
		expect(await db.query(digestSql(text))).toEqual([{ digest }]);
	});

	it('names the questionnaire of every survey import, SIPAS 1001 where none was recorded', async () => {
		expect(await db.query(importQuestionnaireIdsSql('SIPAS-1001-2023'))).toEqual([
			{ import_id: 1, questionnaire_id: 'SIPAS-1001-2023' },
			{ import_id: 3, questionnaire_id: 'custom-a' },
			{ import_id: 4, questionnaire_id: 'custom-a' }
		]);
	});

	it.each([
		[1, [{ import_id: 1, questionnaire_id: 'SIPAS-1001-2023' }]],
		[2, []], // a score table follows no questionnaire
		[3, [{ import_id: 3, questionnaire_id: 'custom-a' }]],
		[99, []]
	])('names the questionnaire of import %i', async (importId, rows) => {
		expect(await db.query(questionnaireOfImportSql(importId, 'SIPAS-1001-2023'))).toEqual(rows);
	});
});
