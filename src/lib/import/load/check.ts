import type { Database } from '$lib/db';
import { ident } from '$lib/sql/quote';
import { normalizeRecords } from '../normalize/normalize';
import type { ImportIssue, IssueCode } from '../rules/issues';
import type { CheckPlan } from '../validate/plan';
import { checkWithJs } from '../validate/run';
import type { UnitResolver } from '../validate/unit-map';
import { recordsOf, type PreparedFile } from './prepared';
import { checkStreamed, streamedNames, streamedObjects } from './streamed';
import { createIssuesTableSql, insertCleanRows, insertIssues } from './temp-tables';

/*
 * Checks a prepared file without changing the analyst's data: the clean rows and the issues land in temp
 * objects (memory only, never saved to the device) until the analyst chooses to load or to cancel. Files up
 * to `jsLimitBytes` are checked in JavaScript (PapaParse); larger ones are streamed to DuckDB (streamed.ts).
 */

export const JS_LIMIT_BYTES = 2 << 20;
export const PREVIEW_ISSUES = 500;

export interface CheckTables {
	/** A table or view of the clean rows: `__line` and one column per field key. */
	clean: string;
	/** A table of issues (line, column, value, code, detail). */
	issues: string;
	/** Every temp view and table of the check, to drop when it is over (views first). */
	views: string[];
	tables: string[];
}

export interface CheckOutcome {
	tables: CheckTables;
	path: 'js' | 'sql';
	rowsRead: number;
	/** Rows DuckDB read as typed values on the fast path (0 on the JavaScript path). */
	rowsFast: number;
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
	/** Files up to this size are checked in JavaScript (default JS_LIMIT_BYTES)… */
	jsLimitBytes?: number;
	/** …and so are the set-aside (not plain) records of a larger file, up to this size (default the same). */
	restJsLimitBytes?: number;
}

let counter = 0;

async function checkSmall(
	db: Database,
	tables: CheckTables,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions
): Promise<number> {
	const normalized = await normalizeRecords(file.utf8, {
		...recordsOf(file),
		signal: options.signal,
		onProgress: (p) => options.onProgress?.({ phase: 'reading', ...p })
	});
	const { rows, issues } = checkWithJs(
		new TextDecoder().decode(normalized.bytes),
		file.delimiter,
		plan,
		resolveUnit
	);
	await db.exec(createIssuesTableSql(tables.issues));
	await insertIssues(db, tables.issues, normalized.issues);
	await insertIssues(db, tables.issues, issues);
	await insertCleanRows(db, tables.clean, plan, rows);
	return normalized.records + new Set(normalized.issues.map((i) => i.line)).size;
}

export async function checkPrepared(
	db: Database,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions = {}
): Promise<CheckOutcome> {
	const names = streamedNames(`import_${Date.now().toString(36)}_${++counter}`);
	// A contract with a row check (long score tables: component ranges, repeated components) is always checked
	// in JavaScript, whatever the file's size: the SQL paths do not run row checks, and such files are small
	// (63 provinces × 13 years × 10 components ≈ 8,000 rows, a few hundred KiB).
	const small =
		file.utf8.length <= (options.jsLimitBytes ?? JS_LIMIT_BYTES) || plan.contract.rowCheck !== undefined;
	const tables: CheckTables = small
		? { clean: names.clean, issues: names.issues, views: [], tables: [names.clean, names.issues] }
		: { clean: names.clean, issues: names.issues, ...streamedObjects(names) };
	try {
		const { records: rowsRead, plainRecords: rowsFast } = small
			? { records: await checkSmall(db, tables, file, plan, resolveUnit, options), plainRecords: 0 }
			: await checkStreamed(db, names, file, plan, resolveUnit, {
					...options,
					restJsLimitBytes: options.restJsLimitBytes ?? JS_LIMIT_BYTES
				});
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
			rowsRead,
			rowsFast,
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
	for (const name of tables.views) await db.exec(`DROP VIEW IF EXISTS ${ident(name)}`);
	for (const name of tables.tables) await db.exec(`DROP TABLE IF EXISTS ${ident(name)}`);
}
