// Totals from component values, one function per aggregation kind. Results are unrounded.
//
// Missing values on purpose: a component that is null, undefined, NaN or ±Infinity makes the total null.
// A total is never built from the components that happen to be present, and a gap is never read as 0 —
// a province with a missing sub-index has no total, not a lower one.
import { DTI_922_MAX_POINTS, DTI_922_TOTAL_POINTS, type DtiMainIndexCode } from './dti';

/** A component value as it arrives from a parsed file: empty cells are null or undefined. */
export type MaybeNumber = number | null | undefined;

function isPresent(value: MaybeNumber): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** Unweighted sum (PAPI). Null if any value is missing, and for an empty list (no components, no total). */
export function sumTotal(values: readonly MaybeNumber[]): number | null {
	if (values.length === 0) return null;
	let total = 0;
	for (const value of values) {
		if (!isPresent(value)) return null;
		total += value;
	}
	return total;
}

/**
 * Σ weights[code] × values[code] × scale, over the codes of `weights` (PCI: weights 0.05…0.2, scale 10).
 * A code with weight 0 is tracked, not counted: its value is neither used nor required. Codes in `values`
 * without a weight are ignored (a row may carry its total or other columns). Null if a weighted value is
 * missing or if no code has a non-zero weight.
 */
export function weightedTotal(
	values: Readonly<Record<string, MaybeNumber>>,
	weights: Readonly<Record<string, number>>,
	scale = 1
): number | null {
	let total = 0;
	let counted = 0;
	for (const [code, weight] of Object.entries(weights)) {
		if (weight === 0) continue;
		const value = values[code];
		if (!isPresent(value)) return null;
		total += weight * value;
		counted += 1;
	}
	return counted === 0 ? null : total * scale;
}

/**
 * PAR Index of a unit: points ÷ applicable maximum × 100. The maximum is lower than 100 when some criteria
 * do not apply to the unit (Thanh Hóa 2023, Ban Dân tộc: 68.32 ÷ 84.0 × 100 = 81.33 %). Null if either is
 * missing or the maximum is not positive. Not clamped: points above the maximum give more than 100, which
 * validation should report rather than hide.
 */
export function pointsOverMax(points: MaybeNumber, maxPoints: MaybeNumber): number | null {
	if (!isPresent(points) || !isPresent(maxPoints) || maxPoints <= 0) return null;
	return (points / maxPoints) * 100;
}

/** The eight main indices that count in PDTI (smart city, weight 0, may be absent). */
export type DtiMainIndices = Readonly<Record<Exclude<DtiMainIndexCode, 'DTTM'>, MaybeNumber>> & {
	readonly DTTM?: MaybeNumber;
};

/**
 * PDTI (922/QĐ-BTTTT) from its main indices, each 0–1:
 * [100·(NT + TC + HT + NL + ATTT) + 200·CQS + 150·KTS + 150·XHS] / 1000, where CQS, KTS, XHS are the
 * activity indices (HD_CQS, HD_KTS, HD_XHS here). Null if any counted main index is missing.
 */
export function dtiTotal(mainIndices: DtiMainIndices): number | null {
	let points = 0;
	for (const [code, maxPoints] of Object.entries(DTI_922_MAX_POINTS) as [DtiMainIndexCode, number][]) {
		if (maxPoints === 0) continue;
		const value = mainIndices[code];
		if (!isPresent(value)) return null;
		points += maxPoints * value;
	}
	return points / DTI_922_TOTAL_POINTS;
}

/**
 * True when `computed`, rounded to the `decimals` the publisher prints, is within `toleranceUnits` units of the
 * last place from `published`. With 0 the published value must be the rounding of the computed one; allow 1
 * for the publisher's own rounding of inputs (DTI 2022 TP.HCM: computed 0.716355 → 0.7164, published 0.7163).
 * False when either value is missing.
 */
export function agreesWithPublished(
	computed: MaybeNumber,
	published: MaybeNumber,
	decimals: number,
	toleranceUnits = 0
): boolean {
	if (!isPresent(computed) || !isPresent(published)) return false;
	const unit = 10 ** -decimals;
	// Half a unit is what rounding moves a value; the epsilon absorbs binary noise such as 0.1 + 0.2.
	return Math.abs(computed - published) <= (toleranceUnits + 0.5) * unit + unit * 1e-9;
}
