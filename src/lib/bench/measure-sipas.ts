import { median } from 'd3';
import { createMemoryDatabase, type Database } from '$lib/db';
import {
	aggregateLevels,
	elementWeight,
	fromCounts,
	partsOf,
	respondentInterval,
	SIPAS_1001_LAYOUT,
	SURVEY_METHOD_DEFAULTS,
	type Moments,
	type SurveyMethod
} from '$lib/survey';
import {
	ensureSipasSummary,
	sipasStatsIn,
	surveyImportsIn,
	surveyOptionsIn,
	surveyPageDataIn
} from '$lib/workspace/survey-queries';
import { loadAnalysisData } from './analysis-data';
import type { Results } from './measure';

/*
 * SIPAS on the sample plus a million generated responses (1001 layout), in the page:
 *   sipas_1m_ms      every item, element, part and overall value with n and intervals, for every unit of every
 *                    kind the data has and every year, from the loaded table: the summary build plus the queries.
 *                    Baseline: one pass of DuckDB over the 39 answer columns (`sum` of each), nothing else.
 *   sipas_1m_build_ms  the summary build alone (part of sipas_1m_ms); the rest is reading every kind of unit.
 *   sipas_js_1m_ms   the same values by a plain JS loop over the rows, already fetched and parsed into typed
 *                    arrays (the fetch is not timed). Checked against the SQL, so the two do the same work.
 *   sipas_filter_ms  one filter change on the summary (another year: the ranking's overall values by unit),
 *                    median of 10. Baseline: reading that year's rows of the summary, nothing computed.
 *   sipas_page_ms    the survey page's whole answer to a year change (ranking, elements, items), median of 10.
 */

const ROUNDS = 10;
const METHOD: SurveyMethod = SURVEY_METHOD_DEFAULTS;
const LAYOUT = SIPAS_1001_LAYOUT;
/** The answer columns of the generated responses (SIPAS 1001's 39 slots). */
const SURVEY_ANSWER_COLUMNS = LAYOUT.items.map((i) => i.column);

async function medianMs(work: (round: number) => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const t0 = performance.now();
		await work(i);
		times.push(performance.now() - t0);
	}
	return median(times) ?? NaN;
}

/** The sample plus a million responses in a fresh in-page database, measured. */
export async function measureSipas(): Promise<Results> {
	const db = await loadAnalysisData(await createMemoryDatabase());
	try {
		return await measureSipasOn(db);
	} finally {
		await db.close();
	}
}

/** The figures on `db` (survey responses loaded, no SIPAS summary yet). */
export async function measureSipasOn(db: Database): Promise<Results> {
	const sums = SURVEY_ANSWER_COLUMNS.map((c) => `sum(${c})`).join(', ');
	let t0 = performance.now();
	await db.query(`SELECT count(*), ${sums} FROM survey_responses`);
	const baselineRead = performance.now() - t0;

	t0 = performance.now();
	const { values: sql, buildMs } = await allValuesSql(db);
	const sqlMs = performance.now() - t0;

	const rows = await fetchRows(db);
	t0 = performance.now();
	const js = allValuesJs(rows);
	const jsMs = performance.now() - t0;
	checkAgree(sql, js);

	const imports = await surveyImportsIn(db);
	const importId = imports[0]!.import_id;
	const { periods } = await surveyOptionsIn(db, importId, METHOD);
	const yearOf = (round: number) => periods[round % periods.length]!;
	const filters = (round: number) => ({
		importId,
		year: yearOf(round),
		kind: 'district',
		units: [],
		by: 'none' as const
	});
	await surveyPageDataIn(db, filters(0), METHOD); // warm: the first run plans and loads the summary's pages
	return {
		baseline_answers_read_ms: baselineRead,
		sipas_1m_ms: sqlMs,
		sipas_1m_build_ms: buildMs,
		sipas_js_1m_ms: jsMs,
		baseline_summary_read_ms: await medianMs((r) =>
			db.query(`SELECT * FROM sipas_answer_counts WHERE import_id = ${importId} AND period = ${yearOf(r)}
				AND dim = 'all'`)
		),
		sipas_filter_ms: await medianMs((r) =>
			sipasStatsIn(db, METHOD, {
				importIds: [importId],
				unitKind: 'district',
				periods: [yearOf(r)],
				levels: ['overall']
			})
		),
		sipas_page_ms: await medianMs((r) => surveyPageDataIn(db, filters(r), METHOD))
	};
}

