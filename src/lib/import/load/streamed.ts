import type { Database } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import { normalizeRecords } from '../normalize/normalize';
import { isMissing } from '../rules/missing';
import {
	createStagingSql,
	fastCheckedSql,
	fastColumns,
	fastIdSql,
	fastUnitTextSql,
	fastYearSql,
	missingCandidatesSql,
	readChunkSql,
	textColumns,
	withErrorsSql,
	type FastColumns,
	type MissingCells
} from '../validate/fast';
import { createIssuesTableSql, insertCleanRows, insertIds, insertIssues } from './temp-tables';
import type { CheckPlan } from '../validate/plan';
import { checkWithJs, fillCheckedTable, sqlTables } from '../validate/run';
import {
	cleanRowsSql,
	issuesSql,
	noErrorsSql,
	raw,
	unitMapSql,
	value,
	type SqlTables
} from '../validate/sql';
import { buildUnitMap, type UnitMapEntry, type UnitResolver } from '../validate/unit-map';
import type { CheckOptions } from './check';
import { recordsOf, type PreparedFile } from './prepared';

/*
 * The check of a large file, in one read. The normalizer streams plain records (see normalize/classify.ts)
 * to DuckDB slice by slice, so DuckDB reads typed columns of one slice while the next is scanned; records
 * with anything unusual in them (labels, spaces to trim, "không trả lời", 6 on a 1–5 scale…) are set aside
 * and checked afterwards by the exact paths: in JavaScript when they are few, by the all-text SQL check
 * otherwise. Repeated ids are then looked for across both parts. The result is the same issues and clean
 * rows as checking the whole file in JavaScript (load/paths.test.ts and load/corpus-paths.test.ts hold
 * the paths to it).
 */

export interface StreamedNames {
	staging: string;
	checked: string;
	withErrors: string;
	unitMap: string;
	rest: SqlTables;
	restClean: string;
	ids: string;
	duplicates: string;
	issues: string;
	clean: string;
}

export function streamedNames(prefix: string): StreamedNames {
	return {
		staging: `${prefix}_fast`,
		checked: `${prefix}_fast_checked`,
		withErrors: `${prefix}_fast_errors`,
		unitMap: `${prefix}_fast_units`,
		rest: sqlTables(`${prefix}_rest`),
		restClean: `${prefix}_rest_clean`,
		ids: `${prefix}_ids`,
		duplicates: `${prefix}_dups`,
		issues: `${prefix}_issues`,
		clean: `${prefix}_clean`
	};
}

/** Temp tables and views of a streamed check, views first (the order they can be dropped in). */
export function streamedObjects(n: StreamedNames): { views: string[]; tables: string[] } {
	return {
		views: [n.clean, n.checked],
		tables: [
			n.staging,
			n.withErrors,
			n.unitMap,
			n.rest.staging,
			n.rest.checked,
			n.rest.unitMap,
			n.restClean,
			n.ids,
			n.duplicates,
			n.issues
		]
	};
}

async function checkRest(
	db: Database,
	n: StreamedNames,
	bytes: Uint8Array,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	jsLimitBytes: number
): Promise<void> {
	const id = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(n.ids)} (line INTEGER, id VARCHAR, raw VARCHAR)`);
	if (bytes.length === 0) {
		await insertCleanRows(db, n.restClean, plan, []);
	} else if (bytes.length <= jsLimitBytes) {
		const result = checkWithJs(new TextDecoder().decode(bytes), file.delimiter, plan, resolveUnit, false);
		await insertIssues(db, n.issues, result.issues);
		await insertCleanRows(db, n.restClean, plan, result.rows);
		await insertIds(db, n.ids, result.ids);
	} else {
		await db.registerFile(n.rest.file, bytes);
		try {
			await fillCheckedTable(db, n.rest, file.delimiter, file.headers.length, plan, resolveUnit);
		} finally {
			await db.dropFile(n.rest.file);
		}
		await db.exec(`INSERT INTO ${ident(n.issues)} ${issuesSql(n.rest, plan)}`);
		await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(n.restClean)} AS ${cleanRowsSql(n.rest, plan)}`);
		if (id) {
			await db.exec(
				`INSERT INTO ${ident(n.ids)} SELECT __line, ${value(id)}, ${raw(id)} FROM ${ident(n.rest.checked)} WHERE ${value(id)} IS NOT NULL`
			);
		}
	}
}

async function missingCells(
	db: Database,
	n: StreamedNames,
	textCols: readonly number[]
): Promise<MissingCells> {
	if (textCols.length === 0) return new Map();
	const [row] = await db.query<Record<string, (string | null)[] | null>>(
		missingCandidatesSql(n.staging, textCols)
	);
	// Plain cells have nothing to trim: the rule applies to the cell as read. A cell with a digit is never
	// missing (rules.test.ts holds the rules to it), which keeps the rule off ids and codes.
	const missing = (cells: (string | null)[] | null) =>
		(cells ?? []).filter((c): c is string => c !== null && !/[0-9]/.test(c) && isMissing(c));
	return new Map(textCols.map((i) => [i, missing(row?.[`m${i}`] ?? null)]));
}

