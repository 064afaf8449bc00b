/*
 * chiso's tables in DuckDB (DESIGN.md "Data model"). Every statement is idempotent, so opening an existing
 * device database runs them again harmlessly. Raise SCHEMA_VERSION and add a migration when a table changes.
 */

export const SCHEMA_VERSION = 4;

/*
 * Survey answers are stored wide, one column per item, so the summary reads each answer once per respondent (a
 * long table would be ~40 rows per respondent). The columns are generic slots, TINYINT, NULL when unanswered;
 * a questionnaire (survey/questionnaire.ts) says which item sits in which slot, and `import_questionnaires`
 * which questionnaire an import follows. 100 is far above any satisfaction questionnaire (SIPAS Câu 9: 39).
 * The range is guarded by the import's commit (`answersOutOfScaleSql`), not by a CHECK per column: CHECKs
 * made a large insert several times slower in DuckDB-WASM (measured when schema version 2 dropped them).
 */
export const MAX_ITEMS = 100;

/** The answer column of slot 1…MAX_ITEMS in `survey_responses`: item_001 … item_100. */
export function slotColumn(slot: number): string {
	return `item_${String(slot).padStart(3, '0')}`;
}

export const SURVEY_ANSWER_COLUMNS: readonly string[] = Array.from({ length: MAX_ITEMS }, (_, i) =>
	slotColumn(i + 1)
);

/** The lowest and highest answer of a questionnaire's scale (integers). */
export interface AnswerScale {
	min: number;
	max: number;
}

const LIKERT_5: AnswerScale = { min: 1, max: 5 };

