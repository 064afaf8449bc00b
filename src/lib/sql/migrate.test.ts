import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { migrate, schemaVersion } from './migrate';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';

/** The answer columns of versions 1–3: SIPAS Câu 9, q9_01 … q9_39. */
const Q9 = Array.from({ length: 39 }, (_, i) => `q9_${String(i + 1).padStart(2, '0')}`);

/** survey_responses as schema version 1 made it: a CHECK on every answer column. */
const VERSION_1_SURVEY = `CREATE TABLE survey_responses (
	import_id INTEGER NOT NULL, row_no INTEGER NOT NULL, respondent_key VARCHAR NOT NULL, period INTEGER NOT NULL,
	unit_key VARCHAR NOT NULL, service VARCHAR, channel VARCHAR, sex VARCHAR, age_group VARCHAR,
	${Q9.map((c) => `${c} TINYINT CHECK (${c} BETWEEN 1 AND 5)`).join(', ')})`;

/** survey_responses as versions 2 and 3 had it. */
const VERSION_3_SURVEY = `CREATE TABLE survey_responses (
	import_id INTEGER NOT NULL, row_no INTEGER NOT NULL, respondent_key VARCHAR NOT NULL, period INTEGER NOT NULL,
	unit_key VARCHAR NOT NULL, service VARCHAR, channel VARCHAR, sex VARCHAR, age_group VARCHAR,
	${Q9.map((c) => `${c} TINYINT`).join(', ')})`;

describe('migrate', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		await db.exec('CREATE TABLE chiso_meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
		await db.exec("INSERT INTO chiso_meta VALUES ('schema_version', '1')");
		await db.exec(VERSION_1_SURVEY);
		await db.exec('CREATE TABLE unit_aliases (alias_key VARCHAR NOT NULL, unit_key VARCHAR NOT NULL)');
		await db.exec("INSERT INTO unit_aliases VALUES ('hcm', 'gso63:79')");
		await db.exec(
			"INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, q9_01, q9_39) VALUES (7, 2, 'P1', 2024, 'gso63:01', 5, NULL), (7, 3, 'P2', 2024, 'gso63:01', 1, 3)"
		);
		for (const sql of SCHEMA_SQL) await db.exec(sql); // what opening the workspace runs first
	});
	afterAll(() => db.close());

	it('takes a version 1 database to the current version, keeping every response', async () => {
		expect(await schemaVersion(db)).toBe(1);
		expect(await migrate(db)).toEqual([2, 3, 4]);
		expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
		expect(
			await db.query(
				'SELECT import_id, row_no, respondent_key, item_001, item_039 FROM survey_responses ORDER BY row_no'
			)
		).toEqual([
			{ import_id: 7, row_no: 2, respondent_key: 'P1', item_001: 5, item_039: null },
			{ import_id: 7, row_no: 3, respondent_key: 'P2', item_001: 1, item_039: 3 }
		]);
		const checks = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM duckdb_constraints() WHERE table_name = 'survey_responses' AND constraint_type = 'CHECK'"
		);
		expect(checks).toEqual([{ n: 0 }]);
		// Aliases made before version 3 came from the registry.
		expect(await db.query('SELECT alias_key, unit_key, source FROM unit_aliases')).toEqual([
			{ alias_key: 'hcm', unit_key: 'gso63:79', source: 'registry' }
		]);
	});

	it('does nothing on a current database', async () => {
		expect(await migrate(db)).toEqual([]);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses')).toEqual([{ n: 2 }]);
	});
});

describe('migrate from version 2', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		// unit_aliases as version 2 had it, with an alias in it.
		await db.exec('DROP TABLE unit_aliases');
		await db.exec('CREATE TABLE unit_aliases (alias_key VARCHAR NOT NULL, unit_key VARCHAR NOT NULL)');
		await db.exec("INSERT INTO unit_aliases VALUES ('hue', 'gso63:46')");
		await db.exec('DROP TABLE survey_responses');
		await db.exec(VERSION_3_SURVEY);
		await db.exec("UPDATE chiso_meta SET value = '2' WHERE key = 'schema_version'");
	});
	afterAll(() => db.close());

	it('keeps the aliases, marked as the registry’s', async () => {
		expect(await migrate(db)).toEqual([3, 4]);
		expect(await db.query('SELECT alias_key, unit_key, source FROM unit_aliases')).toEqual([
			{ alias_key: 'hue', unit_key: 'gso63:46', source: 'registry' }
		]);
		expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
	});
});

describe('migrate from version 3', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec('DROP TABLE survey_responses');
		await db.exec('DROP TABLE import_questionnaires');
		await db.exec(VERSION_3_SURVEY);
		await db.exec(
			"INSERT INTO imports (import_id, file_name, sha256, kind, rows_read, rows_loaded, rows_rejected) VALUES (1, 'khao-sat.csv', 'a', 'survey', 2, 2, 0), (2, 'par.csv', 'b', 'scores', 1, 1, 0)"
		);
		await db.exec(
			"INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, q9_01, q9_24, q9_39) VALUES (1, 2, 'P1', 2024, 'qn:so-tp', 4, 2, NULL), (1, 3, 'P2', 2024, 'qn:so-tp', NULL, 5, 1)"
		);
		await db.exec("UPDATE chiso_meta SET value = '3' WHERE key = 'schema_version'");
	});
	afterAll(() => db.close());

	it('moves Câu 9 answers to the slots of SIPAS 1001 and names the questionnaire of survey imports', async () => {
		expect(await migrate(db)).toEqual([4]);
		expect(
			await db.query(
				'SELECT row_no, item_001, item_024, item_039, item_040, item_100, weight, surveyed_on FROM survey_responses ORDER BY row_no'
			)
		).toEqual([
			{
				row_no: 2,
				item_001: 4,
				item_024: 2,
				item_039: null,
				item_040: null,
				item_100: null,
				weight: null,
				surveyed_on: null
			},
			{
				row_no: 3,
				item_001: null,
				item_024: 5,
				item_039: 1,
				item_040: null,
				item_100: null,
				weight: null,
				surveyed_on: null
			}
		]);
		expect(await db.query('SELECT import_id, questionnaire_id FROM import_questionnaires')).toEqual([
			{ import_id: 1, questionnaire_id: 'SIPAS-1001-2023' }
		]);
	});

	it('leaves the table with the columns a new database has, in the same order', async () => {
		const fresh = await createNodeDatabase();
		try {
			for (const sql of SCHEMA_SQL) await fresh.exec(sql);
			const columns = (d: Database) =>
				d.query<{ column_name: string; data_type: string }>(
					"SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'survey_responses' ORDER BY column_index"
				);
			expect(await columns(db)).toEqual(await columns(fresh));
		} finally {
			await fresh.close();
		}
	});
});
