import type { Queryable } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import type { ImportIssue } from '../rules/issues';
import type { CleanRow, IdCell } from '../validate/js';
import type { CheckPlan } from '../validate/plan';

/* Results computed in JavaScript, written into a check's temp tables in batches of a thousand rows. */

/** An empty issues table: the tuples every check path reports. */
export function createIssuesTableSql(table: string): string {
	return `CREATE OR REPLACE TEMP TABLE ${ident(table)} (line INTEGER, "column" VARCHAR, value VARCHAR, code VARCHAR, detail VARCHAR)`;
}

type Value = Parameters<typeof literal>[0];

/** Appends rows (each a list of values) to `table`, a thousand per statement. */
async function insertValues(
	db: Queryable,
	table: string,
	rows: readonly (readonly Value[])[]
): Promise<void> {
	for (let i = 0; i < rows.length; i += 1000) {
		const tuples = rows.slice(i, i + 1000).map((r) => `(${r.map(literal).join(', ')})`);
		await db.exec(`INSERT INTO ${ident(table)} VALUES ${tuples.join(', ')}`);
	}
}

export function insertIssues(db: Queryable, table: string, issues: readonly ImportIssue[]): Promise<void> {
	return insertValues(
		db,
		table,
		issues.map((x) => [x.line, x.column, x.value, x.code, x.detail])
	);
}

/** Rows' ids (line, id, the cell as written), for the search for repeated ids. */
export function insertIds(db: Queryable, table: string, ids: readonly IdCell[]): Promise<void> {
	return insertValues(
		db,
		table,
		ids.map((x) => [x.line, x.id, x.raw])
	);
}

function columnType(plan: CheckPlan, key: string): string {
	const kind = plan.fields.find((f) => f.field.key === key)!.field.kind;
	return kind === 'number' ? 'DOUBLE' : kind === 'likert' || kind === 'integer' ? 'BIGINT' : 'VARCHAR';
}

/** Clean rows from JavaScript into a temp table (`__line` and one column per field key). */
export async function insertCleanRows(
	db: Queryable,
	table: string,
	plan: CheckPlan,
	rows: readonly CleanRow[]
): Promise<void> {
	const keys = plan.fields.map((f) => f.field.key);
	const defs = keys.map((k) => `${ident(k)} ${columnType(plan, k)}`);
	await db.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(table)} (__line INTEGER${defs.map((d) => `, ${d}`).join('')})`
	);
	await insertValues(
		db,
		table,
		rows.map((r) => [r.__line, ...keys.map((k) => r[k] ?? null)])
	);
}
