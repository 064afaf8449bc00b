// 95 % intervals. Items: Wilson score interval on the share (good near 0 % and 100 %, where the plain normal
// interval leaves [0, 100]). Elements, parts, overall: t interval of the mean of per-respondent shares — see
// README "Intervals" for why respondent level and not items treated as independent.

/** Standard normal 97.5 % quantile. */
export const Z975 = 1.959963984540054;

/** Student t 97.5 % quantiles for 1–30 degrees of freedom (scipy.stats.t.ppf(0.975, df), 12 decimals). */
export const T975_TABLE: readonly number[] = [
	12.706204736175, 4.302652729749, 3.182446305284, 2.776445105198, 2.570581835636, 2.446911851145,
	2.364624251593, 2.306004135204, 2.262157162798, 2.228138851986, 2.200985160092, 2.178812829667,
	2.160368656463, 2.144786687918, 2.13144954556, 2.119905299221, 2.109815577833, 2.100922040241,
	2.093024054408, 2.085963447266, 2.079613844728, 2.073873067904, 2.068657610419, 2.063898561628,
	2.059538552753, 2.055529438643, 2.05183051648, 2.048407141795, 2.045229642133, 2.042272456301
];

/**
 * t 97.5 % quantile: the table up to 30 df, then the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5,
 * four terms), within 3·10⁻⁸ of the exact value from 31 df on. The SQL builder uses the same two steps.
 */
export function t975(df: number): number | null {
	if (!(df >= 1)) return null;
	const d = Math.floor(df);
	if (d <= 30) return T975_TABLE[d - 1]!;
	const x = Z975;
	const g1 = (x ** 3 + x) / 4;
	const g2 = (5 * x ** 5 + 16 * x ** 3 + 3 * x) / 96;
	const g3 = (3 * x ** 7 + 19 * x ** 5 + 17 * x ** 3 - 15 * x) / 384;
	const g4 = (79 * x ** 9 + 776 * x ** 7 + 1482 * x ** 5 - 1920 * x ** 3 - 945 * x) / 92160;
	return x + g1 / d + g2 / d ** 2 + g3 / d ** 3 + g4 / d ** 4;
}

export interface Interval {
	low: number;
	high: number;
}

/**
 * Wilson 95 % interval of `satisfied` out of `n`, in percent. `n` may be a Kish effective n (not an
 * integer) when respondents are weighted. No answers → null.
 */
export function wilson(satisfied: number, n: number, z = Z975): Interval | null {
	if (!(n > 0)) return null;
	const p = satisfied / n;
	const z2 = z * z;
	const den = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / den;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
	return { low: 100 * Math.max(0, centre - half), high: 100 * Math.min(1, centre + half) };
}

/** Moments of per-respondent shares (0–1): count, Σy, Σy². They add up across units and imports. */
export interface Moments {
	n: number;
	sum: number;
	sumSq: number;
}

/** Standard error (in percent) of the mean of per-respondent shares; null under 2 respondents. */
export function momentsSe(m: Moments): number | null {
	if (m.n < 2) return null;
	const variance = Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
	return 100 * Math.sqrt(variance / m.n);
}

/**
 * 95 % t interval around `value` (percent) with the respondent-level standard error, clipped to [0, 100].
 * `value` is the method's estimate; it equals the mean of respondent shares when nobody skipped an item.
 */
export function respondentInterval(value: number | null, m: Moments): Interval | null {
	const se = momentsSe(m);
	const t = t975(m.n - 1);
	if (value == null || se == null || t == null) return null;
	return { low: Math.max(0, value - t * se), high: Math.min(100, value + t * se) };
}

/**
 * Moments of per-respondent shares with respondent weights w: count, Σw, Σwy, Σw², Σw²y, Σw²y². They add up
 * across units and imports like `Moments` (an unweighted respondent has w = 1).
 */
export interface WeightedMoments {
	n: number;
	sw: number;
	swy: number;
	sw2: number;
	sw2y: number;
	sw2y2: number;
}

/** The weighted moments of unweighted `Moments` (every w = 1). */
export function asWeighted(m: Moments): WeightedMoments {
	return { n: m.n, sw: m.n, swy: m.sum, sw2: m.n, sw2y: m.sum, sw2y2: m.sumSq };
}

/**
 * `respondentInterval` with respondent weights: the linearised variance of the weighted mean ȳ = Σwy / Σw,
 * n/(n − 1) · Σw²(y − ȳ)² / (Σw)², expanded into the moments; t at n − 1 degrees of freedom. The same
 * numbers as `sharesInterval` with weights, from sums that add up across units.
 */
export function weightedRespondentInterval(value: number | null, m: WeightedMoments): Interval | null {
	const t = t975(m.n - 1);
	if (value == null || t == null || !(m.sw > 0)) return null;
	const mean = m.swy / m.sw;
	const ss = Math.max(0, m.sw2y2 - 2 * mean * m.sw2y + mean * mean * m.sw2);
	const se = 100 * Math.sqrt(((m.n / (m.n - 1)) * ss) / (m.sw * m.sw));
	return { low: Math.max(0, value - t * se), high: Math.min(100, value + t * se) };
}

/** Two intervals overlap: the difference between their units is not statistically significant. */
export function intervalsOverlap(a: Interval | null, b: Interval | null): boolean {
	if (!a || !b) return true;
	return a.low <= b.high && b.low <= a.high;
}