/** key `kind|unit|period|code` → value, for every level of every unit and year. */
type Values = Map<string, number | null>;

async function allValuesSql(db: Database): Promise<{ values: Values; buildMs: number }> {
	const t0 = performance.now();
	await ensureSipasSummary(db, METHOD);
	const buildMs = performance.now() - t0;
	const kinds = new Set<string>();
	for (const i of await surveyImportsIn(db))
		for (const k of (await surveyOptionsIn(db, i.import_id, METHOD)).kinds) kinds.add(k);
	const out: Values = new Map();
	for (const kind of kinds) {
		for (const r of await sipasStatsIn(db, METHOD, { unitKind: kind }, LAYOUT))
			out.set(`${kind}|${r.group_key}|${r.period}|${r.code}`, r.value);
	}
	return { values: out, buildMs };
}

interface Rows {
	count: number;
	period: Int16Array;
	unit: Int32Array;
	/** 39 answers per row, 0 for blank. */
	answers: Int8Array;
	/** Per unit index: its ancestors (itself included) as [kind, key]. */
	ancestors: [string, string][][];
}

async function fetchRows(db: Database): Promise<Rows> {
	const units = await db.query<{ unit_key: string; kind: string; parent_key: string | null }>(
		'SELECT unit_key, kind, parent_key FROM units'
	);
	const byKey = new Map(units.map((u) => [u.unit_key, u]));
	const keys: string[] = [];
	const index = new Map<string, number>();
	const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM survey_responses')) as [
		{ n: number }
	];
	const rows: Rows = {
		count: n,
		period: new Int16Array(n),
		unit: new Int32Array(n),
		answers: new Int8Array(n * SURVEY_ANSWER_COLUMNS.length),
		ancestors: []
	};
	const packed = SURVEY_ANSWER_COLUMNS.map((c) => `coalesce(${c}::VARCHAR, '0')`).join(' || ');
	const CHUNK = 200_000;
	for (let start = 0; start < n; start += CHUNK) {
		const part = await db.query<{ period: number; unit_key: string; a: string }>(
			`SELECT period, unit_key, ${packed} AS a FROM survey_responses ORDER BY import_id, row_no
			LIMIT ${CHUNK} OFFSET ${start}`
		);
		part.forEach((r, k) => {
			const i = start + k;
			let u = index.get(r.unit_key);
			if (u === undefined) {
				u = keys.push(r.unit_key) - 1;
				index.set(r.unit_key, u);
			}
			rows.period[i] = r.period;
			rows.unit[i] = u;
			for (let q = 0; q < r.a.length; q++) rows.answers[i * r.a.length + q] = r.a.charCodeAt(q) - 48;
		});
	}
	rows.ancestors = keys.map((key) => {
		const chain: [string, string][] = [];
		for (let u = byKey.get(key), depth = 0; u && depth < 9; u = byKey.get(u.parent_key ?? ''), depth++)
			chain.push([u.kind, u.unit_key]);
		return chain;
	});
	return rows;
}

interface Acc {
	counts: Float64Array;
	moments: Moments[];
}

