import type { Database, Queryable } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import { normalizeRecords } from '../normalize/normalize';
import { chunkSql, fastColumns } from '../validate/fast';
import { makeGate } from '../validate/gate';
import type { CheckPlan } from '../validate/plan';
import { checkWithJs, fillCheckedTable, sqlTables } from '../validate/run';
import { cleanRowsSql, issuesSql, raw, value, type SqlTables } from '../validate/sql';
import type { UnitResolver } from '../validate/unit-map';
import type { CheckOptions } from './check';
import { recordsOf, type PreparedFile } from './prepared';
import { startStep } from './progress';
import { countLandedSql, insertSql, landedIdsSql, removeLandedSql, type ImportTarget } from './targets';
import { createIssuesTableSql, insertCleanRows, insertIds, insertIssues } from './temp-tables';

/*
 * The check of a large file, in one read, writing each clean row once. The normalizer streams the records
 * that are plain (normalize/classify.ts) and clean (validate/gate.ts) to DuckDB slice by slice, and each
 * slice goes from read_csv straight into its table while the next one is scanned; records with anything
 * unusual in them (labels, spaces to trim, "không trả lời", 6 on a 1–5 scale, an unknown unit…) are set
 * aside and checked afterwards by the exact paths — in JavaScript when they are few, by the all-text SQL
 * check otherwise — and their clean rows join the others. Repeated ids are then looked for across both
 * parts, and the later rows taken out again. All of it happens inside the check's pending transaction (see
 * check.ts): nothing is visible to the rest of the app until the analyst chooses to load.
 *
 * The result is the same issues and rows as checking the whole file in JavaScript (load/paths.test.ts and
 * load/corpus-paths.test.ts hold the paths to it).
 */

export interface StreamedNames {
	chunk: string;
	rest: SqlTables;
	restClean: string;
	ids: string;
	duplicates: string;
	issues: string;
}

export function streamedNames(prefix: string): StreamedNames {
	return {
		chunk: `${prefix}_chunk`,
		rest: sqlTables(`${prefix}_rest`),
		restClean: `${prefix}_rest_clean`,
		ids: `${prefix}_ids`,
		duplicates: `${prefix}_dups`,
		issues: `${prefix}_issues`
	};
}

/** Where the check writes: the pending transaction, the database (for files), the rows' table and import. */
export interface CheckSink {
	db: Database;
	work: Queryable;
	target: ImportTarget;
	importId: number;
}

/** Writes the clean rows of `relation` (`__line` and one column per field key) to the import's table. */
export async function landRows(sink: CheckSink, relation: string, plan: CheckPlan): Promise<void> {
	const insert = insertSql(sink.target, relation, sink.importId, plan);
	if (insert) await sink.work.exec(insert);
}

