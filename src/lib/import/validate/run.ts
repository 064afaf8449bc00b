import type { Queryable } from '$lib/db';
import type { RowCheckContext } from '../contracts/field';
import { ident } from '$lib/sql/quote';
import { trimCell, trimSql } from '../rules/fold';
import { compareIssues } from '../rules/issues';
import { isMissing } from '../rules/missing';
import { checkRecords, parseNormalized, unitYearOf, type CheckResult } from './js';
import { cellOf, type CheckPlan, type FieldCheck } from './plan';
import { checkSql, readStagingSql, sourceSql, unitMapSql, unitYearSql, type SqlTables } from './sql';
import { buildUnitMap, type UnitMapEntry, type UnitResolver } from './unit-map';

/*
 * The exact checks of normalized records: in JavaScript (PapaParse), or all-text in DuckDB, where the clean
 * rows stay (`cleanRowsSql`) instead of coming into the page. Both give issues in the same order. The typed
 * fast path for plain records is `fast.ts`; `load/streamed.ts` combines them.
 */

export function checkWithJs(
	text: string,
	delimiter: string,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	duplicates = true,
	context: RowCheckContext = {}
): CheckResult {
	const records = parseNormalized(text, delimiter);
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	const pairs = unit
		? records.flatMap((r) => {
				const unitText = trimCell(cellOf(unit, r.slice(1)));
				if (isMissing(unitText)) return [];
				return [{ text: unitText, year: unitYearOf(year, r.slice(1)) }];
			})
		: [];
	const result = checkRecords(records, plan, buildUnitMap(pairs, resolveUnit), duplicates, context);
	return { ...result, issues: result.issues.sort(compareIssues) };
}

export function sqlTables(prefix: string): SqlTables {
	return {
		file: `${prefix}.csv`,
		staging: `${prefix}_staging`,
		checked: `${prefix}_checked`,
		unitMap: `${prefix}_units`
	};
}

/**
 * Reads the normalized file (registered as `tables.file`) and fills `tables.checked`: values and error codes
 * of every field, one row per record. `issuesSql` and `cleanRowsSql` read the result.
 */
export async function fillCheckedTable(
	tx: Queryable,
	tables: SqlTables,
	delimiter: string,
	columns: number,
	plan: CheckPlan,
	resolveUnit: UnitResolver
): Promise<void> {
	// Only the columns the plan reads are kept (a file can be 2,000 columns wide).
	const read = plan.fields.filter((f) => f.constant === null).map((f) => f.column);
	const used = [...new Set(read)].sort((a, b) => a - b);
	await tx.exec(readStagingSql(tables, delimiter, columns, used));
	const year = plan.fields.find((f) => f.field.key === plan.yearKey);
	const unit = plan.fields.find((f) => f.field.key === plan.unitKey);
	let entries: Iterable<UnitMapEntry> = [];
	if (unit) {
		const t = (c: FieldCheck) => trimSql(sourceSql(c));
		const y = year ? unitYearSql(year, t(year)) : 'NULL';
		const pairs = await tx.query<{ text: string; year: number | null }>(
			`SELECT DISTINCT ${t(unit)} AS text, ${y} AS year FROM ${ident(tables.staging)} WHERE ${sourceSql(unit)} IS NOT NULL`
		);
		entries = buildUnitMap(
			pairs.filter((p) => !isMissing(p.text)),
			resolveUnit
		).values();
	}
	for (const sql of unitMapSql(tables.unitMap, entries)) await tx.exec(sql);
	for (const sql of checkSql(tables, plan)) await tx.exec(sql);
}
