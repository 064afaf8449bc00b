import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { migrate, schemaVersion } from './migrate';
import { SCHEMA_SQL, SCHEMA_VERSION, SURVEY_ANSWER_COLUMNS } from './schema';

/** survey_responses as schema version 1 made it: a CHECK on every answer column. */
const VERSION_1_SURVEY = `CREATE TABLE survey_responses (
	import_id INTEGER NOT NULL, row_no INTEGER NOT NULL, respondent_key VARCHAR NOT NULL, period INTEGER NOT NULL,
	unit_key VARCHAR NOT NULL, service VARCHAR, channel VARCHAR, sex VARCHAR, age_group VARCHAR,
	${SURVEY_ANSWER_COLUMNS.map((c) => `${c} TINYINT CHECK (${c} BETWEEN 1 AND 5)`).join(', ')})`;

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
		expect(await migrate(db)).toEqual([2, 3]);
		expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
		expect(
			await db.query(
				'SELECT import_id, row_no, respondent_key, q9_01, q9_39 FROM survey_responses ORDER BY row_no'
			)
		).toEqual([
			{ import_id: 7, row_no: 2, respondent_key: 'P1', q9_01: 5, q9_39: null },
			{ import_id: 7, row_no: 3, respondent_key: 'P2', q9_01: 1, q9_39: 3 }
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
		await db.exec("UPDATE chiso_meta SET value = '2' WHERE key = 'schema_version'");
	});
	afterAll(() => db.close());

	it('keeps the aliases, marked as the registry’s', async () => {
		expect(await migrate(db)).toEqual([3]);
		expect(await db.query('SELECT alias_key, unit_key, source FROM unit_aliases')).toEqual([
			{ alias_key: 'hue', unit_key: 'gso63:46', source: 'registry' }
		]);
		expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
	});
});
