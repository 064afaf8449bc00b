import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import {
	computeByCalendar,
	methodKey,
	statsFromUnitRows,
	SURVEY_METHOD_DEFAULTS,
	type SurveyMethod,
	type UnitCountRow,
	type UnitMomentRow,
	type UnitRow
} from '$lib/survey';
import { CALENDAR_CASES, CALENDAR_LAYOUT, CALENDAR_RESPONDENTS } from '$lib/survey/calendar-cases';
import { literal } from './quote';
import { SCHEMA_SQL } from './schema';
import {
	sipasCountRowsSql,
	sipasMomentRowsSql,
	sipasStatsSql,
	sipasUnitRowsSql,
	type SipasStatRow,
	type SipasStatsArgs
} from './sipas-sql';
import {
	sipasSummaryRefreshSql,
	sipasSummaryTablesSql,
	sipasSummaryWorkSql,
	SMALL_IMPORT_ROWS
} from './sipas-summary-sql';

/*
 * Quarters and months from the day of answer, by every build of the summary (packed or plain, from fine cells
 * or straight from the rows) and both read paths: the hand-worked cases of survey/calendar-cases.ts, and every
 * value against `computeByCalendar`. Then a summary built before these breakdowns existed is rebuilt once.
 */

const DEFAULT: SurveyMethod = { ...SURVEY_METHOD_DEFAULTS };

/** One agency A1 with the hand-worked respondents; `weight` 1 on each sends the import to the plain builder. */
async function database(rowsLoaded: number, weight: number | null): Promise<Database> {
	const db = await createNodeDatabase();
	for (const sql of [...SCHEMA_SQL, ...sipasSummaryTablesSql()]) await db.exec(sql);
	await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
		VALUES ('theo-ngay.csv', 'd', 'survey', false, 0, ${rowsLoaded}, 0)`);
	await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key)
		VALUES ('A1', 'local', 'A1', 'Sở A1', 'agency', NULL)`);
	const values = CALENDAR_RESPONDENTS.map(
		(r, i) =>
			`(1, ${i + 2}, 'R${i}', 2024, 'A1', ${literal(weight)}, ${r.surveyedOn ? `DATE ${literal(r.surveyedOn)}` : 'NULL'}, ${literal(r.answers.item_001)}, ${literal(r.answers.item_002)})`
	);
	await db.exec(`INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, weight,
		surveyed_on, item_001, item_002) VALUES ${values.join(', ')}`);
	return db;
}

