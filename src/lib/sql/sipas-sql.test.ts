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
	type ImportRow,
	type SurveyMethod,
	type UnitCountRow,
	type UnitMomentRow,
	type UnitRow
} from '$lib/survey';
import { literal } from './quote';
import { SCHEMA_SQL } from './schema';
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
	sipasSummaryWorkSql,
	SMALL_IMPORT_ROWS,
	type SipasDim
} from './sipas-summary-sql';

/*
 * A seeded data set, summarised by the SQL, against `computeSurvey` run on the raw rows in a plain loop: every
 * item, element, part and overall value, n, mean score, distribution and interval must agree to 1e-9, for
 * each unit kind (the hierarchy rolls communes into districts into the province), breakdown and method.
 */

const UNITS: [key: string, kind: string, parent: string | null][] = [
	['P', 'province', null],
	['A1', 'agency', 'P'],
	['A2', 'agency', 'P'],
	['D1', 'district', 'P'],
	['C1', 'commune', 'D1'],
	['C2', 'commune', 'D1']
];
const RESPONDENT_UNITS = ['A1', 'A2', 'D1', 'C1', 'C2'];
const CHANNELS = ['Trực tiếp', 'Trực tuyến', null];
const SEXES = ['Nam', 'Nữ'];
/** The answer columns of SIPAS 1001 (slots 1–39). */
const ANSWERS = SIPAS_1001_LAYOUT.items.map((i) => i.column);
/** The columns of a survey row as the tests write them. */
const ROW = `import_id, row_no, respondent_key, period, unit_key, service, channel, sex, age_group, surveyed_on, ${ANSWERS.join(', ')}`;
const II_E = SIPAS_1001_LAYOUT.items.filter((i) => i.element === 'II.E').map((i) => i.column);

interface Raw {
	period: number;
	unit: string;
	channel: string | null;
	sex: string;
	/** yyyy-mm-dd; one in ten undated. */
	surveyedOn: string | null;
	answers: Record<string, number | null>;
}

