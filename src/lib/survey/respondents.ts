// Per-respondent shares: each respondent's own satisfied share of an element, a part and overall. Their
// spread across respondents gives the element/part/overall intervals (README "Intervals").
import { t975, type Interval, type Moments } from './intervals';
import { elementWeight, partsOf, type SurveyLayout, type SurveyMethod } from './method';
import { weightedMean } from './stats';

/** One respondent's answers by column (null or absent = blank). */
export type Answers = Readonly<Record<string, number | null | undefined>>;

/**
 * A respondent's shares (0–1) per element, part and `overall`; null where they answered none of its items.
 * Within an element the share is satisfied answers over answered items (for one person, the mean of the
 * item shares and the pooled share are the same number). Parts and overall follow `elementAggregation`.
 */
export function respondentShares(
	answers: Answers,
	layout: SurveyLayout,
	method: SurveyMethod
): Map<string, number | null> {
	const sat = new Map<string, number>();
	const ans = new Map<string, number>();
	for (const item of layout.items) {
		const a = answers[item.column];
		if (a == null) continue;
		ans.set(item.element, (ans.get(item.element) ?? 0) + 1);
		if (a >= method.satisfiedThreshold) sat.set(item.element, (sat.get(item.element) ?? 0) + 1);
	}
	const out = new Map<string, number | null>();
	const shareOf = (codes: readonly string[]): number | null => {
		if (method.elementAggregation === 'mean_of_items') {
			const a = codes.reduce((s, c) => s + (ans.get(c) ?? 0), 0);
			return a > 0 ? codes.reduce((s, c) => s + (sat.get(c) ?? 0), 0) / a : null;
		}
		return weightedMean(
			codes.map((c) => out.get(c) ?? null),
			codes.map((c) => elementWeight(method, c))
		);
	};
	for (const e of layout.elements) {
		const a = ans.get(e.code) ?? 0;
		out.set(e.code, a > 0 ? (sat.get(e.code) ?? 0) / a : null);
	}
	for (const p of partsOf(layout)) {
		out.set(p, shareOf(layout.elements.filter((e) => e.part === p).map((e) => e.code)));
	}
	out.set('overall', shareOf(layout.elements.map((e) => e.code)));
	return out;
}

/** Moments of shares (nulls left out): what the summary stores per unit, period and level. */
export function momentsOf(shares: readonly (number | null)[]): Moments {
	const m: Moments = { n: 0, sum: 0, sumSq: 0 };
	for (const y of shares) {
		if (y == null) continue;
		m.n += 1;
		m.sum += y;
		m.sumSq += y * y;
	}
	return m;
}

/**
 * The respondent-level 95 % interval of `value` (percent) straight from the shares, two-pass, with optional
 * respondent weights (a linearised variance of the weighted mean, df = n − 1). Without weights it equals
 * `respondentInterval(value, momentsOf(shares))`; this is the plain loop the SQL is checked against.
 */
export function sharesInterval(
	value: number | null,
	shares: readonly (number | null)[],
	weights?: readonly number[]
): Interval | null {
	const ys: number[] = [];
	const ws: number[] = [];
	shares.forEach((y, i) => {
		if (y == null) return;
		ys.push(y);
		ws.push(weights ? weights[i]! : 1);
	});
	const n = ys.length;
	const t = t975(n - 1);
	if (value == null || t == null) return null;
	const wsum = ws.reduce((s, w) => s + w, 0);
	const mean = ys.reduce((s, y, i) => s + ws[i]! * y, 0) / wsum;
	const ss = ys.reduce((s, y, i) => s + (ws[i]! * (y - mean)) ** 2, 0);
	const se = 100 * Math.sqrt(((n / (n - 1)) * ss) / (wsum * wsum));
	return { low: Math.max(0, value - t * se), high: Math.min(100, value + t * se) };
}
