import { randomLcg } from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import {
	calendarValue,
	computeSurvey,
	isCalendarDim,
	methodKey,
	SIPAS_1001_LAYOUT,
	statsFromUnitRows,
	SURVEY_METHOD_DEFAULTS,
	sampleImports,
	wilson,
	type ImportRow,
	type SurveyLayout,
	type SurveyMethod,
	type UnitCountRow,
	type UnitMomentRow,
	type UnitRow
} from '$lib/survey';
import { literal } from './quote';
import { SCHEMA_SQL, slotColumn } from './schema';
import {
	sipasCountRowsSql,
	sipasImportRowsSql,
	sipasMomentRowsSql,
	sipasStatsSql,
	sipasUnitRowsSql,
	type SipasStatRow,
	type SipasStatsArgs
} from './sipas-sql';
import {
	sipasSummaryRefreshSql,
	sipasSummaryTablesSql,
	SMALL_IMPORT_ROWS,
	type SipasDim
} from './sipas-summary-sql';

/*
 * Respondent weights and the other answer scales, summarised by the SQL, against `computeSurvey` on the raw
 * rows: every value, n and interval to 1e-9, by the long statement and by the page's short reads. Weighted
 * imports take the plain builder (sipas-fine-sql.ts); a 1–4 scale satisfied from 3 and a 0–4 scale satisfied
 * from 3 take the packed one with other lanes than SIPAS 1001.
 */

const UNITS: [key: string, kind: string, parent: string | null][] = [
	['P', 'province', null],
	['A1', 'agency', 'P'],
	['D1', 'district', 'P'],
	['C1', 'commune', 'D1'],
	['C2', 'commune', 'D1']
];
const RESPONDENT_UNITS = ['A1', 'C1', 'C2'];

interface Raw {
	period: number;
	unit: string;
	sex: string;
	/** yyyy-mm-dd; one in ten undated. */
	surveyedOn: string | null;
	answers: Record<string, number | null>;
	weight: number | null;
}

/** A small office questionnaire in slots 1–7: two elements of part A, one of part B. */
function officeLayout(min: number, max: number): SurveyLayout {
	const element = ['A1', 'A1', 'A1', 'A2', 'A2', 'B1', 'B1'];
	return {
		items: element.map((e, i) => ({ code: `c${i + 1}`, column: slotColumn(i + 1), element: e })),
		elements: [
			{ code: 'A1', part: 'A' },
			{ code: 'A2', part: 'A' },
			{ code: 'B1', part: 'B' }
		],
		scale: { min, max }
	};
}

