import { ident, literal } from '$lib/sql/quote';
import { digitClass, INTEGER, isDigitClass, KEY, NONE, TEXT, type CellClass } from '../normalize/classify';
import { trimSql } from '../rules/fold';
import { isMissingSql } from '../rules/missing';
import { oneOfSql } from '../rules/one-of';
import type { CheckPlan, FieldCheck } from './plan';
import {
	col,
	error,
	errorSql,
	integerOfTextSql,
	noErrorsSql,
	raw,
	value,
	valueSql,
	type CellSql
} from './sql';

/*
 * The fast path of the SQL check, for the records the normalizer found plain (see normalize/classify.ts):
 * Likert answers and years are read by DuckDB as typed columns, text cells need no trimming, and the few
 * distinct text values without a digit are judged missing or not in JavaScript, by the same rule the other
 * paths use. What is left per row is a handful of cheap comparisons.
 */

export interface FastColumns {
	/** The class of each column of the file (NONE where no field reads it). */
	classes: CellClass[];
	/** The DuckDB type each column is read as. */
	types: string[];
	/** Columns some field reads, in file order. */
	used: number[];
}

const TYPE_OF_CLASS = (cls: CellClass) =>
	isDigitClass(cls) ? 'UTINYINT' : cls === INTEGER ? 'INTEGER' : 'VARCHAR';

function wantedClass(c: FieldCheck): CellClass {
	if (c.field.kind === 'likert' && c.scale && c.scale.min >= 0 && c.scale.max <= 9) {
		return digitClass(Array.from({ length: c.scale.max - c.scale.min + 1 }, (_, i) => c.scale!.min + i));
	}
	return c.field.kind === 'integer' ? INTEGER : c.field.kind === 'id' ? KEY : TEXT;
}

export function fastColumns(plan: CheckPlan, columnCount: number): FastColumns {
	const classes: CellClass[] = Array.from({ length: columnCount }, () => NONE);
	const wanted = new Map<number, Set<CellClass>>();
	for (const c of plan.fields) {
		if (c.constant !== null || c.column < 0 || c.column >= columnCount) continue;
		wanted.set(c.column, (wanted.get(c.column) ?? new Set()).add(wantedClass(c)));
	}
	// A column two fields read differently is read as text by both (a key is text with a digit: still text).
	for (const [column, set] of wanted)
		classes[column] = set.size === 1 ? [...set][0]! : set.has(KEY) ? KEY : TEXT;
	return {
		classes,
		types: classes.map(TYPE_OF_CLASS),
		used: [...wanted.keys()].sort((a, b) => a - b)
	};
}

/** Whether DuckDB reads the field's column as a typed value (the field's own kind). */
function isTyped(c: FieldCheck, columns: FastColumns): boolean {
	const cls = columns.classes[c.column];
	return c.constant === null && (cls === INTEGER || isDigitClass(cls!));
}

export function createStagingSql(table: string, columns: FastColumns): string {
	const defs = columns.used.map((i) => `${col(i)} ${columns.types[i]}`);
	return `CREATE OR REPLACE TEMP TABLE ${ident(table)} (__line INTEGER${defs.map((d) => `, ${d}`).join('')})`;
}

/** Appends one normalized chunk (`line,<cells>` per record, every record plain) to the staging table. */
export function readChunkSql(table: string, file: string, delimiter: string, columns: FastColumns): string {
	const types = [`'__line': 'INTEGER'`, ...columns.types.map((t, i) => `'${col(i)}': '${t}'`)];
	return `INSERT INTO ${ident(table)} SELECT __line${columns.used.map((i) => `, ${col(i)}`).join('')}
		FROM read_csv(${literal(file)}, header = false, auto_detect = false, delim = ${literal(delimiter)},
			quote = '"', escape = '"', new_line = '\\n', columns = {${types.join(', ')}})`;
}

/** Text columns whose plain cells can be missing values (keys cannot: they hold a digit). */
export function textColumns(columns: FastColumns): number[] {
	return columns.used.filter((i) => columns.classes[i] === TEXT);
}

/**
 * One row: for each text column, its distinct cells (`m<column>`), in one scan of the staging table. Text
 * columns worth a lookup have few values (sex, channel, unit…); the caller keeps those without a digit, the
 * only ones that can be missing values. (A digit test per row, or one scan per column, cost 0.7 s on a
 * million rows in Chromium; this costs a fraction.)
 */
export function missingCandidatesSql(table: string, textCols: readonly number[]): string {
	return `SELECT ${textCols.map((i) => `list(DISTINCT ${col(i)}) AS m${i}`).join(', ')} FROM ${ident(table)}`;
}

