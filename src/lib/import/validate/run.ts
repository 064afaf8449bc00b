import type { Queryable } from '$lib/db';
import { ident } from '$lib/sql/quote';
import { trimCell } from '../rules/fold';
import { compareIssues, type ImportIssue } from '../rules/issues';
import { isMissing } from '../rules/missing';
import { checkRecords, parseNormalized, type CleanRow } from './js';
import { cellOf, type CheckPlan, type FieldCheck } from './plan';
import { trimSql } from '../rules/fold';
import { checkSql, issuesSql, readStagingSql, sourceSql, unitMapSql, type SqlTables } from './sql';
import { buildUnitMap, type UnitResolver } from './unit-map';

/*
 * The two ways to check a normalized file. Both return issues in the same order; the JavaScript one returns
 * the clean rows, the SQL one leaves them in DuckDB (`cleanRowsSql`) for the loader to insert without
 * bringing millions of rows into the page.
 */

const INTEGER = /^[0-9]+$/;

export function checkWithJs(
	text: string,
	delimiter: string,
	plan: CheckPlan,
	resolveUnit: UnitResolver
): { rows: CleanRow[]; issues: ImportIssue[] } {
	const records = parseNormalized(text, delimiter);
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	const pairs = unit
		? records.flatMap((r) => {
				const unitText = trimCell(cellOf(unit, r.slice(1)));
				if (isMissing(unitText)) return [];
				const y = year ? trimCell(cellOf(year, r.slice(1))) : '';
				return [{ text: unitText, year: INTEGER.test(y) ? Number(y) : null }];
			})
		: [];
	const result = checkRecords(records, plan, buildUnitMap(pairs, resolveUnit));
	return { rows: result.rows, issues: result.issues.sort(compareIssues) };
}

export function sqlTables(prefix: string): SqlTables {
	return {
		file: `${prefix}.csv`,
		staging: `${prefix}_staging`,
		checked: `${prefix}_checked`,
		unitMap: `${prefix}_units`
	};
}

/** Runs the SQL path inside `tx`; the normalized file must already be registered as `tables.file`. */
export async function checkWithSql(
	tx: Queryable,
	tables: SqlTables,
	delimiter: string,
	columns: number,
	plan: CheckPlan,
	resolveUnit: UnitResolver
): Promise<{ issues: ImportIssue[]; rowsChecked: number }> {
	await tx.exec(readStagingSql(tables, delimiter, columns));
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	let entries: {
		text: string;
		year: number | null;
		unitKey: string | null;
		code: string | null;
		detail: string;
	}[] = [];
	if (unit) {
		const t = (c: FieldCheck) => trimSql(sourceSql(c));
		const y = year
			? `CASE WHEN regexp_full_match(${t(year)}, '[0-9]+') THEN TRY_CAST(${t(year)} AS BIGINT) END`
			: 'NULL';
		const pairs = await tx.query<{ text: string; year: number | null }>(
			`SELECT DISTINCT ${t(unit)} AS text, ${y} AS year FROM ${ident(tables.staging)} WHERE ${sourceSql(unit)} IS NOT NULL`
		);
		const map = buildUnitMap(
			pairs.filter((p) => !isMissing(p.text)),
			resolveUnit
		);
		entries = [...map.values()].map((e) => ({
			text: e.text,
			year: e.year,
			unitKey: 'unitKey' in e.match ? e.match.unitKey : null,
			code: 'code' in e.match ? e.match.code : null,
			detail: 'detail' in e.match ? e.match.detail : ''
		}));
	}
	for (const sql of unitMapSql(tables, entries)) await tx.exec(sql);
	for (const sql of checkSql(tables, plan)) await tx.exec(sql);
	const issues = await tx.query<ImportIssue>(issuesSql(tables, plan));
	const [count] = await tx.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM ${ident(tables.checked)}`
	);
	return { issues, rowsChecked: count?.n ?? 0 };
}

/** Drops the temp tables of one run. */
export async function dropSqlTables(tx: Queryable, tables: SqlTables): Promise<void> {
	for (const name of [tables.staging, tables.checked, tables.unitMap]) {
		await tx.exec(`DROP TABLE IF EXISTS ${ident(name)}`);
	}
}
