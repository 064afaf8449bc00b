import type { Database, Pending } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import { normalizeRecords } from '../normalize/normalize';
import { WARNING_CODES, type ImportIssue, type IssueCode } from '../rules/issues';
import type { CheckPlan } from '../validate/plan';
import { checkWithJs } from '../validate/run';
import type { UnitResolver } from '../validate/unit-map';
import { recordsOf, type PreparedFile } from './prepared';
import { startStep, type CheckProgress } from './progress';
import { checkStreamed, landRows, streamedNames, type CheckSink } from './streamed';
import { SIPAS_1001 } from '$lib/survey/questionnaire';
import type { ImportTarget } from './targets';
import { createIssuesTableSql, insertCleanRows, insertIssues } from './temp-tables';
import { loadEarlierScores } from './earlier-scores';

/*
 * Checks a prepared file inside a pending transaction (db.begin(): a connection of its own): the clean rows
 * are written to their table once, as they are checked, and the issues to a temp table; nothing of it is
 * visible to the rest of the app, or saved, until the analyst chooses to load (commit.ts), and all of it
 * goes when they cancel (`discardCheck`) or close the tab. Files up to `jsLimitBytes` are checked in
 * JavaScript (PapaParse); larger ones are streamed to DuckDB (streamed.ts).
 */

export const JS_LIMIT_BYTES = 2 << 20;
export const PREVIEW_ISSUES = 500;

export interface CheckOutcome {
	/** The check's transaction: its rows are in their table, its issues in `issues`; commit or discard it. */
	pending: Pending;
	target: ImportTarget;
	/** The import's id, taken when the check began (its rows carry it). */
	importId: number;
	/** A temp table of issues (line, column, value, code, detail), in the pending transaction. */
	issues: string;
	path: 'js' | 'sql';
	rowsRead: number;
	/** Rows DuckDB read as typed values on the fast path (0 on the JavaScript path). */
	rowsFast: number;
	rowsValid: number;
	/** Lines with at least one issue that is not a warning. */
	rowsRejected: number;
	/** Issues, warnings included. */
	issueCount: number;
	/** Data-quality warnings (rules/issues.ts `WARNING_CODES`): their rows are loaded. */
	warningCount: number;
	byCode: Partial<Record<IssueCode, number>>;
	/** The first issues in line order, for the on-screen table. */
	preview: ImportIssue[];
}

export interface CheckOptions {
	signal?: AbortSignal;
	onProgress?: (p: CheckProgress) => void;
	/** Files up to this size are checked in JavaScript (default JS_LIMIT_BYTES)… */
	jsLimitBytes?: number;
	/** …and so are the set-aside (not plain) records of a larger file, up to this size (default the same). */
	restJsLimitBytes?: number;
	/** Where the rows go; survey responses by default (a score table must say which index). */
	target?: ImportTarget;
}

let counter = 0;

async function checkSmall(
	sink: CheckSink,
	issues: string,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions
): Promise<{ records: number; rowsValid: number }> {
	const { work } = sink;
	const normalized = await normalizeRecords(file.utf8, {
		...recordsOf(file),
		signal: options.signal,
		onProgress: (p) => options.onProgress?.({ phase: 'reading', ...p })
	});
	const earlier = await loadEarlierScores(work, sink.target);
	const text = new TextDecoder().decode(normalized.bytes);
	const result = checkWithJs(text, file.delimiter, plan, resolveUnit, true, { earlier });
	const clean = `${issues}_clean`;
	await work.exec(createIssuesTableSql(issues));
	await insertIssues(work, issues, normalized.issues);
	await insertIssues(work, issues, result.issues);
	await insertCleanRows(work, clean, plan, result.rows);
	await landRows(sink, clean, plan);
	return {
		records: normalized.records + new Set(normalized.issues.map((i) => i.line)).size,
		rowsValid: result.rows.length
	};
}