export const SCHEMA_SQL = [
	`CREATE SEQUENCE IF NOT EXISTS import_id_seq START 1`,
	`CREATE TABLE IF NOT EXISTS imports (
		import_id INTEGER PRIMARY KEY DEFAULT nextval('import_id_seq'),
		file_name VARCHAR NOT NULL,
		sha256 VARCHAR NOT NULL,
		kind VARCHAR NOT NULL CHECK (kind IN ('scores', 'survey')),
		is_sample BOOLEAN NOT NULL DEFAULT false,
		rows_read INTEGER NOT NULL,
		rows_loaded INTEGER NOT NULL,
		rows_rejected INTEGER NOT NULL,
		imported_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
		mapping VARCHAR
	)`,
	`CREATE TABLE IF NOT EXISTS import_errors (
		import_id INTEGER NOT NULL,
		row_no INTEGER,
		column_name VARCHAR,
		value VARCHAR,
		code VARCHAR NOT NULL,
		detail VARCHAR
	)`,
	`CREATE TABLE IF NOT EXISTS units (
		unit_key VARCHAR PRIMARY KEY,
		code_system VARCHAR NOT NULL,
		code VARCHAR NOT NULL,
		name VARCHAR NOT NULL,
		kind VARCHAR NOT NULL,
		parent_key VARCHAR,
		region VARCHAR,
		valid_from DATE,
		valid_to DATE
	)`,
	`CREATE TABLE IF NOT EXISTS unit_names (
		unit_key VARCHAR NOT NULL,
		name VARCHAR NOT NULL,
		valid_from DATE,
		valid_to DATE
	)`,
	// source 'registry': the built-in province aliases, rewritten when the registry changes; 'analyst': the
	// answers given on the import page (alias_key is then the folded name as written), never touched by a sync.
	`CREATE TABLE IF NOT EXISTS unit_aliases (
		alias_key VARCHAR NOT NULL,
		unit_key VARCHAR NOT NULL,
		source VARCHAR NOT NULL DEFAULT 'registry'
	)`,
	`CREATE TABLE IF NOT EXISTS unit_successions (
		old_key VARCHAR NOT NULL,
		new_key VARCHAR NOT NULL,
		effective_date DATE NOT NULL,
		weight DOUBLE
	)`,
	`CREATE TABLE IF NOT EXISTS index_scores (
		import_id INTEGER NOT NULL,
		index_code VARCHAR NOT NULL,
		method_version VARCHAR,
		year INTEGER NOT NULL,
		unit_key VARCHAR NOT NULL,
		unit_kind VARCHAR NOT NULL,
		component_code VARCHAR,
		value DOUBLE,
		points DOUBLE,
		max_points DOUBLE,
		published_rank INTEGER,
		group_label VARCHAR
	)`,
	// `weight`: the respondent's survey weight, NULL = 1; `surveyed_on`: the day of the answer, when the file
	// has it. They are last because version 4 added them to existing tables, which appends; a new table has the
	// same column order.
	`CREATE TABLE IF NOT EXISTS survey_responses (
		import_id INTEGER NOT NULL,
		row_no INTEGER NOT NULL,
		respondent_key VARCHAR NOT NULL,
		period INTEGER NOT NULL,
		unit_key VARCHAR NOT NULL,
		service VARCHAR,
		channel VARCHAR,
		sex VARCHAR,
		age_group VARCHAR,
		${SURVEY_ANSWER_COLUMNS.map((c) => `${c} TINYINT`).join(',\n\t\t')},
		weight DOUBLE,
		surveyed_on DATE
	)`,
	`CREATE TABLE IF NOT EXISTS questionnaires (
		questionnaire_id VARCHAR PRIMARY KEY,
		json VARCHAR NOT NULL,
		saved_at TIMESTAMP NOT NULL DEFAULT current_timestamp
	)`,
	// Which questionnaire (built in or saved above) each survey import follows.
	`CREATE TABLE IF NOT EXISTS import_questionnaires (
		import_id INTEGER PRIMARY KEY,
		questionnaire_id VARCHAR NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS import_mappings (
		signature VARCHAR PRIMARY KEY,
		kind VARCHAR NOT NULL,
		mapping VARCHAR NOT NULL,
		saved_at TIMESTAMP NOT NULL DEFAULT current_timestamp
	)`,
	// Publications saved on the device (publish/): the file's text as written, so a download is the same bytes;
	// created_at is the ISO instant in UTC, which sorts as text.
	`CREATE TABLE IF NOT EXISTS publications (id VARCHAR PRIMARY KEY, created_at VARCHAR NOT NULL, json VARCHAR NOT NULL)`,
	`CREATE TABLE IF NOT EXISTS chiso_meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
	// A new database starts at the current version; an older one is brought to it by migrate.ts.
	`INSERT INTO chiso_meta VALUES ('schema_version', '${SCHEMA_VERSION}') ON CONFLICT DO NOTHING`
];

/**
 * Whether an import has an answer outside its scale (column `out_of_scale`), from each column's minimum and
 * maximum, which is far cheaper than testing every cell. The commit refuses to land such an import (there
 * should be none). `columns`: the answer columns the import wrote (the others are NULL).
 */
export function answersOutOfScaleAnySql(
	importId: number,
	columns: readonly string[] = SURVEY_ANSWER_COLUMNS,
	scale: AnswerScale = LIKERT_5
): string {
	if (columns.length === 0) return 'SELECT false AS out_of_scale';
	const bad = columns.map((c) => `min(${c}) < ${scale.min} OR max(${c}) > ${scale.max}`).join(' OR ');
	return `SELECT coalesce(${bad}, false) AS out_of_scale FROM survey_responses WHERE import_id = ${importId}`;
}

/** How many rows of one import have an answer outside its scale, for the message when there are some. */
export function answersOutOfScaleSql(
	importId: number,
	columns: readonly string[] = SURVEY_ANSWER_COLUMNS,
	scale: AnswerScale = LIKERT_5
): string {
	const bad = columns.map((c) => `${c} NOT BETWEEN ${scale.min} AND ${scale.max}`).join(' OR ') || 'false';
	return `SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id = ${importId} AND (${bad})`;
}
