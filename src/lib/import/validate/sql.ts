import { ident, literal } from '$lib/sql/quote';
import { trimSql } from '../rules/fold';
import { dateYearSql, parseDateSql } from '../rules/date';
import { likertErrorSql, likertValueSql } from '../rules/likert';
import { isMissingSql } from '../rules/missing';
import { parseNumberSql } from '../rules/number';
import type { CheckPlan, FieldCheck } from './plan';
import { isDatedYearSql, type UnitMapEntry } from './unit-map';

/*
 * The SQL path, for large files: DuckDB reads the normalized records (read_csv, all text) into a staging
 * table, then one statement computes each field's value and error code exactly as `js.ts` does. Table names
 * are passed in so two imports never collide.
 */

export interface SqlTables {
	/** The registered normalized file. */
	file: string;
	staging: string;
	checked: string;
	/** A table (text VARCHAR, year BIGINT, unit_key VARCHAR, code VARCHAR, detail VARCHAR). */
	unitMap: string;
}

/** Column names in the staging table and in a checked relation (raw cell, value, error code per field). */
export const col = (n: number) => `c${n}`;
const key = (c: FieldCheck) => c.field.key.replace(/[^a-z0-9_]/gi, '_');
export const raw = (c: FieldCheck) => ident(`r_${key(c)}`);
const trimmed = (c: FieldCheck) => ident(`t_${key(c)}`);
export const value = (c: FieldCheck) => ident(`v_${key(c)}`);
export const error = (c: FieldCheck) => ident(`e_${key(c)}`);

/** The integer in a trimmed text cell, as `js.ts` reads a year for unit matching: digits only, else NULL. */
export function integerOfTextSql(t: string): string {
	return `CASE WHEN regexp_full_match(${t}, '[0-9]+') THEN TRY_CAST(${t} AS BIGINT) END`;
}

/** The year a row's unit is matched in (js.ts `unitYearOf`), over its year field's trimmed cell. */
export function unitYearSql(c: FieldCheck, t: string): string {
	return c.yearOfDate ? dateYearSql(t) : integerOfTextSql(t);
}

/** A text cell as the value and error expressions see it: trimmed, and whether it is a missing value. */
interface CellSql {
	t: string;
	missing: string;
}

/** The cell of a field in the staging table: its column, or the typed constant. */
export function sourceSql(c: FieldCheck): string {
	return c.constant !== null ? literal(c.constant) : col(c.column);
}

/**
 * `read_csv` over a normalized file (normalize.ts: no header, LF records, RFC 4180 quotes, the line number
 * first) with the columns given, in order, as [name, DuckDB type].
 */
export function readNormalizedSql(
	file: string,
	delimiter: string,
	columns: readonly (readonly [string, string])[]
): string {
	const types = columns.map(([name, type]) => `'${name}': '${type}'`);
	return `read_csv(${literal(file)}, header = false, auto_detect = false, delim = ${literal(delimiter)},
			quote = '"', escape = '"', new_line = '\\n', columns = {${types.join(', ')}})`;
}

/**
 * Reads the normalized file into the staging table, all text. Only the columns in `used` (every column when
 * not given) are kept: read_csv parses every column either way, but a file 2,000 columns wide then stores the
 * handful a plan reads, not all of them.
 */
export function readStagingSql(
	t: SqlTables,
	delimiter: string,
	columns: number,
	used?: readonly number[]
): string {
	const read = readNormalizedSql(t.file, delimiter, [
		['__line', 'INTEGER'],
		...Array.from({ length: columns }, (_, i) => [col(i), 'VARCHAR'] as const)
	]);
	const kept = used ? ['__line', ...used.map(col)].join(', ') : '*';
	return `CREATE OR REPLACE TEMP TABLE ${ident(t.staging)} AS SELECT ${kept} FROM ${read}`;
}

function valueSql(c: FieldCheck, { t, missing }: CellSql): string {
	if (c.yearOfDate) return dateYearSql(t);
	switch (c.field.kind) {
		case 'id':
		case 'text':
		case 'component':
			return `CASE WHEN ${missing} THEN NULL ELSE ${t} END`;
		case 'unit':
			return '__unit_key';
		case 'integer':
			return `CASE WHEN regexp_full_match(${t}, '[0-9]+') THEN TRY_CAST(${t} AS BIGINT) END`;
		case 'number':
			return parseNumberSql(t, c.format!);
		case 'likert':
			return likertValueSql(t, c.scale!);
		case 'date':
			return parseDateSql(t);
	}
}