/** Per text column, the cells (as DuckDB read them) that are missing values. */
export type MissingCells = ReadonlyMap<number, readonly string[]>;

function cellOfField(c: FieldCheck, columns: FastColumns, missing: MissingCells): CellSql {
	if (c.constant !== null) {
		const t = trimSql(literal(c.constant));
		return { t, missing: isMissingSql(t) };
	}
	const t = `s.${col(c.column)}`;
	const cells = missing.get(c.column) ?? [];
	return {
		t,
		missing: cells.length ? `(${t} IS NULL OR ${oneOfSql(t, cells)})` : `${t} IS NULL`
	};
}

function typedErrorSql(c: FieldCheck, t: string): string {
	const parts = [`WHEN ${t} IS NULL THEN ${c.required ? `'required'` : 'NULL'}`];
	// Digit classes only let answers on the scale through; an integer still has its range to meet.
	if (c.field.kind === 'integer') {
		const out = [c.min !== null ? `${t} < ${c.min}` : '', c.max !== null ? `${t} > ${c.max}` : ''].filter(
			Boolean
		);
		if (out.length) parts.push(`WHEN ${out.join(' OR ')} THEN 'out_of_range'`);
	}
	return `CASE ${parts.join(' ')} END`;
}

/** The year a row's unit name is matched in (BIGINT, NULL when the year cell is not an integer). */
export function fastYearSql(plan: CheckPlan, columns: FastColumns, missing: MissingCells): string {
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	if (!year) return 'NULL::BIGINT';
	if (isTyped(year, columns)) return `s.${col(year.column)}::BIGINT`;
	return integerOfTextSql(cellOfField(year, columns, missing).t);
}

/** The unit column's text (NULL when missing), for the distinct (text, year) pairs to match. */
export function fastUnitTextSql(plan: CheckPlan, columns: FastColumns, missing: MissingCells): string | null {
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	if (!unit) return null;
	const cell = cellOfField(unit, columns, missing);
	return `CASE WHEN ${cell.missing} THEN NULL ELSE ${cell.t} END`;
}

/**
 * The checked relation of the staging table, with the column names `sql.ts` uses (`__line`, and `r_`, `v_`,
 * `e_` per field, `__unit_detail`), so its issue and clean-row queries apply unchanged.
 */
export function fastCheckedSql(
	staging: string,
	unitMap: string,
	plan: CheckPlan,
	columns: FastColumns,
	missing: MissingCells
): string {
	const unitText = fastUnitTextSql(plan, columns, missing);
	const join = unitText
		? `LEFT JOIN ${ident(unitMap)} um ON um.text = ${unitText} AND um.year IS NOT DISTINCT FROM ${fastYearSql(plan, columns, missing)}`
		: `LEFT JOIN (SELECT NULL::VARCHAR AS unit_key, NULL::VARCHAR AS code, NULL::VARCHAR AS detail) um ON false`;
	const fields = plan.fields.map((c) => {
		if (isTyped(c, columns)) {
			const t = `s.${col(c.column)}`;
			return `${t}::VARCHAR AS ${raw(c)}, ${t} AS ${value(c)}, ${typedErrorSql(c, t)} AS ${error(c)}`;
		}
		const cell = cellOfField(c, columns, missing);
		const rawText = c.constant !== null ? literal(c.constant) : cell.t;
		return `${rawText} AS ${raw(c)}, ${valueSql(c, cell)} AS ${value(c)}, ${errorSql(c, cell)} AS ${error(c)}`;
	});
	return `SELECT s.__line, s.__unit_detail, ${fields.join(',\n\t')}
	FROM (SELECT s.*, um.unit_key AS __unit_key, um.code AS __unit_code, um.detail AS __unit_detail
		FROM ${ident(staging)} s ${join}) s`;
}

/** A row's id value (NULL when missing) and its cell as read, over the staging table aliased `s`. */
export function fastIdSql(
	plan: CheckPlan,
	columns: FastColumns,
	missing: MissingCells
): { value: string; raw: string } | null {
	const id = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	if (!id) return null;
	const cell = cellOfField(id, columns, missing);
	return { value: valueSql(id, cell), raw: id.constant !== null ? literal(id.constant) : cell.t };
}

/** Rows of a checked relation with at least one error. */
export function withErrorsSql(checked: string, plan: CheckPlan): string {
	return `SELECT * FROM ${ident(checked)} WHERE NOT (${noErrorsSql(plan)})`;
}
