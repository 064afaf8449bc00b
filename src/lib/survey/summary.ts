// Values from summary rows (answer counts per item, moments of respondent shares per level) with the same
// rules as `computeSurvey`: what the page needs, combined in TypeScript from a short query's rows instead of
// one long SQL statement, because DuckDB-WASM spends longer planning the long one than running it.
import {
	asWeighted,
	respondentInterval,
	weightedRespondentInterval,
	type Moments,
	type WeightedMoments
} from './intervals';
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
	/** wc0, wc1, …: Σ respondent weights of each scale point (a respondent without a weight counts 1). */
	[weighted: `wc${number}`]: number | null | undefined;
	/** Σw² over the item's answers; the Kish effective n is (Σw)² / Σw². */
	wsq?: number | null;
	/** Some answer of the row had a respondent weight. */
	weighted?: boolean | null;
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
	/** Σw, Σwy, Σw², Σw²y, Σw²y² of the respondents with a share; null when none had a weight. */
	sum_w?: number | null;
	sum_wy?: number | null;
	sum_w2?: number | null;
	sum_w2y?: number | null;
	sum_w2y2?: number | null;
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
	counts: Map<string, ItemSums>;
	moments: Map<string, Moments>;
	/** The same moments with weights (w = 1 for respondents without one). */
	weightedMoments: Map<string, WeightedMoments>;
	/** A respondent of the group had a weight: then every value is weighted, as in `computeSurvey`. */
	weighted: boolean;
}

/** One item's sums in a group: counts and Σw per scale point, Σw². */
interface ItemSums {
	counts: number[];
	weights: number[];
	wsq: number;
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
				moments: new Map(),
				weightedMoments: new Map(),
				weighted: false
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
			const wm = g.weightedMoments.get(r.level) ?? asWeighted({ n: 0, sum: 0, sumSq: 0 });
			const rw =
				r.sum_w == null
					? asWeighted({ n: r.n, sum: r.sum_y, sumSq: r.sum_y2 })
					: { n: r.n, sw: r.sum_w, swy: r.sum_wy!, sw2: r.sum_w2!, sw2y: r.sum_w2y!, sw2y2: r.sum_w2y2! };
			wm.n += rw.n;
			wm.sw += rw.sw;
			wm.swy += rw.swy;
			wm.sw2 += rw.sw2;
			wm.sw2y += rw.sw2y;
			wm.sw2y2 += rw.sw2y2;
			g.weightedMoments.set(r.level, wm);
			g.weighted ||= r.sum_w != null;
			g.is_sample ||= sampleImports.has(r.import_id);
			if (r.level === '*') g.respondents = m.n;
		}
	for (const r of counts)
		for (const key of groupsOf(r.unit_key)) {
			const g = groupOf(r.period, key, r.dim_value);
			let c = g.counts.get(r.item);
			if (!c) {
				c = { counts: new Array<number>(points).fill(0), weights: new Array<number>(points).fill(0), wsq: 0 };
				g.counts.set(r.item, c);
			}
			let n = 0;
			for (let k = 0; k < points; k++) {
				const ck = r[`c${k}`] ?? 0;
				n += ck;
				c.counts[k]! += ck;
				// Without weights Σw is the count (w = 1).
				c.weights[k]! += r.weighted ? (r[`wc${k}`] ?? 0) : ck;
			}
			c.wsq += r.weighted ? (r.wsq ?? 0) : n;
			g.weighted ||= r.weighted === true;
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
			const sums = g.counts.get(i.code);
			const counts = sums?.counts ?? new Array<number>(points).fill(0);
			const n = counts.reduce((s, c) => s + c, 0);
			if (!g.weighted || !sums) return fromCounts(i.code, n, n, counts, method, layout.scale);
			// Weighted: shares of Σw, and the Kish effective n (Σw)² / Σw² for the Wilson interval.
			const total = sums.weights.reduce((s, w) => s + w, 0);
			const nEff = total > 0 ? (total * total) / sums.wsq : 0;
			return fromCounts(i.code, n, nEff, sums.weights, method, layout.scale);
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
			const wm = g.weightedMoments.get(l.code);
			const interval =
				g.weighted && wm ? weightedRespondentInterval(l.value, wm) : respondentInterval(l.value, m);
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
