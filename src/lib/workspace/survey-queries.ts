import type { Database } from '$lib/db';
import {
	sipasCountRowsSql,
	sipasImportRowsSql,
	sipasMomentRowsSql,
	sipasUnitRowsSql,
	type SipasStatRow,
	type SipasStatsArgs
} from '$lib/sql/sipas-sql';
import {
	SIPAS_DIMS,
	sipasRefreshPlanSql,
	type SipasRefreshPlan,
	sipasSummaryRefreshSql,
	sipasSummaryTablesSql,
	sipasSummaryWorkSql,
	type SipasDim
} from '$lib/sql/sipas-summary-sql';
import { literal } from '$lib/sql/quote';
import {
	compareCalendarValues,
	isCalendarDim,
	methodKey,
	rankUnits,
	SIPAS_1001_LAYOUT,
	sampleImports,
	statsFromUnitRows,
	type ImportRow,
	type RankInput,
	type Ranked,
	type SurveyLayout,
	type SurveyMethod,
	type UnitCountRow,
	type UnitMomentRow,
	type UnitRow
} from '$lib/survey';
import { layoutOf, type Questionnaire } from '$lib/survey/questionnaire';
import { openWorkspace } from './open';
import { questionnaireById, questionnaireIdsOfImports } from './questionnaires';

/*
 * The survey page's questions. The summary is brought up to date first (built once per new import, cleaned of
 * removed ones, in one transaction); when it is current that costs one small query, so a filter change reads
 * only the summary.
 */

let building: Promise<void> = Promise.resolve();
const tablesReady = new WeakSet<Database>();
/** Options per import and method; emptied whenever the summary changes. */
const optionsCache = new Map<string, SurveyOptions>();

/**
 * Builds the summary for new survey imports under `method` and drops that of removed ones, each import with
 * the layout of the questionnaire it follows. Serialised.
 */
export function ensureSipasSummary(db: Database, method: SurveyMethod): Promise<void> {
	const key = methodKey(method);
	building = building
		.catch(() => undefined)
		.then(async () => {
			if (!tablesReady.has(db)) {
				for (const sql of sipasSummaryTablesSql()) await db.exec(sql);
				tablesReady.add(db);
			}
			const [status] = await db.query<{ work: number }>(sipasSummaryWorkSql(key));
			if (!status || status.work === 0) return;
			const ids = new Set((await questionnaireIdsOfImports(db)).values());
			const questionnaires = await Promise.all([...ids].map((id) => questionnaireById(db, id)));
			await db.transaction(async (tx) => {
				for (const q of questionnaires) {
					if (!q) continue; // saved with its import, so never missing unless the device lost it
					const [plan] = await tx.query<SipasRefreshPlan>(sipasRefreshPlanSql(key, q.id));
					const sqls = sipasSummaryRefreshSql(layoutOf(q), method, key, q.id, plan);
					for (const sql of sqls) await tx.exec(sql);
				}
			});
			optionsCache.clear();
		});
	return building;
}

export interface SurveyImport {
	import_id: number;
	file_name: string;
	is_sample: boolean;
	rows_loaded: number;
}

export async function surveyImportsIn(db: Database): Promise<SurveyImport[]> {
	return db.query<SurveyImport>(
		`SELECT import_id, file_name, is_sample, rows_loaded FROM imports WHERE kind = 'survey' ORDER BY import_id DESC`
	);
}

export interface SurveyOptions {
	periods: number[];
	/** Unit kinds that the data's units or their ancestors have. */
	kinds: string[];
	/** Breakdowns with at least two values in some year of the data, in `SIPAS_DIMS` order. */
	dims: SipasDim[];
	/**
	 * Per year, the breakdowns with at least two values that year: quarter and month only where that year's
	 * responses have their day.
	 */
	dimsByPeriod: Record<number, SipasDim[]>;
}

