import { ident, literal } from '$lib/sql/quote';
import { itemColumns, SIPAS_1001 } from '$lib/survey/questionnaire';

/*
 * SQL that moves the sample CSV files (registered with DuckDB under their names) into chiso's tables.
 * Column types are spelled out, so DuckDB never guesses differently from one file version to the next.
 */

const SCORE_COLUMNS = `{
	'index_code': 'VARCHAR', 'method_version': 'VARCHAR', 'year': 'INTEGER', 'unit_key': 'VARCHAR',
	'unit_name': 'VARCHAR', 'unit_kind': 'VARCHAR', 'component_code': 'VARCHAR', 'value': 'DOUBLE',
	'points': 'DOUBLE', 'max_points': 'DOUBLE'}`;

/** The sample's answers: SIPAS 1001 Câu 9, headed by item code (q9_01 …), stored in the items' slots. */
const ANSWERS = [...itemColumns(SIPAS_1001)];

const SURVEY_COLUMNS = `{
	'respondent_id': 'VARCHAR', 'year': 'INTEGER', 'surveyed_on': 'VARCHAR', 'unit_key': 'VARCHAR', 'unit_name': 'VARCHAR',
	'service': 'VARCHAR', 'channel': 'VARCHAR', 'sex': 'VARCHAR', 'age_group': 'VARCHAR',
	${ANSWERS.map(([code]) => `'${code}': 'TINYINT'`).join(', ')}}`;

const UNIT_COLUMNS = `{
	'unit_key': 'VARCHAR', 'code': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'parent_key': 'VARCHAR',
	'valid_from': 'DATE', 'valid_to': 'DATE'}`;

const readCsv = (file: string, columns: string) =>
	`read_csv(${literal(file)}, header = true, delim = ',', quote = '"', columns = ${columns})`;

export function insertImportSql(fileName: string, sha: string, kind: 'scores' | 'survey'): string {
	return `INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
		VALUES (${literal(fileName)}, ${literal(sha)}, ${literal(kind)}, true, 0, 0, 0) RETURNING import_id`;
}

export function insertLocalUnitsSql(file: string): string[] {
	return [
		`INSERT OR REPLACE INTO units
			SELECT unit_key, 'local', code, name, kind, parent_key, NULL, valid_from, valid_to FROM ${readCsv(file, UNIT_COLUMNS)}`,
		`DELETE FROM unit_names WHERE unit_key IN (SELECT unit_key FROM ${readCsv(file, UNIT_COLUMNS)})`,
		`INSERT INTO unit_names SELECT unit_key, name, valid_from, valid_to FROM ${readCsv(file, UNIT_COLUMNS)}`
	];
}

export function insertScoresSql(file: string, importId: number): string {
	return `INSERT INTO index_scores
		SELECT ${importId}, index_code, method_version, year, unit_key, unit_kind, component_code, value, points,
		       max_points, NULL, NULL
		FROM ${readCsv(file, SCORE_COLUMNS)}`;
}

/**
 * `row_no` is the line in the file (the header is line 1), so errors and rows point at the same place. The day
 * is written dd/mm/yyyy, as the import reads it.
 */
export function insertSurveySql(file: string, importId: number): string {
	return `INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, service, channel, sex,
			age_group, surveyed_on, ${ANSWERS.map(([, column]) => ident(column)).join(', ')})
		SELECT ${importId}, (row_number() OVER () + 1)::INTEGER, respondent_id, year, unit_key, service, channel, sex,
		       age_group, strptime(surveyed_on, '%d/%m/%Y')::DATE, ${ANSWERS.map(([code]) => ident(code)).join(', ')}
		FROM ${readCsv(file, SURVEY_COLUMNS)}`;
}

/** The sample survey follows SIPAS 1001. */
export function sampleQuestionnaireSql(importId: number): string {
	return `INSERT INTO import_questionnaires VALUES (${importId}, ${literal(SIPAS_1001.id)}) ON CONFLICT DO NOTHING`;
}

export function finishImportSql(importId: number, table: 'index_scores' | 'survey_responses'): string {
	return `UPDATE imports SET
		rows_read = (SELECT count(*) FROM ${table} WHERE import_id = ${importId}),
		rows_loaded = (SELECT count(*) FROM ${table} WHERE import_id = ${importId})
		WHERE import_id = ${importId}`;
}