/** Checks the set-aside records; their issues go to `n.issues`, their clean rows to the target. */
async function checkRest(
	sink: CheckSink,
	n: StreamedNames,
	bytes: Uint8Array,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	jsLimitBytes: number
): Promise<number> {
	const { db, work } = sink;
	const id = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	await work.exec(`CREATE OR REPLACE TEMP TABLE ${ident(n.ids)} (line INTEGER, id VARCHAR, raw VARCHAR)`);
	if (bytes.length === 0) return 0;
	if (bytes.length <= jsLimitBytes) {
		const result = checkWithJs(new TextDecoder().decode(bytes), file.delimiter, plan, resolveUnit, false);
		await insertIssues(work, n.issues, result.issues);
		await insertCleanRows(work, n.restClean, plan, result.rows);
		await insertIds(work, n.ids, result.ids);
	} else {
		await db.registerFile(n.rest.file, bytes);
		try {
			await fillCheckedTable(work, n.rest, file.delimiter, file.headers.length, plan, resolveUnit);
		} finally {
			await db.dropFile(n.rest.file);
		}
		await work.exec(`INSERT INTO ${ident(n.issues)} ${issuesSql(n.rest, plan)}`);
		await work.exec(`CREATE OR REPLACE TEMP TABLE ${ident(n.restClean)} AS ${cleanRowsSql(n.rest, plan)}`);
		if (id) {
			await work.exec(
				`INSERT INTO ${ident(n.ids)} SELECT __line, ${value(id)}, ${raw(id)} FROM ${ident(n.rest.checked)} WHERE ${value(id)} IS NOT NULL`
			);
		}
	}
	await landRows(sink, n.restClean, plan);
	const [row] = await work.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident(n.restClean)}`);
	return row?.n ?? 0;
}

/**
 * Repeated ids across both parts: every occurrence after the first (by line) is an issue, and its row is
 * taken out again, whatever else is wrong with the first. Returns how many landed rows were taken out.
 *
 * When the gate let no id through twice (`gateUnique`), every repeat involves a set-aside record, so only the
 * landed ids that a set-aside record also has are looked at — none at all for a file with nothing set aside —
 * instead of grouping every id of the file, which was most of the check step.
 */
async function removeDuplicates(
	sink: CheckSink,
	n: StreamedNames,
	plan: CheckPlan,
	gateUnique: boolean
): Promise<number> {
	const id = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	if (!id) return 0;
	const { work } = sink;
	const restIds = `SELECT id FROM ${ident(n.ids)}`;
	if (gateUnique) {
		const [rest] = await work.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident(n.ids)}`);
		if (rest!.n === 0) return 0;
	}
	// The landed rows' ids as the rules read them: a plain key is its cell as written.
	// The set-aside rows have their ids in `n.ids` (errors or not); those that landed are left out here.
	const landed = landedIdsSql(sink.target, sink.importId, gateUnique ? restIds : undefined);
	const ids = `SELECT * FROM (${landed}) WHERE line NOT IN (SELECT line FROM ${ident(n.ids)})
		UNION ALL SELECT line, id, raw FROM ${ident(n.ids)}`;
	await work.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(n.duplicates)} AS
		WITH i AS (${ids}), d AS (SELECT id, min(line) AS first_line FROM i GROUP BY id HAVING count(*) > 1)
		SELECT i.line, i.raw, d.first_line FROM i JOIN d USING (id) WHERE i.line <> d.first_line`
	);
	await work.exec(
		`INSERT INTO ${ident(n.issues)} SELECT line, ${literal(id.header)}, coalesce(raw, ''), 'duplicate_id', first_line::VARCHAR FROM ${ident(n.duplicates)}`
	);
	const lines = `SELECT line FROM ${ident(n.duplicates)}`;
	const [removed] = await work.query<{ n: number }>(countLandedSql(sink.target, sink.importId, lines));
	if (removed!.n > 0) await work.exec(removeLandedSql(sink.target, sink.importId, lines));
	return removed!.n;
}

export interface StreamedResult {
	/** Data records read (plain, set aside, and those with a structural issue). */
	records: number;
	/** Clean plain records, written to the table as DuckDB read them. */
	plainRecords: number;
	/** Rows in the table at the end (clean, and not a repeated id). */
	rowsValid: number;
}

export async function checkStreamed(
	sink: CheckSink,
	n: StreamedNames,
	file: PreparedFile,
	plan: CheckPlan,
	resolveUnit: UnitResolver,
	options: CheckOptions & { restJsLimitBytes: number }
): Promise<StreamedResult> {
	const { db, work } = sink;
	const columns = fastColumns(plan, file.headers.length);
	const gate = makeGate(plan, columns.classes, resolveUnit, file.delimiter);
	await work.exec(createIssuesTableSql(n.issues));
	// Every slice is registered under the same name in turn, so the view over it is created again only when
	// its text changes (a missing-value cell the gate met for the first time): one statement less per slice.
	const sliceFile = `${n.chunk}.csv`;
	let viewSql = '';
	const normalized = await normalizeRecords(file.utf8, {
		...recordsOf(file),
		signal: options.signal,
		onProgress: (p) => options.onProgress?.({ phase: 'reading', ...p }),
		classes: columns.classes,
		gate: gate.accept,
		onPlain: async (bytes) => {
			await db.registerFile(sliceFile, bytes);
			try {
				// Created with the file registered: DuckDB reads the file's columns when it creates the view.
				const sql = chunkSql(sliceFile, file.delimiter, plan, columns, gate);
				if (sql !== viewSql) {
					await work.exec(`CREATE OR REPLACE TEMP VIEW ${ident(n.chunk)} AS ${sql}`);
					viewSql = sql;
				}
				await landRows(sink, n.chunk, plan);
			} finally {
				await db.dropFile(sliceFile);
			}
		}
	});
	startStep(options, 'rest', file.utf8.length, normalized.records);
	await insertIssues(work, n.issues, normalized.issues);
	const restValid = await checkRest(
		sink,
		n,
		normalized.bytes,
		file,
		plan,
		resolveUnit,
		options.restJsLimitBytes
	);
	startStep(options, 'duplicates', file.utf8.length, normalized.records + normalized.plainRecords);
	const removed = await removeDuplicates(sink, n, plan, gate.uniqueIds);
	const structural = new Set(normalized.issues.map((i) => i.line)).size;
	return {
		records: normalized.records + normalized.plainRecords + structural,
		plainRecords: normalized.plainRecords,
		rowsValid: normalized.plainRecords + restValid - removed
	};
}