/** What the data of `importId` can be cut by (from the summary, so it is quick). */
export async function surveyOptionsIn(
	db: Database,
	importId: number,
	method: SurveyMethod
): Promise<SurveyOptions> {
	const scope = `import_id = ${literal(importId)} AND method_key = ${literal(methodKey(method))} AND level = '*'`;
	const periods = await db.query<{ period: number }>(
		`SELECT DISTINCT period FROM sipas_respondent_moments WHERE ${scope} AND dim = 'all' ORDER BY period`
	);
	const kinds = await db.query<{ kind: string }>(
		`WITH RECURSIVE chain(k, depth) AS (
			SELECT DISTINCT unit_key, 0 FROM sipas_respondent_moments WHERE ${scope} AND dim = 'all'
			UNION SELECT u.parent_key, depth + 1 FROM chain JOIN units u ON u.unit_key = chain.k
			WHERE u.parent_key IS NOT NULL AND depth < 8
		) SELECT DISTINCT u.kind FROM chain JOIN units u ON u.unit_key = chain.k`
	);
	const dims = await db.query<{ period: number; dim: SipasDim }>(
		`SELECT period, dim FROM sipas_respondent_moments WHERE ${scope} AND dim <> 'all' AND dim_value <> ''
		GROUP BY period, dim HAVING count(DISTINCT dim_value) >= 2`
	);
	const ordered = (ds: SipasDim[]) => SIPAS_DIMS.filter((d) => ds.includes(d));
	const dimsByPeriod: Record<number, SipasDim[]> = {};
	for (const { period } of periods)
		dimsByPeriod[period] = ordered(dims.filter((d) => d.period === period).map((d) => d.dim));
	return {
		periods: periods.map((p) => p.period),
		kinds: kinds.map((k) => k.kind),
		dims: ordered(dims.map((d) => d.dim)),
		dimsByPeriod
	};
}

export type StatsQuery = Omit<SipasStatsArgs, 'layout' | 'method' | 'methodKey'>;

/** The summary rows of one scope, per unit, before any grouping. */
interface UnitRows {
	counts: UnitCountRow[];
	moments: UnitMomentRow[];
	units: UnitRow[];
	samples: Set<number>;
}

// Four short statements, rolled up and combined in TypeScript: DuckDB-WASM took longer to plan the one long
// statement (sipasStatsSql) than to run it. The two paths agree to 1e-9 (sipas-sql.test.ts).
async function unitRowsIn(
	db: Database,
	method: SurveyMethod,
	query: StatsQuery,
	layout: SurveyLayout
): Promise<UnitRows> {
	const args = { ...query, methodKey: methodKey(method) };
	return {
		counts: await db.query<UnitCountRow>(sipasCountRowsSql(args, layout.scale)),
		moments: await db.query<UnitMomentRow>(sipasMomentRowsSql(args)),
		units: await db.query<UnitRow>(sipasUnitRowsSql()),
		samples: sampleImports(await db.query<ImportRow>(sipasImportRowsSql()))
	};
}

function statsOf(rows: UnitRows, method: SurveyMethod, query: StatsQuery, layout: SurveyLayout) {
	const { counts, moments, units, samples } = rows;
	return statsFromUnitRows(counts, moments, units, samples, query, layout, method, query.levels);
}

export async function sipasStatsIn(
	db: Database,
	method: SurveyMethod,
	query: StatsQuery,
	layout: SurveyLayout = SIPAS_1001_LAYOUT
): Promise<SipasStatRow[]> {
	return statsOf(await unitRowsIn(db, method, query, layout), method, query, layout);
}

/** The workspace database with the summary current under `method`. */
export async function surveyDatabase(method: SurveyMethod): Promise<Database> {
	const db = await openWorkspace();
	await ensureSipasSummary(db, method);
	return db;
}

/** How the page cuts the values besides the unit: nothing, the year, or one of the summary's breakdowns. */
export type SurveyBreakdown = 'none' | 'year' | Exclude<SipasDim, 'all'>;

export interface SurveyFilters {
	importId: number | null;
	year: number | null;
	kind: string;
	units: readonly string[];
	by: SurveyBreakdown;
}

export interface SurveyPageData {
	imports: SurveyImport[];
	importId: number | null;
	/** The questionnaire the chosen import follows: its items' and elements' names. */
	questionnaire: Questionnaire | null;
	isSample: boolean;
	options: SurveyOptions;
	year: number | null;
	kind: string;
	ranking: Ranked<RankedUnit>[];
	/** Units shown in the element table: the selected ones, else the first three of the ranking. */
	focus: { key: string; name: string }[];
	elements: SipasStatRow[];
	/** Items of the selected units pooled (all units of the kind when none is selected). */
	items: SipasStatRow[];
	/** The breakdowns the chosen year offers (`SurveyOptions.dimsByPeriod`). */
	dims: SipasDim[];
	/** The breakdown shown: the one asked for, or 'none' when the chosen year does not offer it. */
	by: SurveyBreakdown;
	/** Overall values of the pooled units by `by`; quarters and months in calendar order, no date last. */
	breakdown: SipasStatRow[];
}

export interface RankedUnit extends RankInput {
	name: string;
	respondents: number;
}

const EMPTY_OPTIONS: SurveyOptions = { periods: [], kinds: [], dims: [], dimsByPeriod: {} };