async function refresh(db: Database, method: SurveyMethod) {
	await db.transaction(async (tx) => {
		for (const sql of sipasSummaryRefreshSql(CALENDAR_LAYOUT, method, methodKey(method))) await tx.exec(sql);
	});
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
	a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-9;

describe.each([
	['packed', 'from the rows', 0, null],
	['packed', 'from fine cells', SMALL_IMPORT_ROWS, null],
	['plain', 'from the rows', 0, 1],
	['plain', 'from fine cells', SMALL_IMPORT_ROWS, 1]
])('quarters and months, %s build %s', (_builder, _shape, rowsLoaded, weight) => {
	let db: Database;
	beforeAll(async () => {
		db = await database(rowsLoaded, weight);
	});
	afterAll(() => db.close());

	async function both(method: SurveyMethod, dim: 'quarter' | 'month') {
		await refresh(db, method);
		const args: SipasStatsArgs = {
			layout: CALENDAR_LAYOUT,
			method,
			methodKey: methodKey(method),
			unitKind: 'agency',
			dim
		};
		const bySql = await db.query<SipasStatRow>(sipasStatsSql(args));
		const byRows = statsFromUnitRows(
			await db.query<UnitCountRow>(sipasCountRowsSql(args, CALENDAR_LAYOUT.scale)),
			await db.query<UnitMomentRow>(sipasMomentRowsSql(args)),
			await db.query<UnitRow>(sipasUnitRowsSql()),
			new Set(),
			args,
			CALENDAR_LAYOUT,
			method
		);
		return [bySql, byRows];
	}

	it.each(CALENDAR_CASES)(
		'by %s, %o: %j → %f %% of %i respondents',
		async (dim, options, value, overall, respondents) => {
			for (const rows of await both({ ...DEFAULT, ...options }, dim)) {
				const row = rows.find((r) => r.dim_value === value && r.level === 'overall')!;
				expect(row.respondents).toBe(respondents);
				if (overall == null) expect(row.value).toBeNull();
				else expect(row.value).toBeCloseTo(overall, 12);
			}
		}
	);

	it.each([
		['quarter', DEFAULT],
		['month', DEFAULT],
		['quarter', { ...DEFAULT, satisfiedThreshold: 5 }],
		['month', { ...DEFAULT, elementAggregation: 'mean_of_items' }]
	] as const)('by %s, %o: every value, n and interval as computeByCalendar', async (dim, method) => {
		const want = computeByCalendar(CALENDAR_RESPONDENTS, dim, CALENDAR_LAYOUT, method);
		for (const rows of await both(method, dim)) {
			expect(new Set(rows.map((r) => r.dim_value))).toEqual(new Set(want.map((g) => g.value)));
			expect(rows).toHaveLength(want.length * (2 + 1 + 1 + 1));
			for (const row of rows) {
				const g = want.find((x) => x.value === row.dim_value)!;
				const v = g.values.find((x) => x.level === row.level && x.code === row.code)!;
				const where = `${row.dim_value} ${row.code}`;
				expect(row.respondents, where).toBe(g.respondents);
				expect(row.n, where).toBe(v.n);
				expect(close(row.value, v.value), `${where} value`).toBe(true);
				expect(close(row.low, v.interval?.low), `${where} low`).toBe(true);
				expect(close(row.high, v.interval?.high), `${where} high`).toBe(true);
			}
		}
	});
});

describe('a summary built before the quarter and month breakdowns', () => {
	let db: Database;
	const contents = async () => ({
		counts: await db.query(`SELECT * FROM sipas_answer_counts ORDER BY ALL`),
		moments: await db.query(`SELECT * FROM sipas_respondent_moments ORDER BY ALL`)
	});
	const work = async () =>
		(await db.query<{ work: number }>(sipasSummaryWorkSql(methodKey(DEFAULT))))[0]!.work;

	beforeAll(async () => {
		db = await database(0, null);
	});
	afterAll(() => db.close());

	it('is built again once, its old rows deleted first, so nothing counts twice', async () => {
		await refresh(db, DEFAULT);
		const fresh = await contents();
		expect(fresh.moments.some((r) => (r as { dim: string }).dim === 'quarter')).toBe(true);
		// The device as the older app left it: no quarter or month rows, marks without a format column.
		await db.exec(`DELETE FROM sipas_answer_counts WHERE dim IN ('quarter', 'month')`);
		await db.exec(`DELETE FROM sipas_respondent_moments WHERE dim IN ('quarter', 'month')`);
		await db.exec('DROP TABLE sipas_summaries');
		await db.exec(`CREATE TABLE sipas_summaries (import_id INTEGER NOT NULL, part VARCHAR NOT NULL,
			built_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`);
		await db.exec(`INSERT INTO sipas_summaries (import_id, part)
			VALUES (1, 'answers'), (1, ${literal(`moments:${methodKey(DEFAULT)}`)})`);
		for (const sql of sipasSummaryTablesSql()) await db.exec(sql);
		expect(await work()).toBeGreaterThan(0);
		await refresh(db, DEFAULT);
		expect(await contents()).toEqual(fresh);
		expect(await work()).toBe(0);
		expect(await db.query('SELECT import_id, part, format FROM sipas_summaries ORDER BY part')).toEqual([
			{ import_id: 1, part: 'answers', format: 2 },
			{ import_id: 1, part: `moments:${methodKey(DEFAULT)}`, format: 2 }
		]);
		// Once: a second refresh changes nothing.
		await refresh(db, DEFAULT);
		expect(await contents()).toEqual(fresh);
	});
});