/** Checks the plain records in the staging table; their issues go to `n.issues`. */
async function checkPlain(
	db: Database,
	n: StreamedNames,
	plan: CheckPlan,
	columns: FastColumns,
	resolveUnit: UnitResolver
): Promise<MissingCells> {
	const missing = await missingCells(db, n, textColumns(columns));
	const unitText = fastUnitTextSql(plan, columns, missing);
	let entries: Iterable<UnitMapEntry> = [];
	if (unitText) {
		const pairs = await db.query<{ text: string; year: number | null }>(
			`SELECT DISTINCT text, year FROM (SELECT ${unitText} AS text, ${fastYearSql(plan, columns, missing)} AS year FROM ${ident(n.staging)} s) WHERE text IS NOT NULL`
		);
		entries = buildUnitMap(pairs, resolveUnit).values();
	}
	for (const sql of unitMapSql({ unitMap: n.unitMap }, entries)) await db.exec(sql);
	await db.exec(
		`CREATE OR REPLACE TEMP VIEW ${ident(n.checked)} AS ${fastCheckedSql(n.staging, n.unitMap, plan, columns, missing)}`
	);
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(n.withErrors)} AS ${withErrorsSql(n.checked, plan)}`);
	// Planning the issue query (a part per field) costs more than running it on no rows: skip it then.
	if ((await countOf(db, n.withErrors)) > 0) {
		await db.exec(`INSERT INTO ${ident(n.issues)} ${issuesSql({ checked: n.withErrors }, plan)}`);
	}
	return missing;
}

/** Every row's id (errors or not), from the staging table and the set-aside rows, without copying them. */
function idsSql(n: StreamedNames, plan: CheckPlan, columns: FastColumns, missing: MissingCells): string {
	const fast = fastIdSql(plan, columns, missing);
	const rest = `SELECT line, id, raw FROM ${ident(n.ids)}`;
	if (!fast) return rest;
	return `SELECT line, id, raw FROM (SELECT s.__line AS line, ${fast.value} AS id, ${fast.raw} AS raw
		FROM ${ident(n.staging)} s) WHERE id IS NOT NULL UNION ALL ${rest}`;
}

/**
 * Repeated ids across both parts: every occurrence after the first (by line) is an issue, and its row is
 * not clean, whatever else is wrong with the first.
 */
async function checkDuplicates(db: Database, n: StreamedNames, plan: CheckPlan, ids: string): Promise<void> {
	const id = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	await db.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(n.duplicates)} AS
		WITH i AS (${ids}), d AS (SELECT id, min(line) AS first_line FROM i GROUP BY id HAVING count(*) > 1)
		SELECT i.line, i.raw, d.first_line FROM i JOIN d USING (id) WHERE i.line <> d.first_line`
	);
	if (!id) return;
	await db.exec(
		`INSERT INTO ${ident(n.issues)} SELECT line, ${literal(id.header)}, coalesce(raw, ''), 'duplicate_id', first_line::VARCHAR FROM ${ident(n.duplicates)}`
	);
}

async function countOf(db: Database, table: string): Promise<number> {
	const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident(table)}`);
	return row?.n ?? 0;
}

/**
 * The clean rows of both parts. A file without errors or repeated ids is the common case, and loading it is
 * the slow step: the filters that would keep nothing out are left out.
 */
async function cleanSql(db: Database, n: StreamedNames, plan: CheckPlan): Promise<string> {
	const keys = plan.fields.map((f) => ident(f.field.key));
	const repeated = (await countOf(db, n.duplicates)) > 0;
	const notRepeated = repeated ? `__line NOT IN (SELECT line FROM ${ident(n.duplicates)})` : 'true';
	const withErrors = (await countOf(db, n.withErrors)) > 0;
	const fast = `SELECT __line, ${plan.fields.map((f) => `${value(f)} AS ${ident(f.field.key)}`).join(', ')}
		FROM ${ident(n.checked)} WHERE ${withErrors ? noErrorsSql(plan) : 'true'} AND ${notRepeated}`;
	if ((await countOf(db, n.restClean)) === 0) return fast;
	return `${fast} UNION ALL SELECT __line, ${keys.join(', ')} FROM ${ident(n.restClean)} WHERE ${notRepeated}`;
}

export interface StreamedResult {
	/** Data records read (plain, set aside, and those with a structural issue). */
	records: number;
	plainRecords: number;
}

export async function checkStreamed(
	db: Database,
	n: StreamedNames,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions & { restJsLimitBytes: number }
): Promise<StreamedResult> {
	const columns = fastColumns(plan, file.headers.length);
	await db.exec(createStagingSql(n.staging, columns));
	await db.exec(createIssuesTableSql(n.issues));
	let chunk = 0;
	const normalized = await normalizeRecords(file.utf8, {
		...recordsOf(file),
		signal: options.signal,
		onProgress: (p) => options.onProgress?.({ phase: 'reading', ...p }),
		classes: columns.classes,
		onPlain: async (bytes) => {
			const name = `${n.staging}_${chunk++}.csv`;
			await db.registerFile(name, bytes);
			try {
				await db.exec(readChunkSql(n.staging, name, file.delimiter, columns));
			} finally {
				await db.dropFile(name);
			}
		}
	});
	options.onProgress?.({
		phase: 'checking',
		bytesDone: 0,
		bytesTotal: file.utf8.length,
		records: normalized.records + normalized.plainRecords
	});
	await insertIssues(db, n.issues, normalized.issues);
	await checkRest(db, n, normalized.bytes, file, plan, resolveUnit, options.restJsLimitBytes);
	if (options.signal?.aborted) throw new DOMException('Đã hủy', 'AbortError');
	const missing = await checkPlain(db, n, plan, columns, resolveUnit);
	await checkDuplicates(db, n, plan, idsSql(n, plan, columns, missing));
	await db.exec(`CREATE OR REPLACE TEMP VIEW ${ident(n.clean)} AS ${await cleanSql(db, n, plan)}`);
	const structural = new Set(normalized.issues.map((i) => i.line)).size;
	return {
		records: normalized.records + normalized.plainRecords + structural,
		plainRecords: normalized.plainRecords
	};
}