/** Everything the survey page shows for `filters`, from the summary (built first if needed). */
export async function surveyPageData(filters: SurveyFilters, method: SurveyMethod): Promise<SurveyPageData> {
	return surveyPageDataIn(await surveyDatabase(method), filters, method);
}

/** `surveyPageData` on a given database whose summary is current (tests use a Node one). */
export async function surveyPageDataIn(
	db: Database,
	filters: SurveyFilters,
	pageMethod: SurveyMethod
): Promise<SurveyPageData> {
	const imports = await surveyImportsIn(db);
	const chosen = imports.find((i) => i.import_id === filters.importId) ?? imports[0];
	const empty = {
		imports,
		importId: null,
		questionnaire: null,
		isSample: false,
		options: EMPTY_OPTIONS,
		year: null,
		kind: filters.kind
	};
	if (!chosen)
		return { ...empty, ranking: [], focus: [], elements: [], items: [], dims: [], by: 'none', breakdown: [] };
	const questionnaireId = (await questionnaireIdsOfImports(db)).get(chosen.import_id);
	const questionnaire = questionnaireId ? await questionnaireById(db, questionnaireId) : null;
	const layout = questionnaire ? layoutOf(questionnaire) : SIPAS_1001_LAYOUT;
	// Which answers count as satisfied is the questionnaire's (≥ 3 of 1–4, say), whatever the page's default.
	const method =
		questionnaire && questionnaire.satisfiedThreshold !== pageMethod.satisfiedThreshold
			? { ...pageMethod, satisfiedThreshold: questionnaire.satisfiedThreshold }
			: pageMethod;
	if (method !== pageMethod) await ensureSipasSummary(db, method);
	const cacheKey = `${chosen.import_id}|${methodKey(method)}`;
	const options = optionsCache.get(cacheKey) ?? (await surveyOptionsIn(db, chosen.import_id, method));
	optionsCache.set(cacheKey, options);
	const year =
		filters.year != null && options.periods.includes(filters.year)
			? filters.year
			: (options.periods.at(-1) ?? null);
	const base: StatsQuery = {
		importIds: [chosen.import_id],
		unitKind: filters.kind,
		periods: year == null ? [] : [year]
	};
	// The year's rows are read once: the ranking, the focus units' elements and the pooled items all come from them.
	const yearRows = await unitRowsIn(db, method, base, layout);
	const levels = statsOf(yearRows, method, { ...base, levels: ['element', 'part', 'overall'] }, layout);
	const overall = levels.filter((r) => r.level === 'overall');
	const ranking = rankUnits(
		overall.map((r) => ({
			key: r.group_key,
			name: r.name ?? r.group_key,
			value: r.value,
			n: r.n,
			respondents: r.respondents,
			interval: r.low != null && r.high != null ? { low: r.low, high: r.high } : null
		})),
		method.minN
	);
	const known = new Set(ranking.map((r) => r.row.key));
	const selected = filters.units.filter((u) => known.has(u));
	const focus = (selected.length > 0 ? selected : ranking.slice(0, 3).map((r) => r.row.key)).map((key) => ({
		key,
		name: ranking.find((r) => r.row.key === key)?.row.name ?? key
	}));
	const pooled: StatsQuery = { ...base, unitKeys: selected.length > 0 ? selected : null, pool: true };
	const inFocus = new Set(focus.map((f) => f.key));
	const elements = levels.filter((r) => inFocus.has(r.group_key));
	const items = statsOf(yearRows, method, { ...pooled, levels: ['item'] }, layout);
	const dims = year == null ? [] : (options.dimsByPeriod[year] ?? []);
	const by: SurveyBreakdown =
		filters.by === 'none' || filters.by === 'year' || dims.includes(filters.by) ? filters.by : 'none';
	const breakdown =
		by === 'none'
			? []
			: await sipasStatsIn(
					db,
					method,
					by === 'year'
						? { ...pooled, periods: null, levels: ['overall'] }
						: { ...pooled, dim: by, levels: ['overall'] },
					layout
				);
	// Rows come in text order, which for '01'–'12' is the calendar's; the responses without a date go last.
	if (isCalendarDim(by)) breakdown.sort((a, b) => compareCalendarValues(a.dim_value, b.dim_value));
	return {
		imports,
		importId: chosen.import_id,
		questionnaire,
		isSample: chosen.is_sample,
		options,
		year,
		kind: filters.kind,
		ranking,
		focus,
		elements,
		items,
		dims,
		by,
		breakdown
	};
}
