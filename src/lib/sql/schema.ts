/*
 * chiso's tables in DuckDB (DESIGN.md "Data model"). Every statement is idempotent, so opening an existing
 * device database runs them again harmlessly. Raise SCHEMA_VERSION and add a migration when a table changes.
 */

export const SCHEMA_VERSION = 3;

/**
 * Answer columns of the SIPAS 1001/QĐ-BNV Câu 9 block (q9_01 … q9_39), Likert 1–5, NULL when unanswered.
 * The range is guarded by the import's commit (`answersOutOfScaleSql`), not by a CHECK per column: the 23
 * CHECKs of a survey file cost 2.4 s per million inserted rows in DuckDB-WASM (measured in Node, schema
 * version 1: 3.9 s with them, 1.5 s without).
 */
export const SURVEY_ANSWER_COLUMNS = Array.from(
	{ length: 39 },
	(_, i) => `q9_${String(i + 1).padStart(2, '0')}`
);

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
		${SURVEY_ANSWER_COLUMNS.map((c) => `${c} TINYINT`).join(',\n\t\t')}
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
 * Whether an import has an answer outside 1–5 (column `out_of_scale`), from each column's minimum and maximum:
 * 0.13 s on a million rows where testing every cell took 0.64 s (measured in Node). The commit refuses to land
 * such an import (there should be none). `columns`: the answer columns the import wrote (the others are NULL).
 */
export function answersOutOfScaleAnySql(
	importId: number,
	columns: readonly string[] = SURVEY_ANSWER_COLUMNS
): string {
	if (columns.length === 0) return 'SELECT false AS out_of_scale';
	const bad = columns.map((c) => `min(${c}) < 1 OR max(${c}) > 5`).join(' OR ');
	return `SELECT coalesce(${bad}, false) AS out_of_scale FROM survey_responses WHERE import_id = ${importId}`;
}

/** How many rows of one import have an answer outside 1–5, for the message when there are some. */
export function answersOutOfScaleSql(
	importId: number,
	columns: readonly string[] = SURVEY_ANSWER_COLUMNS
): string {
	const bad = columns.map((c) => `${c} NOT BETWEEN 1 AND 5`).join(' OR ') || 'false';
	return `SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id = ${importId} AND (${bad})`;
}