function rangeSql(c: FieldCheck, code = 'out_of_range'): string {
	const v = value(c);
	const parts: string[] = [];
	if (c.min !== null) parts.push(`${v} < ${c.min}`);
	if (c.max !== null) parts.push(`${v} > ${c.max}`);
	return parts.length ? `WHEN ${parts.join(' OR ')} THEN ${literal(code)}` : '';
}

/**
 * `yearRequired`: a unit that only a year could tell apart (Hà Nội of the 63 or of the 34 provinces) is not
 * reported on a row whose year cannot date it — the year's own issue is, and once it is fixed the unit
 * resolves.
 */
function errorSql(c: FieldCheck, cell: CellSql, yearRequired: boolean): string {
	const t = cell.t;
	// A year read from the date: only its range is this field's to report (js.ts `checkYearOfDate`).
	if (c.yearOfDate)
		return `CASE WHEN ${value(c)} IS NULL THEN NULL ${rangeSql(c, 'year_date_out_of_range')} END`;
	const required = c.givesYear ? `'year_date_missing'` : `'required'`;
	const missing = `WHEN ${cell.missing} THEN ${c.required ? required : 'NULL'}`;
	switch (c.field.kind) {
		case 'id':
		case 'text':
		case 'component':
			return `CASE ${missing} END`;
		case 'unit':
			return yearRequired
				? `CASE ${missing} WHEN __unit_key IS NULL AND NOT (__unit_code = 'ambiguous_unit' AND NOT ${isDatedYearSql('__year')}) THEN coalesce(__unit_code, 'unknown_unit') END`
				: `CASE ${missing} WHEN __unit_key IS NULL THEN coalesce(__unit_code, 'unknown_unit') END`;
		case 'integer':
			// Digits too many for BIGINT are a number all the same, as in JavaScript: out of range, not "not an
			// integer" (every integer field has a range).
			return `CASE ${missing} WHEN ${value(c)} IS NULL THEN (CASE WHEN regexp_full_match(${t}, '[0-9]+') THEN 'out_of_range' ELSE 'not_an_integer' END) ${rangeSql(c)} END`;
		case 'number':
			return `CASE ${missing} WHEN ${value(c)} IS NULL THEN 'not_a_number' ${rangeSql(c)} END`;
		case 'likert':
			// Most cells are valid answers: settle them on the value already computed, before any regex runs.
			return `CASE WHEN ${value(c)} IS NOT NULL THEN NULL ${missing} ELSE ${likertErrorSql(t, c.scale!)} END`;
		case 'date':
			return `CASE ${missing} WHEN ${value(c)} IS NULL THEN ${c.givesYear ? `'year_date_invalid'` : `'not_a_date'`} END`;
	}
}

/**
 * Values and error codes of every mapped field, one row per record, in a temp table. Two statements: values
 * are materialized first, so each error expression reads a stored value instead of recomputing the trim and
 * the parse it depends on, as one statement did for every error expression.
 */
export function checkSql(t: SqlTables, plan: CheckPlan): string[] {
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	const values = ident(`${t.checked}_values`);
	const cell = (c: FieldCheck): CellSql => ({ t: trimmed(c), missing: isMissingSql(trimmed(c)) });
	const yearValue = year ? unitYearSql(year, trimmed(year)) : 'NULL::BIGINT';
	const unitJoin = unit
		? `LEFT JOIN ${ident(t.unitMap)} um ON um.text = y.${trimmed(unit)} AND um.year IS NOT DISTINCT FROM y.__year`
		: `LEFT JOIN (SELECT NULL::VARCHAR AS unit_key, NULL::VARCHAR AS code, NULL::VARCHAR AS detail) um ON false`;
	return [
		`CREATE OR REPLACE TEMP TABLE ${values} AS
WITH s AS (
	SELECT __line,
		${plan.fields.map((c) => `${sourceSql(c)} AS ${raw(c)}, ${trimSql(sourceSql(c))} AS ${trimmed(c)}`).join(',\n\t\t')}
	FROM ${ident(t.staging)}
), y AS (
	SELECT *, ${yearValue} AS __year FROM s
), j AS (
	SELECT y.*, um.unit_key AS __unit_key, um.code AS __unit_code, um.detail AS __unit_detail FROM y ${unitJoin}
)
SELECT j.*, ${plan.fields.map((c) => `${valueSql(c, cell(c))} AS ${value(c)}`).join(',\n\t')} FROM j`,
		`CREATE OR REPLACE TEMP TABLE ${ident(t.checked)} AS
SELECT __line, __unit_detail,
	${plan.fields.map((c) => `${raw(c)}, ${value(c)}, ${errorSql(c, cell(c), year?.required === true)} AS ${error(c)}`).join(',\n\t')}
FROM ${values}`,
		`DROP TABLE ${values}`
	];
}

