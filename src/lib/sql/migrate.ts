import type { Database } from '$lib/db';
import { MAX_ITEMS, SCHEMA_VERSION, slotColumn } from './schema';

/*
 * Brings a device database made by an older chiso to the current schema, one version at a time, each step in
 * one transaction (a step interrupted by a closed tab is rolled back and runs again on the next visit).
 * Runs after SCHEMA_SQL, which creates what is missing but never changes an existing table.
 */

/*
 * Each step writes out the tables as they were at its version, not as SCHEMA_SQL has them today: a later
 * change to a table must not change what an old step does.
 */
/** Versions 1–3 stored the 39 answers of SIPAS 1001 Câu 9 in columns of their own: q9_01 … q9_39. */
const Q9_COLUMNS = Array.from({ length: 39 }, (_, i) => `q9_${String(i + 1).padStart(2, '0')}`);

const SURVEY_RESPONSES_V2 = `CREATE TABLE survey_responses (
	import_id INTEGER NOT NULL, row_no INTEGER NOT NULL, respondent_key VARCHAR NOT NULL, period INTEGER NOT NULL,
	unit_key VARCHAR NOT NULL, service VARCHAR, channel VARCHAR, sex VARCHAR, age_group VARCHAR,
	${Q9_COLUMNS.map((c) => `${c} TINYINT`).join(', ')})`;
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
	],
	// 3 → 4: answers move to generic slots a questionnaire places its items in (SIPAS 1001's q9_NN is slot NN),
	// respondents may carry a weight and the day they answered, and each survey import names its questionnaire. Renaming in place keeps a
	// large table's data where it is.
	3: [
		...Q9_COLUMNS.map((c, i) => `ALTER TABLE survey_responses RENAME COLUMN ${c} TO ${slotColumn(i + 1)}`),
		...Array.from(
			{ length: MAX_ITEMS - Q9_COLUMNS.length },
			(_, i) => `ALTER TABLE survey_responses ADD COLUMN ${slotColumn(Q9_COLUMNS.length + i + 1)} TINYINT`
		),
		'ALTER TABLE survey_responses ADD COLUMN weight DOUBLE',
		'ALTER TABLE survey_responses ADD COLUMN surveyed_on DATE',
		`CREATE TABLE IF NOT EXISTS import_questionnaires (
			import_id INTEGER PRIMARY KEY, questionnaire_id VARCHAR NOT NULL)`,
		`INSERT INTO import_questionnaires SELECT import_id, 'SIPAS-1001-2023' FROM imports
			WHERE kind = 'survey' ON CONFLICT DO NOTHING`
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
