// Item statistics and the rules that combine them into elements, parts and the overall value. Pure; shares
// are in percent (0–100) like every published SIPAS figure. A level with no valid answer is null, never 0.
import { wilson, type Interval } from './intervals';
import { elementWeight, partsOf, type SurveyLayout, type SurveyMethod } from './method';

export type Level = 'item' | 'element' | 'part' | 'overall';

/** What an item, element, part or the overall value reports. */
export interface LevelValues {
	/** % satisfied (answers ≥ threshold). */
	value: number | null;
	/** Mean answer on the scale (1–5). */
	meanScore: number | null;
	/** % of answers at each scale point, lowest first (1–5: 5 shares). */
	dist: (number | null)[];
}

export interface ItemStat extends LevelValues {
	code: string;
	/** Valid answers (blanks left out). */
	n: number;
	/** Kish effective n, (Σw)² / Σw²; equals n without respondent weights. */
	nEff: number;
	/** Σ weights of valid answers and of satisfied answers (counts without weights). */
	total: number;
	satisfied: number;
	/** Σ weights per scale point, lowest first. */
	counts: number[];
	interval: Interval | null;
}

/**
 * One item from its answers (null = blank). `weights`: one per answer, or none for 1 each.
 * Example: [5,4,3,2,1,4,4,5,3,4] at threshold 4 → 60 %.
 */
export function itemStat(
	code: string,
	answers: readonly (number | null)[],
	method: SurveyMethod,
	scale: SurveyLayout['scale'],
	weights?: readonly number[]
): ItemStat {
	const points = scale.max - scale.min + 1;
	const counts = new Array<number>(points).fill(0);
	let n = 0;
	let total = 0;
	let totalSq = 0;
	answers.forEach((a, i) => {
		if (a == null) return;
		const w = weights ? weights[i]! : 1;
		n += 1;
		total += w;
		totalSq += w * w;
		counts[a - scale.min]! += w;
	});
	return fromCounts(code, n, total > 0 ? (total * total) / totalSq : 0, counts, method, scale);
}

/** An item from its (weighted) counts per scale point; used by `itemStat` and by summaries. */
export function fromCounts(
	code: string,
	n: number,
	nEff: number,
	counts: readonly number[],
	method: SurveyMethod,
	scale: SurveyLayout['scale']
): ItemStat {
	const total = counts.reduce((s, c) => s + c, 0);
	const satisfied = counts.reduce((s, c, k) => (scale.min + k >= method.satisfiedThreshold ? s + c : s), 0);
	const empty = !(total > 0);
	const scoreSum = counts.reduce((s, c, k) => s + c * (scale.min + k), 0);
	return {
		code,
		n,
		nEff,
		total,
		satisfied,
		counts: [...counts],
		value: empty ? null : (100 * satisfied) / total,
		meanScore: empty ? null : scoreSum / total,
		dist: counts.map((c) => (empty ? null : (100 * c) / total)),
		interval: empty ? null : wilson(satisfied * (nEff / total), nEff)
	};
}

/** Mean of the present values, each with its weight; null when none is present or the weights sum to 0. */
export function weightedMean(values: readonly (number | null)[], weights?: readonly number[]): number | null {
	let sum = 0;
	let wsum = 0;
	values.forEach((v, i) => {
		if (v == null) return;
		const w = weights ? weights[i]! : 1;
		sum += w * v;
		wsum += w;
	});
	return wsum > 0 ? sum / wsum : null;
}

/** Combines levels by the (weighted) mean of each of their values; absent levels leave the denominator. */
export function meanOf(parts: readonly LevelValues[], weights?: readonly number[]): LevelValues {
	const present = parts.filter((p) => p.value != null);
	const w = weights ? parts.map((p, i) => (p.value != null ? weights[i]! : 0)) : undefined;
	const pick = (f: (p: LevelValues) => number | null) => weightedMean(parts.map(f), w);
	const points = parts[0]?.dist.length ?? 0;
	if (present.length === 0) return { value: null, meanScore: null, dist: new Array(points).fill(null) };
	return {
		value: pick((p) => p.value),
		meanScore: pick((p) => p.meanScore),
		dist: Array.from({ length: points }, (_, k) => pick((p) => p.dist[k] ?? null))
	};
}

/** Items pooled: satisfied answers over valid answers of all items taken together. */
export function pooled(
	items: readonly ItemStat[],
	method: SurveyMethod,
	scale: SurveyLayout['scale']
): LevelValues {
	const points = scale.max - scale.min + 1;
	const counts = Array.from({ length: points }, (_, k) => items.reduce((s, i) => s + i.counts[k]!, 0));
	const n = items.reduce((s, i) => s + i.n, 0);
	const { value, meanScore, dist } = fromCounts('', n, n, counts, method, scale);
	return { value, meanScore, dist };
}

export interface LevelResult extends LevelValues {
	level: Level;
	code: string;
}

/**
 * Every element, part and the overall value from the item statistics of one group, by the method's rules.
 * Part and overall follow `elementAggregation` (mean of elements, mean of items, or weighted elements).
 */
export function aggregateLevels(
	items: readonly ItemStat[],
	layout: SurveyLayout,
	method: SurveyMethod
): LevelResult[] {
	const byCode = new Map(items.map((i) => [i.code, i]));
	const itemsOf = (element: string) =>
		layout.items.filter((i) => i.element === element).map((i) => byCode.get(i.code)!);
	const elements = layout.elements.map((e) => {
		const its = itemsOf(e.code);
		const v = method.itemAggregation === 'pooled' ? pooled(its, method, layout.scale) : meanOf(its);
		return { level: 'element' as const, code: e.code, part: e.part, ...v };
	});
	const combine = (els: typeof elements): LevelValues => {
		if (method.elementAggregation === 'mean_of_items') return meanOf(els.flatMap((e) => itemsOf(e.code)));
		return meanOf(
			els,
			els.map((e) => elementWeight(method, e.code))
		);
	};
	const parts = partsOf(layout).map((p) => ({
		level: 'part' as const,
		code: p,
		...combine(elements.filter((e) => e.part === p))
	}));
	return [
		...elements.map(({ part: _part, ...e }) => e),
		...parts,
		{ level: 'overall', code: 'overall', ...combine(elements) }
	];
}