function generate(seed: number): Raw[] {
	const random = randomLcg(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
	const rows: Raw[] = [];
	for (const period of [2023, 2024]) {
		for (const unit of RESPONDENT_UNITS) {
			// C2 in 2024: five respondents only (under min n, t with 4 df) who never answer element II.E.
			const n = unit === 'C2' && period === 2024 ? 5 : 20 + Math.floor(random() * 40);
			const lean = random();
			for (let r = 0; r < n; r++) {
				const blankAll = random() < 0.03;
				const answers: Record<string, number | null> = {};
				for (const col of ANSWERS) {
					const blank =
						blankAll || random() < 0.08 || (unit === 'C2' && period === 2024 && II_E.includes(col));
					answers[col] = blank ? null : Math.min(5, 1 + Math.floor(random() * 4 + lean * 2));
				}
				const day = 1 + Math.floor(random() * 28);
				const month = 1 + Math.floor(random() * 12);
				const surveyedOn =
					random() < 0.1
						? null
						: `${period}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
				rows.push({ period, unit, channel: pick(CHANNELS), sex: pick(SEXES), surveyedOn, answers });
			}
		}
	}
	return rows;
}

const ancestorOf = (unit: string, kind: string): string | null => {
	for (let u: string | null = unit; u; u = UNITS.find((x) => x[0] === u)![2]) {
		if (UNITS.find((x) => x[0] === u)![1] === kind) return u;
	}
	return null;
};

// Both shapes of the build's first step (sipas-fine-sql.ts): breakdowns straight from the rows of a small
// import, and fine cells for a large one (the import's rows_loaded decides).
describe.each([
	['a small import', 0],
	['a large import', SMALL_IMPORT_ROWS]
])('sipasStatsSql against the plain loop, %s', (_size, rowsLoaded) => {
	let db: Database;
	const rows = generate(20240601);

	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of [...SCHEMA_SQL, ...sipasSummaryTablesSql()]) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
			VALUES ('khao-sat.csv', 'a', 'survey', false, 0, ${rowsLoaded}, 0), ('diem.csv', 'b', 'scores', false, 0, 0, 0)`);
		await db.exec(
			`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key) VALUES ${UNITS.map(
				([k, kind, p]) =>
					`(${literal(k)}, 'local', ${literal(k)}, ${literal(`Đơn vị ${k}`)}, ${literal(kind)}, ${literal(p)})`
			).join(', ')}`
		);
		const values = rows.map(
			(r, i) =>
				`(1, ${i + 2}, ${literal(`R${i}`)}, ${r.period}, ${literal(r.unit)}, 'Hộ tịch', ${literal(r.channel)}, ${literal(r.sex)}, NULL, ${literal(r.surveyedOn)}, ${ANSWERS.map((c) => literal(r.answers[c])).join(', ')})`
		);
		await db.exec(`INSERT INTO survey_responses (${ROW}) VALUES ${values.join(',\n')}`);
	});
	afterAll(() => db.close());

	async function refresh(method: SurveyMethod) {
		const key = methodKey(method);
		await db.transaction(async (tx) => {
			for (const sql of sipasSummaryRefreshSql(SIPAS_1001_LAYOUT, method, key)) await tx.exec(sql);
		});
	}

	function reference(method: SurveyMethod, kind: string, dim: SipasDim, pool: string[] | null) {
		const groups = new Map<string, Raw[]>();
		for (const r of rows) {
			let g = ancestorOf(r.unit, kind);
			if (g == null || (pool && !pool.includes(g))) continue;
			if (pool) g = '*';
			const dv = isCalendarDim(dim)
				? calendarValue(r.surveyedOn, dim)
				: dim === 'channel'
					? (r.channel ?? '')
					: dim === 'sex'
						? r.sex
						: dim === 'service'
							? 'Hộ tịch'
							: '';
			const key = `${r.period}|${g}|${dv}`;
			groups.set(key, [...(groups.get(key) ?? []), r]);
		}
		return new Map(
			[...groups].map(([key, rs]) => [
				key,
				{ respondents: rs.length, values: computeSurvey(rs, SIPAS_1001_LAYOUT, method) }
			])
		);
	}

	const close = (a: number | null | undefined, b: number | null | undefined) =>
		a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-9;

	const DEFAULT: SurveyMethod = { ...SURVEY_METHOD_DEFAULTS };
	const cases: [string, SurveyMethod, string, SipasDim, string[] | null][] = [
		['default, agencies', DEFAULT, 'agency', 'all', null],
		['default, districts (communes rolled up)', DEFAULT, 'district', 'all', null],
		['default, communes by channel', DEFAULT, 'commune', 'channel', null],
		['default, province by sex', DEFAULT, 'province', 'sex', null],
		['default, two agencies pooled', DEFAULT, 'agency', 'all', ['A1', 'A2']],
		['pooled items', { ...DEFAULT, itemAggregation: 'pooled' }, 'agency', 'all', null],
		['mean of items', { ...DEFAULT, elementAggregation: 'mean_of_items' }, 'district', 'service', null],
		[
			'weighted elements',
			{ ...DEFAULT, elementAggregation: 'weighted', elementWeights: { 'I.A': 2, 'II.B': 3, 'II.E': 1 } },
			'commune',
			'all',
			null
		],
		['satisfied = 5 only', { ...DEFAULT, satisfiedThreshold: 5 }, 'agency', 'channel', null],
		['default, agencies by quarter', DEFAULT, 'agency', 'quarter', null],
		['default, districts by month (communes rolled up)', DEFAULT, 'district', 'month', null],
		[
			'pooled items, two agencies pooled by quarter',
			{ ...DEFAULT, itemAggregation: 'pooled' },
			'agency',
			'quarter',
			['A1', 'A2']
		],
		[
			'mean of items, the province by month',
			{ ...DEFAULT, elementAggregation: 'mean_of_items' },
			'province',
			'month',
			null
		]
	];

	it.each(cases)('%s: every value, n and interval agrees to 1e-9', async (_name, method, kind, dim, pool) => {
		await refresh(method);
		const args: SipasStatsArgs = {
			layout: SIPAS_1001_LAYOUT,
			method,
			methodKey: methodKey(method),
			unitKind: kind,
			dim,
			unitKeys: pool,
			pool: pool != null
		};
		const bySql = await db.query<SipasStatRow>(sipasStatsSql(args));
		// The page's path: the summary rows of a short statement, combined in TypeScript.
		const byRows = statsFromUnitRows(
			await db.query<UnitCountRow>(sipasCountRowsSql(args, SIPAS_1001_LAYOUT.scale)),
			await db.query<UnitMomentRow>(sipasMomentRowsSql(args)),
			await db.query<UnitRow>(sipasUnitRowsSql()),
			sampleImports(await db.query<ImportRow>(sipasImportRowsSql())),
			args,
			SIPAS_1001_LAYOUT,
			method
		);
		const want = reference(method, kind, dim, pool);
		const perGroup = SIPAS_1001_LAYOUT.items.length + SIPAS_1001_LAYOUT.elements.length + 2 + 1;
		expect(bySql).toHaveLength(want.size * perGroup);
		expect(byRows).toHaveLength(want.size * perGroup);
		let compared = 0;
		for (const row of [...bySql, ...byRows]) {
			const ref = want.get(`${row.period}|${row.group_key}|${row.dim_value}`)!;
			expect(ref, `${row.period} ${row.group_key} ${row.dim_value}`).toBeDefined();
			const v = ref.values.find((x) => x.level === row.level && x.code === row.code)!;
			const where = `${row.period} ${row.group_key} ${row.dim_value} ${row.code}`;
			expect(row.respondents, where).toBe(ref.respondents);
			expect(row.n, where).toBe(v.n);
			expect(close(row.value, v.value), `${where} value ${row.value} ≠ ${v.value}`).toBe(true);
			expect(close(row.low, v.interval?.low), `${where} low ${row.low} ≠ ${v.interval?.low}`).toBe(true);
			expect(close(row.high, v.interval?.high), `${where} high ${row.high} ≠ ${v.interval?.high}`).toBe(true);
			expect(close(row.mean_score, v.meanScore), `${where} mean`).toBe(true);
			row.dist.forEach((d, k) => expect(close(d, v.dist[k]), `${where} dist ${k}`).toBe(true));
			compared += 1;
		}
		expect(compared).toBe(2 * want.size * perGroup);
	});

	it('leaves a value null, not 0, when a unit answered none of an element, and still counts its respondents', async () => {
		await refresh(DEFAULT);
		const got = await db.query<SipasStatRow>(
			sipasStatsSql({
				layout: SIPAS_1001_LAYOUT,
				method: DEFAULT,
				methodKey: methodKey(DEFAULT),
				unitKind: 'commune',
				periods: [2024],
				unitKeys: ['C2'],
				levels: ['element']
			})
		);
		const iie = got.find((r) => r.code === 'II.E')!;
		expect(iie).toMatchObject({ value: null, low: null, high: null, n: 0, respondents: 5 });
		expect(got.find((r) => r.code === 'II.A')!.value).not.toBeNull();
	});

	it('summarises each import once, and drops the summary of a removed import', async () => {
		await refresh(DEFAULT);
		const work = async () =>
			(await db.query<{ work: number }>(sipasSummaryWorkSql(methodKey(DEFAULT))))[0]!.work;
		expect(await work()).toBe(0);
		const before = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM sipas_answer_counts');
		await refresh(DEFAULT);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM sipas_answer_counts')).toEqual(before);
		await db.exec(`DELETE FROM survey_responses WHERE import_id = 1`);
		await db.exec(`DELETE FROM imports WHERE import_id = 1`);
		expect(await work()).toBeGreaterThan(0);
		await refresh(DEFAULT);
		expect(await work()).toBe(0);
		const left = await db.query<{ n: number }>(
			`SELECT (SELECT count(*) FROM sipas_answer_counts) + (SELECT count(*) FROM sipas_respondent_moments)
				+ (SELECT count(*) FROM sipas_summaries) AS n`
		);
		expect(left[0]!.n).toBe(0);
	});

	it('drops a summary of the older shape (one row per answer value), so its imports are built again', async () => {
		await refresh(DEFAULT);
		await db.exec(`CREATE TABLE sipas_item_counts (import_id INTEGER, n INTEGER)`);
		await db.exec(`INSERT INTO sipas_summaries (import_id, part) VALUES (1, 'counts')`);
		for (const sql of sipasSummaryTablesSql()) await db.exec(sql);
		const tables = await db.query(`SELECT 1 FROM duckdb_tables() WHERE table_name = 'sipas_item_counts'`);
		expect(tables).toHaveLength(0);
		expect(await db.query(`SELECT 1 FROM sipas_summaries WHERE part = 'counts'`)).toHaveLength(0);
	});
});