/** The plain loop: counts per item and answer, respondent-share moments per level, then `survey/` combines. */
function allValuesJs(rows: Rows): Values {
	const items = LAYOUT.items.length;
	const points = LAYOUT.scale.max - LAYOUT.scale.min + 1;
	const elementOf = LAYOUT.items.map((i) => LAYOUT.elements.findIndex((e) => e.code === i.element));
	const parts = partsOf(LAYOUT);
	const partOf = LAYOUT.elements.map((e) => parts.indexOf(e.part));
	const weights = LAYOUT.elements.map((e) => elementWeight(METHOD, e.code));
	const levels = [...LAYOUT.elements.map((e) => e.code), ...parts, 'overall'];
	const E = LAYOUT.elements.length;
	const groups = new Map<string, Acc>();
	const sat = new Float64Array(E);
	const ans = new Float64Array(E);
	const ys = new Float64Array(levels.length);
	const accsOf = new Map<number, Acc[]>();
	const accOf = (key: string): Acc => {
		let acc = groups.get(key);
		if (!acc) {
			acc = {
				counts: new Float64Array(items * points),
				moments: levels.map(() => ({ n: 0, sum: 0, sumSq: 0 }))
			};
			groups.set(key, acc);
		}
		return acc;
	};
	for (let i = 0; i < rows.count; i++) {
		const u = rows.unit[i]!;
		const p = rows.period[i]!;
		let accs = accsOf.get(u * 10_000 + p);
		if (!accs) {
			accs = rows.ancestors[u]!.map(([kind, key]) => accOf(`${kind}|${key}|${p}`));
			accsOf.set(u * 10_000 + p, accs);
		}
		sat.fill(0);
		ans.fill(0);
		for (let q = 0; q < items; q++) {
			const a = rows.answers[i * items + q]!;
			if (a === 0) continue;
			for (const acc of accs) acc.counts[q * points + a - LAYOUT.scale.min]! += 1;
			ans[elementOf[q]!]! += 1;
			if (a >= METHOD.satisfiedThreshold) sat[elementOf[q]!]! += 1;
		}
		// A respondent's shares: per element, then parts and overall by the method's rule (NaN: no share).
		for (let e = 0; e < E; e++) ys[e] = ans[e]! > 0 ? sat[e]! / ans[e]! : NaN;
		for (let k = 0; k <= parts.length; k++) {
			let num = 0;
			let den = 0;
			for (let e = 0; e < E; e++) {
				if (k < parts.length && partOf[e] !== k) continue;
				if (METHOD.elementAggregation === 'mean_of_items') {
					num += sat[e]!;
					den += ans[e]!;
				} else if (ans[e]! > 0) {
					num += weights[e]! * ys[e]!;
					den += weights[e]!;
				}
			}
			ys[E + k] = den > 0 ? num / den : NaN;
		}
		for (const acc of accs)
			for (let l = 0; l < levels.length; l++) {
				const y = ys[l]!;
				if (Number.isNaN(y)) continue;
				const m = acc.moments[l]!;
				m.n += 1;
				m.sum += y;
				m.sumSq += y * y;
			}
	}
	const out: Values = new Map();
	for (const [key, acc] of groups) {
		const stats = LAYOUT.items.map((item, q) => {
			const counts = Array.from(acc.counts.subarray(q * points, (q + 1) * points));
			const n = counts.reduce((s, c) => s + c, 0);
			return fromCounts(item.code, n, n, counts, METHOD, LAYOUT.scale);
		});
		for (const s of stats) out.set(`${key}|${s.code}`, s.value);
		for (const l of aggregateLevels(stats, LAYOUT, METHOD)) {
			// The interval is part of the work the SQL does, so it is computed here too.
			respondentInterval(l.value, acc.moments[levels.indexOf(l.code)]!);
			out.set(`${key}|${l.code}`, l.value);
		}
	}
	return out;
}

/** The two paths must give the same values, or the comparison measures different work. */
function checkAgree(sql: Values, js: Values): void {
	if (sql.size !== js.size) throw new Error(`SIPAS: ${sql.size} values in SQL, ${js.size} in the JS loop`);
	for (const [key, v] of sql) {
		const w = js.get(key);
		if (w === undefined || (v == null) !== (w == null) || Math.abs((v ?? 0) - (w ?? 0)) > 1e-9)
			throw new Error(`SIPAS: ${key} is ${v} in SQL, ${w} in the JS loop`);
	}
}
