import type { Database } from '$lib/db';
import { SCHEMA_VERSION, SURVEY_ANSWER_COLUMNS } from './schema';

/*
 * Brings a device database made by an older chiso to the current schema, one version at a time, each step in
 * one transaction (a step interrupted by a closed tab is rolled back and runs again on the next visit).
 * Runs after SCHEMA_SQL, which creates what is missing but never changes an existing table.
 */

/*
 * Each step writes out the tables as they were at its version, not as SCHEMA_SQL has them today: a later
 * change to a table must not change what an old step does.
 */
const SURVEY_RESPONSES_V2 = `CREATE TABLE survey_responses (
	import_id INTEGER NOT NULL, row_no INTEGER NOT NULL, respondent_key VARCHAR NOT NULL, period INTEGER NOT NULL,
	unit_key VARCHAR NOT NULL, service VARCHAR, channel VARCHAR, sex VARCHAR, age_group VARCHAR,
	${SURVEY_ANSWER_COLUMNS.map((c) => `${c} TINYINT`).join(', ')})`;
const UNIT_ALIASES_V3 = `CREATE TABLE unit_aliases (
	alias_key VARCHAR NOT NULL, unit_key VARCHAR NOT NULL, source VARCHAR NOT NULL DEFAULT 'registry')`;

/** The statements that take a database from version `from` to `from + 1`. */
export const MIGRATIONS: Readonly<Record<number, readonly string[]>> = {
	// 1 → 2: survey answers lose their per-column CHECK (the import's commit guards the range instead).
	1: [
		'ALTER TABLE survey_responses RENAME TO survey_responses_v1',
		SURVEY_RESPONSES_V2,
		'INSERT INTO survey_responses SELECT * FROM survey_responses_v1',
		'DROP TABLE survey_responses_v1'
	],
	// 2 → 3: aliases say where they come from, so a registry update keeps the analyst's answers.
	// (DuckDB cannot add a column with a constraint: the table is rebuilt, as for version 2.)
	2: [
		'ALTER TABLE unit_aliases RENAME TO unit_aliases_v2',
		UNIT_ALIASES_V3,
		"INSERT INTO unit_aliases SELECT alias_key, unit_key, 'registry' FROM unit_aliases_v2",
		'DROP TABLE unit_aliases_v2'
	]
};

export async function schemaVersion(db: Database): Promise<number> {
	const [row] = await db.query<{ value: string }>(
		"SELECT value FROM chiso_meta WHERE key = 'schema_version'"
	);
	return Number(row?.value ?? SCHEMA_VERSION);
}

/** Applies the missing migrations; returns the versions it went through (none when already current). */
export async function migrate(db: Database): Promise<number[]> {
	const applied: number[] = [];
	for (let version = await schemaVersion(db); version < SCHEMA_VERSION; version++) {
		const steps = MIGRATIONS[version];
		if (!steps) throw new Error(`No migration from schema version ${version}`);
		await db.transaction(async (tx) => {
			for (const sql of steps) await tx.exec(sql);
			await tx.exec(`UPDATE chiso_meta SET value = '${version + 1}' WHERE key = 'schema_version'`);
		});
		applied.push(version + 1);
	}
	return applied;
}