function detailSql(c: FieldCheck): string {
	return `CASE ${error(c)}
		WHEN 'out_of_range' THEN ${literal(c.rangeText)}
		WHEN 'year_date_out_of_range' THEN ${literal(c.rangeText)}
		WHEN 'not_a_number' THEN ${literal(c.formatText)}
		WHEN 'not_likert' THEN ${literal(c.rangeText)}
		WHEN 'likert_out_of_scale' THEN ${literal(c.rangeText)}
		WHEN 'unknown_unit' THEN coalesce(__unit_detail, '')
		WHEN 'ambiguous_unit' THEN coalesce(__unit_detail, '')
		WHEN 'unit_not_valid' THEN coalesce(__unit_detail, '')
		ELSE '' END`;
}

/**
 * Every issue of each row as (line, column, value, code, detail): the same tuples `js.ts` reports. Repeated
 * ids are not among them: they concern rows of both parts of a streamed check (load/streamed.ts).
 */
export function issuesSql(t: Pick<SqlTables, 'checked'>, plan: CheckPlan): string {
	const parts = plan.fields.map(
		(c) => `SELECT __line AS line, ${literal(c.header)} AS "column", coalesce(${raw(c)}, '') AS value,
			${error(c)} AS code, ${detailSql(c)} AS detail
		FROM ${ident(t.checked)} WHERE ${error(c)} IS NOT NULL`
	);
	const date = plan.fields.find((f) => f.field.key === plan.dateKey);
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	if (date && year) {
		// js.ts `dateYearMismatch`: a clean date outside the row's clean year, a warning.
		parts.push(`SELECT __line AS line, ${literal(date.header)} AS "column", coalesce(${raw(date)}, '') AS value,
			'date_year_mismatch' AS code, ${value(year)}::VARCHAR AS detail
		FROM ${ident(t.checked)}
		WHERE ${error(date)} IS NULL AND ${error(year)} IS NULL AND ${value(year)} IS NOT NULL
			AND TRY_CAST(left(${value(date)}, 4) AS BIGINT) <> ${value(year)}`);
	}
	return `${parts.join('\nUNION ALL\n')}\nORDER BY line, "column", code`;
}

/** Whether a row of a checked relation has no error in any field. */
function noErrorsSql(plan: CheckPlan): string {
	return plan.fields.map((c) => `${error(c)} IS NULL`).join(' AND ') || 'true';
}

/** The rows with no error in any field (repeated ids aside, as for `issuesSql`). Columns: __line and one per
 * field key. */
export function cleanRowsSql(t: Pick<SqlTables, 'checked'>, plan: CheckPlan): string {
	const columns = plan.fields.map((c) => `${value(c)} AS ${ident(c.field.key)}`).join(', ');
	return `SELECT __line, ${columns} FROM ${ident(t.checked)} WHERE ${noErrorsSql(plan)}`;
}

/** The unit map as a small temp table, joined by `checkSql`: its statements. */
export function unitMapSql(table: string, entries: Iterable<UnitMapEntry>): string[] {
	const rows = [...entries].map(({ text, year, match }) => {
		const [key, code, detail] =
			'unitKey' in match ? [match.unitKey, null, ''] : [null, match.code, match.detail];
		return `(${literal(text)}, ${year ?? 'NULL'}, ${literal(key)}, ${literal(code)}, ${literal(detail)})`;
	});
	const create = `CREATE OR REPLACE TEMP TABLE ${ident(table)} (text VARCHAR, year BIGINT, unit_key VARCHAR, code VARCHAR, detail VARCHAR)`;
	return rows.length ? [create, `INSERT INTO ${ident(table)} VALUES ${rows.join(', ')}`] : [create];
}
