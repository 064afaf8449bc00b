// Values from summary rows (answer counts per item, moments of respondent shares per level) with the same
// rules as `computeSurvey`: what the page needs, combined in TypeScript from a short query's rows instead of
// one long SQL statement, because DuckDB-WASM spends longer planning the long one than running it.
import { respondentInterval, type Moments } from './intervals';
import { type SurveyLayout, type SurveyMethod } from './method';
import { aggregateLevels, fromCounts, type Level } from './stats';

/** Summary rows per unit, as `sql/sipas-sql.ts` reads them. */
export interface UnitCountRow {
	period: number;
	unit_key: string;
	dim_value: string;
	item: string;
	/** c0, c1, …: the counts of each scale point, lowest first (null: none). */
	[count: `c${number}`]: number | null;
}

/** `level` '*': every respondent of the unit, answered or not. */
export interface UnitMomentRow {
	period: number;
	unit_key: string;
	dim_value: string;
	level: string;
	import_id: number;
	n: number;
	sum_y: number;
	sum_y2: number;
}

export interface UnitRow {
	unit_key: string;
	kind: string;
	parent_key: string | null;
	name: string;
}

export interface ImportRow {
	import_id: number;
	is_sample: boolean;
}

/** The ids of the imports that hold sample data. */
export function sampleImports(rows: readonly ImportRow[]): Set<number> {
	return new Set(rows.filter((r) => r.is_sample).map((r) => r.import_id));
}

/** Units go up to their ancestor of `unitKind`; only `unitKeys` (when given) are kept; `pool`: one group '*'. */
export interface Grouping {
	unitKind: string;
	unitKeys?: readonly string[] | null;
	pool?: boolean;
}

export interface SummaryStat {
	period: number;
	group_key: string;
	name: string | null;
	dim_value: string;
	level: Level;
	code: string;
	n: number;
	respondents: number;
	value: number | null;
	low: number | null;
	high: number | null;
	mean_score: number | null;
	dist: (number | null)[];
	is_sample: boolean;
}

interface Group {
	period: number;
	group_key: string;
	dim_value: string;
	is_sample: boolean;
	respondents: number | null;
	counts: Map<string, number[]>;
	moments: Map<string, Moments>;
}

/** The groups a unit counts in: its ancestors (itself included) of the grouping's kind. */
function grouper(units: readonly UnitRow[], g: Grouping): (unit: string) => string[] {
	const byKey = new Map(units.map((u) => [u.unit_key, u]));
	const keep = g.unitKeys ? new Set(g.unitKeys) : null;
	const memo = new Map<string, string[]>();
	return (unit) => {
		let out = memo.get(unit);
		if (out) return out;
		out = [];
		// As the SQL chain: the unit, then up to 8 parents.
		for (let u = byKey.get(unit), depth = 0; u && depth <= 8; u = byKey.get(u.parent_key ?? ''), depth++) {
			if (u.kind === g.unitKind && (!keep || keep.has(u.unit_key))) out.push(g.pool ? '*' : u.unit_key);
			if (u.parent_key == null) break;
		}
		memo.set(unit, out);
		return out;
	};
}

/**
 * Every group's values at `levels` from the summary rows of its units, ordered by period, group, breakdown
 * value, then layout order: the numbers of `computeSurvey` on the group's raw answers.
 */
export function statsFromUnitRows(
	counts: readonly UnitCountRow[],
	moments: readonly UnitMomentRow[],
	units: readonly UnitRow[],
	sampleImports: ReadonlySet<number>,
	grouping: Grouping,
	layout: SurveyLayout,
	method: SurveyMethod,
	levels: readonly Level[] = ['item', 'element', 'part', 'overall']
): SummaryStat[] {
	const points = layout.scale.max - layout.scale.min + 1;
	const groupsOf = grouper(units, grouping);
	const names = new Map(units.map((u) => [u.unit_key, u.name]));
	const groups = new Map<string, Group>();
	const groupOf = (period: number, group_key: string, dim_value: string): Group => {
		const key = `${period}\u0000${group_key}\u0000${dim_value}`;
		let g = groups.get(key);
		if (!g) {
			g = {
				period,
				group_key,
				dim_value,
				is_sample: false,
				respondents: null,
				counts: new Map(),
				moments: new Map()
			};
			groups.set(key, g);
		}
		return g;
	};
	for (const r of moments)
		for (const key of groupsOf(r.unit_key)) {
			const g = groupOf(r.period, key, r.dim_value);
			const m = g.moments.get(r.level) ?? { n: 0, sum: 0, sumSq: 0 };
			m.n += r.n;
			m.sum += r.sum_y;
			m.sumSq += r.sum_y2;
			g.moments.set(r.level, m);
			g.is_sample ||= sampleImports.has(r.import_id);
			if (r.level === '*') g.respondents = m.n;
		}
	for (const r of counts)
		for (const key of groupsOf(r.unit_key)) {
			const g = groupOf(r.period, key, r.dim_value);
			let c = g.counts.get(r.item);
			if (!c) g.counts.set(r.item, (c = new Array<number>(points).fill(0)));
			for (let k = 0; k < points; k++) c[k]! += r[`c${k}`] ?? 0;
		}
	const out: SummaryStat[] = [];
	const ordered = [...groups.values()]
		.filter((g) => g.respondents != null)
		.sort((a, b) =>
			a.period !== b.period
				? a.period - b.period
				: a.group_key !== b.group_key
					? a.group_key < b.group_key
						? -1
						: 1
					: a.dim_value < b.dim_value
						? -1
						: a.dim_value > b.dim_value
							? 1
							: 0
		);
	for (const g of ordered) {
		const head = {
			period: g.period,
			group_key: g.group_key,
			name: g.group_key === '*' ? null : (names.get(g.group_key) ?? null),
			dim_value: g.dim_value,
			respondents: g.respondents!,
			is_sample: g.is_sample
		};
		const items = layout.items.map((i) => {
			const counts = g.counts.get(i.code) ?? new Array<number>(points).fill(0);
			const n = counts.reduce((s, c) => s + c, 0);
			return fromCounts(i.code, n, n, counts, method, layout.scale);
		});
		if (levels.includes('item'))
			for (const i of items)
				out.push({
					...head,
					level: 'item',
					code: i.code,
					n: i.n,
					value: i.value,
					low: i.interval?.low ?? null,
					high: i.interval?.high ?? null,
					mean_score: i.meanScore,
					dist: i.dist
				});
		for (const l of aggregateLevels(items, layout, method)) {
			if (!levels.includes(l.level)) continue;
			const m = g.moments.get(l.code) ?? { n: 0, sum: 0, sumSq: 0 };
			const interval = respondentInterval(l.value, m);
			out.push({
				...head,
				level: l.level,
				code: l.code,
				n: m.n,
				value: l.value,
				low: interval?.low ?? null,
				high: interval?.high ?? null,
				mean_score: l.meanScore,
				dist: l.dist
			});
		}
	}
	return out;
}
