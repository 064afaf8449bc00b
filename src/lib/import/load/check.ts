import type { Database } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import { normalizeRecords } from '../normalize/normalize';
import type { ImportIssue, IssueCode } from '../rules/issues';
import type { CleanRow } from '../validate/js';
import type { CheckPlan } from '../validate/plan';
import { checkWithJs, checkWithSql, dropSqlTables, sqlTables } from '../validate/run';
import { cleanRowsSql, issuesSql, type SqlTables } from '../validate/sql';
import type { UnitResolver } from '../validate/unit-map';
import type { PreparedFile } from './prepared';

/*
 * Checks a prepared file without changing the analyst's data: the clean rows and the issues land in temp
 * tables (memory only, never saved to the device) until the analyst chooses to load or to cancel. Files up
 * to `jsLimitBytes` are checked in JavaScript (PapaParse); larger ones by DuckDB's read_csv.
 */

export const JS_LIMIT_BYTES = 2 << 20;
export const PREVIEW_ISSUES = 500;

export interface CheckTables extends SqlTables {
	clean: string;
	issues: string;
}

export interface CheckOutcome {
	tables: CheckTables;
	path: 'js' | 'sql';
	rowsRead: number;
	rowsValid: number;
	/** Lines with at least one issue. */
	rowsRejected: number;
	issueCount: number;
	byCode: Partial<Record<IssueCode, number>>;
	/** The first issues in line order, for the on-screen table. */
	preview: ImportIssue[];
}

export type CheckPhase = 'reading' | 'checking';

export interface CheckOptions {
	signal?: AbortSignal;
	onProgress?: (p: { phase: CheckPhase; bytesDone: number; bytesTotal: number; records: number }) => void;
	jsLimitBytes?: number;
}

let counter = 0;

function valuesOf(rows: readonly CleanRow[], keys: readonly string[]): string[] {
	return rows.map((r) => `(${[r.__line, ...keys.map((k) => r[k] ?? null)].map(literal).join(', ')})`);
}

async function insertBatches(db: Database, table: string, tuples: string[], batch = 1000): Promise<void> {
	for (let i = 0; i < tuples.length; i += batch) {
		await db.exec(`INSERT INTO ${ident(table)} VALUES ${tuples.slice(i, i + batch).join(', ')}`);
	}
}

function issueTuples(issues: readonly ImportIssue[]): string[] {
	return issues.map((i) => `(${[i.line, i.column, i.value, i.code, i.detail].map(literal).join(', ')})`);
}

const ISSUES_COLUMNS = '(line INTEGER, "column" VARCHAR, value VARCHAR, code VARCHAR, detail VARCHAR)';

export async function checkPrepared(
	db: Database,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions = {}
): Promise<CheckOutcome> {
	const base = sqlTables(`import_${Date.now().toString(36)}_${++counter}`);
	const tables: CheckTables = { ...base, clean: `${base.staging}_clean`, issues: `${base.staging}_issues` };
	const normalized = await normalizeRecords(file.utf8, {
		delimiter: file.delimiter,
		headerLine: file.headerLine,
		lastDataLine: file.lastDataLine,
		fieldCount: file.headers.length,
		skipLines: new Set(file.skipLines),
		signal: options.signal,
		onProgress: (p) => options.onProgress?.({ phase: 'reading', ...p })
	});
	options.onProgress?.({
		phase: 'checking',
		bytesDone: 0,
		bytesTotal: normalized.bytes.length,
		records: normalized.records
	});
	const keys = plan.fields.map((f) => f.field.key);
	const small = file.utf8.length <= (options.jsLimitBytes ?? JS_LIMIT_BYTES);
	try {
		await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(tables.issues)} ${ISSUES_COLUMNS}`);
		await insertBatches(db, tables.issues, issueTuples(normalized.issues));
		if (small) {
			const { rows, issues } = checkWithJs(
				new TextDecoder().decode(normalized.bytes),
				file.delimiter,
				plan,
				resolveUnit
			);
			const types = plan.fields.map((f) => {
				const kind = f.field.kind;
				return `${ident(f.field.key)} ${kind === 'number' ? 'DOUBLE' : kind === 'likert' || kind === 'integer' ? 'BIGINT' : 'VARCHAR'}`;
			});
			await db.exec(
				`CREATE OR REPLACE TEMP TABLE ${ident(tables.clean)} (__line INTEGER${types.map((t) => `, ${t}`).join('')})`
			);
			await insertBatches(db, tables.clean, valuesOf(rows, keys));
			await insertBatches(db, tables.issues, issueTuples(issues));
		} else {
			await db.registerFile(tables.file, normalized.bytes);
			await checkWithSql(db, tables, file.delimiter, file.headers.length, plan, resolveUnit);
			if (options.signal?.aborted) throw new DOMException('Đã hủy', 'AbortError');
			await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(tables.clean)} AS ${cleanRowsSql(tables, plan)}`);
			await db.exec(`INSERT INTO ${ident(tables.issues)} ${issuesSql(tables, plan)}`);
			await dropSqlTables(db, tables);
			await db.dropFile(tables.file);
		}
		const [counts] = await db.query<{ valid: number; issues: number; rejected: number }>(
			`SELECT (SELECT count(*) FROM ${ident(tables.clean)})::INTEGER AS valid,
				(SELECT count(*) FROM ${ident(tables.issues)})::INTEGER AS issues,
				(SELECT count(DISTINCT line) FROM ${ident(tables.issues)})::INTEGER AS rejected`
		);
		const codes = await db.query<{ code: IssueCode; n: number }>(
			`SELECT code, count(*)::INTEGER AS n FROM ${ident(tables.issues)} GROUP BY code ORDER BY n DESC`
		);
		const preview = await db.query<ImportIssue>(
			`SELECT line, "column", value, code, detail FROM ${ident(tables.issues)} ORDER BY line, "column", code LIMIT ${PREVIEW_ISSUES}`
		);
		return {
			tables,
			path: small ? 'js' : 'sql',
			rowsRead: normalized.records + new Set(normalized.issues.map((i) => i.line)).size,
			rowsValid: counts!.valid,
			rowsRejected: counts!.rejected,
			issueCount: counts!.issues,
			byCode: Object.fromEntries(codes.map((c) => [c.code, c.n])),
			preview
		};
	} catch (error) {
		await discardCheck(db, tables);
		throw error;
	}
}

/** Every issue, for the downloadable report. */
export function allIssues(db: Database, outcome: CheckOutcome): Promise<ImportIssue[]> {
	return db.query<ImportIssue>(
		`SELECT line, "column", value, code, detail FROM ${ident(outcome.tables.issues)} ORDER BY line, "column", code`
	);
}

/** Forgets a check (the analyst cancelled, or the rows were loaded). */
export async function discardCheck(db: Database, tables: CheckTables): Promise<void> {
	await dropSqlTables(db, tables);
	for (const name of [tables.clean, tables.issues]) await db.exec(`DROP TABLE IF EXISTS ${ident(name)}`);
	await db.dropFile(tables.file).catch(() => undefined);
}