/** Seeded answers (8 % blank, one respondent in 30 blank throughout); `weights`: 0.2–3, one in 10 NULL. */
function generate(seed: number, layout: SurveyLayout, weights: boolean): Raw[] {
	const random = randomLcg(seed);
	const { min, max } = layout.scale;
	const rows: Raw[] = [];
	for (const period of [2024, 2025])
		for (const unit of RESPONDENT_UNITS) {
			const n = 15 + Math.floor(random() * 30);
			for (let r = 0; r < n; r++) {
				const blankAll = random() < 1 / 30;
				const answers: Record<string, number | null> = {};
				for (const item of layout.items)
					answers[item.column] =
						blankAll || random() < 0.08 ? null : min + Math.floor(random() * (max - min + 1));
				const weight = !weights || random() < 0.1 ? null : 0.2 + Math.round(random() * 280) / 100;
				const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
				const surveyedOn = random() < 0.1 ? null : `${period}-${month}-15`;
				rows.push({ period, unit, sex: random() < 0.5 ? 'Nam' : 'Nữ', surveyedOn, answers, weight });
			}
		}
	return rows;
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
	a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-9;

async function freshDatabase(layout: SurveyLayout, rows: Raw[], rowsLoaded = 0): Promise<Database> {
	const db = await createNodeDatabase();
	for (const sql of [...SCHEMA_SQL, ...sipasSummaryTablesSql()]) await db.exec(sql);
	await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
		VALUES ('khao-sat.csv', 'a', 'survey', false, 0, ${rowsLoaded}, 0)`);
	await db.exec(
		`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key) VALUES ${UNITS.map(
			([k, kind, p]) =>
				`(${literal(k)}, 'local', ${literal(k)}, ${literal(k)}, ${literal(kind)}, ${literal(p)})`
		).join(', ')}`
	);
	const cols = layout.items.map((i) => i.column);
	const values = rows.map(
		(r, i) =>
			`(1, ${i + 2}, 'R${i}', ${r.period}, ${literal(r.unit)}, ${literal(r.sex)}, ${literal(r.weight)}, ${literal(r.surveyedOn)}, ${cols.map((c) => literal(r.answers[c])).join(', ')})`
	);
	await db.exec(`INSERT INTO survey_responses (import_id, row_no, respondent_key, period, unit_key, sex, weight,
		surveyed_on, ${cols.join(', ')}) VALUES ${values.join(',\n')}`);
	return db;
}

async function refresh(db: Database, layout: SurveyLayout, method: SurveyMethod) {
	await db.transaction(async (tx) => {
		for (const sql of sipasSummaryRefreshSql(layout, method, methodKey(method))) await tx.exec(sql);
	});
}

/** Both SQL paths' rows against computeSurvey per group; returns how many values were compared. */
async function compare(
	db: Database,
	rows: Raw[],
	layout: SurveyLayout,
	method: SurveyMethod,
	kind: string,
	dim: SipasDim
): Promise<number> {
	await refresh(db, layout, method);
	const args: SipasStatsArgs = { layout, method, methodKey: methodKey(method), unitKind: kind, dim };
	const bySql = await db.query<SipasStatRow>(sipasStatsSql(args));
	const byRows = statsFromUnitRows(
		await db.query<UnitCountRow>(sipasCountRowsSql(args, layout.scale)),
		await db.query<UnitMomentRow>(sipasMomentRowsSql(args)),
		await db.query<UnitRow>(sipasUnitRowsSql()),
		sampleImports(await db.query<ImportRow>(sipasImportRowsSql())),
		args,
		layout,
		method
	);
	const ancestor = (unit: string): string | null => {
		for (let u: string | null = unit; u; u = UNITS.find((x) => x[0] === u)![2])
			if (UNITS.find((x) => x[0] === u)![1] === kind) return u;
		return null;
	};
	const groups = new Map<string, Raw[]>();
	for (const r of rows) {
		const g = ancestor(r.unit);
		if (g == null) continue;
		const dv = isCalendarDim(dim) ? calendarValue(r.surveyedOn, dim) : dim === 'sex' ? r.sex : '';
		const key = `${r.period}|${g}|${dv}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const want = new Map(
		[...groups].map(([key, rs]) => [
			key,
			computeSurvey(
				rs.map((r) => ({ answers: r.answers, ...(r.weight == null ? {} : { weight: r.weight }) })),
				layout,
				method
			)
		])
	);
	const perGroup = layout.items.length + layout.elements.length + 2 + 1;
	expect(bySql).toHaveLength(want.size * perGroup);
	expect(byRows).toHaveLength(want.size * perGroup);
	for (const row of [...bySql, ...byRows]) {
		const where = `${row.period} ${row.group_key} ${row.dim_value} ${row.code}`;
		const v = want.get(`${row.period}|${row.group_key}|${row.dim_value}`)!.find((x) => x.code === row.code)!;
		expect(row.n, where).toBe(v.n);
		expect(close(row.value, v.value), `${where} value ${row.value} ≠ ${v.value}`).toBe(true);
		expect(close(row.low, v.interval?.low), `${where} low ${row.low} ≠ ${v.interval?.low}`).toBe(true);
		expect(close(row.high, v.interval?.high), `${where} high ${row.high} ≠ ${v.interval?.high}`).toBe(true);
		expect(close(row.mean_score, v.meanScore), `${where} mean`).toBe(true);
		row.dist.forEach((d, k) => expect(close(d, v.dist[k]), `${where} dist ${k}`).toBe(true));
	}
	return bySql.length + byRows.length;
}

const DEFAULT: SurveyMethod = { ...SURVEY_METHOD_DEFAULTS };