describe('sipasStatsSql on the hand-worked cases', () => {
	let db: Database;
	// Unit A1: ten respondents. q9_01 answers 5,4,3,2,1,4,4,5,3,4 (6 of 10 satisfied → 60 %); element II.A's
	// three items q9_24, q9_25, q9_26 have 6, 7 and 8 of 10 satisfied (→ 60, 70, 80; the element 70 %).
	// Unit A2: one respondent who answered nothing.
	const Q1 = [5, 4, 3, 2, 1, 4, 4, 5, 3, 4];
	const sat = (k: number, r: number) => (r < k ? 4 : 2);

	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of [...SCHEMA_SQL, ...sipasSummaryTablesSql()]) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
			VALUES ('tay.csv', 'c', 'survey', false, 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key) VALUES
			('A1', 'local', 'A1', 'Sở A1', 'agency', NULL), ('A2', 'local', 'A2', 'Sở A2', 'agency', NULL)`);
		const rows = Q1.map((q1, r) => {
			const answers = ANSWERS.map((c) =>
				c === 'item_001'
					? q1
					: c === 'item_024'
						? sat(6, r)
						: c === 'item_025'
							? sat(7, r)
							: c === 'item_026'
								? sat(8, r)
								: null
			);
			return `(1, ${r + 2}, 'R${r}', 2024, 'A1', NULL, NULL, NULL, NULL, NULL, ${answers.map(literal).join(', ')})`;
		});
		rows.push(
			`(1, 12, 'R10', 2024, 'A2', NULL, NULL, NULL, NULL, NULL, ${ANSWERS.map(() => 'NULL').join(', ')})`
		);
		await db.exec(`INSERT INTO survey_responses (${ROW}) VALUES ${rows.join(', ')}`);
	});
	afterAll(() => db.close());

	async function values(method: SurveyMethod) {
		await db.transaction(async (tx) => {
			for (const sql of sipasSummaryRefreshSql(SIPAS_1001_LAYOUT, method, methodKey(method)))
				await tx.exec(sql);
		});
		const rows = await db.query<SipasStatRow>(
			sipasStatsSql({ layout: SIPAS_1001_LAYOUT, method, methodKey: methodKey(method), unitKind: 'agency' })
		);
		return (unit: string, code: string) => rows.find((r) => r.group_key === unit && r.code === code)!;
	}

	it.each([
		// method, code, value (null = no value), n
		[{}, 'q9_01', 60, 10],
		[{}, 'q9_02', null, 0],
		[{}, 'I.A', 60, 10],
		[{}, 'II.A', 70, 10],
		[{}, 'I', 60, 10],
		[{}, 'II', 70, 10],
		[{}, 'overall', 65, 10],
		[{ elementAggregation: 'weighted', elementWeights: { 'I.A': 1, 'II.A': 3 } }, 'overall', 67.5, 10],
		[{ elementAggregation: 'mean_of_items' }, 'overall', 67.5, 10],
		[{ satisfiedThreshold: 5 }, 'q9_01', 20, 10]
	] as const)('%o: A1 %s → %s per cent of %s answers', async (options, code, value, n) => {
		const get = await values({ ...SURVEY_METHOD_DEFAULTS, ...(options as Partial<SurveyMethod>) });
		const row = get('A1', code);
		if (value === null) expect(row.value).toBeNull();
		else expect(row.value).toBeCloseTo(value, 12);
		expect(row.n).toBe(n);
	});

	it('gives A2, whose one respondent answered nothing, no value at any level — never 0', async () => {
		const get = await values({ ...SURVEY_METHOD_DEFAULTS });
		for (const code of ['q9_01', 'I.A', 'I', 'overall']) {
			expect(get('A2', code)).toMatchObject({ value: null, low: null, high: null, n: 0, respondents: 1 });
		}
	});
});