function defaultTarget(plan: CheckPlan): ImportTarget {
	if (plan.contract.kind !== 'survey') throw new Error('Bảng điểm chỉ số cần biết chỉ số nào; chưa nhập gì.');
	return { kind: 'survey', questionnaire: SIPAS_1001 };
}

export async function checkPrepared(
	db: Database,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions = {}
): Promise<CheckOutcome> {
	const target = options.target ?? defaultTarget(plan);
	// The import's record carries the file's hash: taken now, if the page has not taken it yet (flow.svelte.ts
	// asks once the mapping shows), rather than at the commit, when the heap holds what the check read and the
	// digest's own copy of the file makes the commit several times slower.
	await file.sha256();
	const names = streamedNames(`import_${Date.now().toString(36)}_${++counter}`);
	// A contract with a row check (score tables: ranges per method version, repeats in the file and across
	// imports, totals against components) is always checked in JavaScript, whatever the file's size: the SQL
	// paths do not run row checks, and such files are small (63 provinces × 13 years × 10 components ≈ 8,000
	// rows, a few hundred KiB).
	const small =
		file.utf8.length <= (options.jsLimitBytes ?? JS_LIMIT_BYTES) || plan.contract.rowCheck !== undefined;
	const pending = await db.begin();
	try {
		// Taken now so the rows can carry it; a cancelled check leaves a gap in the numbers, nothing else.
		const [row] = await pending.query<{ id: number }>(`SELECT nextval('import_id_seq')::INTEGER AS id`);
		const sink: CheckSink = { db, work: pending, target, importId: row!.id };
		const {
			records: rowsRead,
			plainRecords: rowsFast,
			rowsValid
		} = small
			? { ...(await checkSmall(sink, names.issues, file, plan, resolveUnit, options)), plainRecords: 0 }
			: await checkStreamed(sink, names, file, plan, resolveUnit, {
					...options,
					restJsLimitBytes: options.restJsLimitBytes ?? JS_LIMIT_BYTES
				});
		if (small) {
			if (options.signal?.aborted) throw new DOMException('Đã hủy', 'AbortError');
		} else startStep(options, 'summary', file.utf8.length, rowsRead);
		const issues = ident(names.issues);
		const warning = `code IN (${WARNING_CODES.map(literal).join(', ')})`;
		const [counts] = await pending.query<{ issues: number; rejected: number; warnings: number }>(
			`SELECT count(*)::INTEGER AS issues, (count(DISTINCT line) FILTER (WHERE NOT ${warning}))::INTEGER AS rejected,
				(count(*) FILTER (WHERE ${warning}))::INTEGER AS warnings FROM ${issues}`
		);
		const codes = await pending.query<{ code: IssueCode; n: number }>(
			`SELECT code, count(*)::INTEGER AS n FROM ${issues} GROUP BY code ORDER BY n DESC`
		);
		const preview = await pending.query<ImportIssue>(
			`SELECT line, "column", value, code, detail FROM ${issues} ORDER BY line, "column", code LIMIT ${PREVIEW_ISSUES}`
		);
		return {
			pending,
			target,
			importId: sink.importId,
			issues: names.issues,
			path: small ? 'js' : 'sql',
			rowsRead,
			rowsFast,
			rowsValid,
			rowsRejected: counts!.rejected,
			issueCount: counts!.issues,
			warningCount: counts!.warnings,
			byCode: Object.fromEntries(codes.map((c) => [c.code, c.n])),
			preview
		};
	} catch (error) {
		await pending.rollback();
		throw error;
	}
}

/** Every issue, for the downloadable report. */
export function allIssues(outcome: CheckOutcome): Promise<ImportIssue[]> {
	return outcome.pending.query<ImportIssue>(
		`SELECT line, "column", value, code, detail FROM ${ident(outcome.issues)} ORDER BY line, "column", code`
	);
}

/** Forgets a check the analyst cancelled (or that was overtaken): its rows and temp tables go with it. */
export function discardCheck(outcome: CheckOutcome): Promise<void> {
	return outcome.pending.rollback();
}