describe.each([
	['small', 0],
	['large', SMALL_IMPORT_ROWS]
])('a %s weighted import against the plain loop', (_size, rowsLoaded) => {
	let db: Database;
	const rows = generate(20251205, SIPAS_1001_LAYOUT, true);
	beforeAll(async () => {
		db = await freshDatabase(SIPAS_1001_LAYOUT, rows, rowsLoaded);
	});
	afterAll(() => db.close());

	it.each<[string, SurveyMethod, string, SipasDim]>([
		['default, agencies', DEFAULT, 'agency', 'all'],
		['default, districts by sex (communes rolled up)', DEFAULT, 'district', 'sex'],
		['pooled items, the province', { ...DEFAULT, itemAggregation: 'pooled' }, 'province', 'all'],
		['mean of items, communes', { ...DEFAULT, elementAggregation: 'mean_of_items' }, 'commune', 'all'],
		['default, agencies by quarter', DEFAULT, 'agency', 'quarter'],
		['pooled items, districts by month', { ...DEFAULT, itemAggregation: 'pooled' }, 'district', 'month']
	])('%s: weighted shares, Kish n and intervals agree to 1e-9', async (_name, method, kind, dim) => {
		expect(await compare(db, rows, SIPAS_1001_LAYOUT, method, kind, dim)).toBeGreaterThan(0);
	});
});

describe.each<[string, number, number, number, number]>([
	['1–4, satisfied from 3', 1, 4, 3, 0],
	['0–4, satisfied from 3', 0, 4, 3, SMALL_IMPORT_ROWS],
	['1–3, satisfied from 2', 1, 3, 2, SMALL_IMPORT_ROWS]
])(
	'an unweighted %s scale (packed lanes) against the plain loop',
	(_name, min, max, threshold, rowsLoaded) => {
		const layout = officeLayout(min, max);
		const rows = generate(min * 10 + max, layout, false);
		const method: SurveyMethod = { ...DEFAULT, satisfiedThreshold: threshold };
		let db: Database;
		beforeAll(async () => {
			db = await freshDatabase(layout, rows, rowsLoaded);
		});
		afterAll(() => db.close());

		it('agrees to 1e-9 by district, by sex, by quarter and by month', async () => {
			expect(await compare(db, rows, layout, method, 'district', 'all')).toBeGreaterThan(0);
			expect(await compare(db, rows, layout, method, 'commune', 'sex')).toBeGreaterThan(0);
			expect(await compare(db, rows, layout, method, 'district', 'quarter')).toBeGreaterThan(0);
			expect(await compare(db, rows, layout, method, 'commune', 'month')).toBeGreaterThan(0);
		});
	}
);

describe('the hand-worked weighted item', () => {
	// Four respondents of agency A1 answer item c1 5, 4, 2, 1 with weights 2, 1, 1, 0: satisfied weight 3 of 4
	// → 75 %; Kish n = 4² / (4 + 1 + 1 + 0) = 16/6 ≈ 2.667; n stays 4 answers.
	const layout = officeLayout(1, 5);
	const answers = [5, 4, 2, 1];
	const weights = [2, 1, 1, 0];
	const rows: Raw[] = answers.map((a, r) => ({
		period: 2025,
		unit: 'A1',
		sex: 'Nam',
		surveyedOn: null,
		answers: { [slotColumn(1)]: a },
		weight: weights[r]!
	}));
	let db: Database;
	beforeAll(async () => {
		db = await freshDatabase(layout, rows);
		await refresh(db, layout, DEFAULT);
	});
	afterAll(() => db.close());

	it('gives 75 % of 4 answers with the Wilson interval of Kish n 16/6, by both paths', async () => {
		const args: SipasStatsArgs = {
			layout,
			method: DEFAULT,
			methodKey: methodKey(DEFAULT),
			unitKind: 'agency',
			levels: ['item']
		};
		const bySql = (await db.query<SipasStatRow>(sipasStatsSql(args))).find((r) => r.code === 'c1')!;
		const byRows = statsFromUnitRows(
			await db.query<UnitCountRow>(sipasCountRowsSql(args, layout.scale)),
			await db.query<UnitMomentRow>(sipasMomentRowsSql(args)),
			await db.query<UnitRow>(sipasUnitRowsSql()),
			new Set(),
			args,
			layout,
			DEFAULT,
			['item']
		).find((r) => r.code === 'c1')!;
		const kish = wilson(3 * (16 / 6 / 4), 16 / 6)!;
		for (const row of [bySql, byRows]) {
			expect(row.value).toBeCloseTo(75, 12);
			expect(row.n).toBe(4);
			expect(row.mean_score).toBeCloseTo((2 * 5 + 4 + 2) / 4, 12);
			expect(row.low).toBeCloseTo(kish.low, 9);
			expect(row.high).toBeCloseTo(kish.high, 9);
		}
	});
});
