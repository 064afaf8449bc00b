import { formatScore } from '$lib/format';
import {
	agreesWithPublished,
	getIndex,
	pointsOverMax,
	totalForVersion,
	type IndexCode,
	type MaybeNumber,
	type MethodVersion
} from '$lib/indices';
import { isConfigured, versionIn, type ScoreMethods } from './score-methods';

/*
 * A total checked against its components, where the catalog can recompute it (`totalForVersion`: PAPI sum,
 * PCI and DTI weighted sums, PAR lĩnh vực points ÷ maximum) and against a PAR row's own points ÷ maximum
 * points × 100. A disagreement beyond the publisher's rounding is a data-quality warning: the row is loaded.
 *
 * The rounding allowed is what the file's own numbers imply: each value as written carries up to half a unit
 * of its last decimal, and that error moves the total by the value's weight in it (PAPI 1, PCI's
 * transparency 2, a PAR lĩnh vực 100 ÷ the maximum). So six PAPI dimensions written "1" may sum to a total
 * 3 away, and a DTI total written to 4 decimals from main indices to 4 decimals may be 1 unit off (DTI 2022
 * TP.HCM: computed 0.716355, published 0.7163; see indices/totals.ts).
 *
 * DDCI is checked only against a province's own configuration (score-methods.ts), never against the catalog's
 * equal weights, which are nobody's. Its values count the decimals as written ("8,0" has one), because a
 * province's table written "7,0; 9,0; 8,0" is a claim to a tenth; the other indices read a value's decimals
 * from the number, as before (85,30 counts as 85,3), so their checks are unchanged.
 */

export interface TotalValues {
	/** The total as given in the file. */
	total: number;
	/** Component values by catalog code. */
	components: Readonly<Record<string, MaybeNumber>>;
	/** PAR: points reached and the maximum that applies to the unit. */
	points?: number | null;
	maxPoints?: number | null;
	/** The cells as written, for their decimals: the total, and components by code. */
	written?: { total?: string; components?: Readonly<Record<string, string>> };
}

export interface TotalMismatch {
	computed: number;
	given: number;
	/** How the total was computed, in Vietnamese: "tổng 6 thành phần", "điểm 50 ÷ điểm tối đa 100 × 100". */
	how: string;
	decimals: number;
}

/** Decimals of a number as JavaScript writes it back (85.30 → 1: trailing zeros read as less precise). */
export function decimalsOf(value: number): number {
	const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(value));
	if (!m) return 0;
	return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/**
 * Decimals of a cell as written: "8,0" → 1, "85,30" → 2, "1.234" (thousands) → 0. The last mark is the
 * decimal one when reading it so gives `value`; otherwise (no mark, a grouping mark) the number's own.
 */
export function writtenDecimals(text: string | undefined, value: number): number {
	const kept = (text ?? '').replace(/[^\d.,]/g, '');
	const mark = Math.max(kept.lastIndexOf(','), kept.lastIndexOf('.'));
	if (mark < 0) return decimalsOf(value);
	const places = kept.length - mark - 1;
	const read = Number(kept.replace(/[.,]/g, '')) / 10 ** places;
	return Math.abs(read - Math.abs(value)) <= 1e-9 * Math.max(1, Math.abs(value)) ? places : decimalsOf(value);
}

interface Input {
	value: number;
	weight: number;
	decimals: number;
}

/** Whether `computed` agrees with the given total, allowing the rounding of every input as written. */
function agrees(computed: number, given: number, givenDecimals: number, inputs: readonly Input[]) {
	const units = inputs.reduce(
		(sum, { weight, decimals }) => sum + Math.abs(weight) * 0.5 * 10 ** (givenDecimals - decimals),
		0
	);
	return agreesWithPublished(computed, given, givenDecimals, units);
}

/** Indices whose components' weights are each province's own (DDCI): recomputed only with a configuration. */
const OWN_WEIGHTS: readonly IndexCode[] = ['DDCI'];

const HOW: Partial<Record<MethodVersion['aggregation'], string>> = {
	sum: 'tổng các thành phần',
	weighted_sum: 'tổng có trọng số của các thành phần',
	max_points_sum: 'tổng điểm các lĩnh vực ÷ điểm tối đa × 100'
};

/**
 * The total from the components under `version`, and each component's weight in it and decimals (as written
 * when `written` is given); null when not computable.
 */
function fromComponents(version: MethodVersion, values: TotalValues, written: TotalValues['written']) {
	const options = { maxPoints: values.maxPoints ?? undefined };
	const base = totalForVersion(version, values.components, options);
	if (!base.ok || base.total === null) return null;
	const computed = base.total;
	// The functions are linear in each component: moving one by 1 moves the total by its weight.
	const inputs = Object.entries(values.components).flatMap(([code, value]): Input[] => {
		if (typeof value !== 'number') return [];
		const moved = totalForVersion(version, { ...values.components, [code]: value + 1 }, options);
		const weight = moved.ok && moved.total !== null ? moved.total - computed : 0;
		const decimals = written ? writtenDecimals(written.components?.[code], value) : decimalsOf(value);
		return weight === 0 ? [] : [{ value, weight, decimals }];
	});
	return { computed, inputs };
}

/**
 * Every way the given total disagrees with what its row says (components; PAR points ÷ maximum), or an
 * empty list. Nothing is checked for a year no version covers, nor for an index whose total the catalog
 * cannot recompute (SIPAS from responses, DTI 2020 and 2025, ICT, PCI 2009–2012, DDCI without the province's
 * configuration).
 */
export function totalMismatches(
	index: IndexCode,
	year: number,
	values: TotalValues,
	methods: ScoreMethods = {}
): TotalMismatch[] {
	const own = isConfigured(index, methods);
	const version = versionIn(index, year, methods);
	if (!version || (OWN_WEIGHTS.includes(index) && !own)) return [];
	const given = values.total;
	// Decimals as written for a province's own configuration only (see above).
	const written = own ? (values.written ?? {}) : undefined;
	const givenDecimals = written ? writtenDecimals(written.total, given) : decimalsOf(given);
	const found: TotalMismatch[] = [];
	const decimals = Math.max(getIndex(index).decimals, givenDecimals);
	const parts = fromComponents(version, values, written);
	if (parts && !agrees(parts.computed, given, givenDecimals, parts.inputs)) {
		found.push({ computed: parts.computed, given, how: HOW[version.aggregation] ?? '', decimals });
	}
	const { points, maxPoints } = values;
	if (
		version.aggregation === 'max_points_sum' &&
		typeof points === 'number' &&
		typeof maxPoints === 'number'
	) {
		const computed = pointsOverMax(points, maxPoints);
		const input = { value: points, weight: 100 / maxPoints, decimals: decimalsOf(points) };
		if (computed !== null && !agrees(computed, given, givenDecimals, [input])) {
			const how = `điểm ${formatScore(points, decimalsOf(points))} ÷ điểm tối đa ${formatScore(maxPoints, decimalsOf(maxPoints))} × 100`;
			found.push({ computed, given, how, decimals });
		}
	}
	return found;
}

/** The warning's detail: unit and year, the computed and the given value, in Vietnamese. */
export function describeMismatch(unit: string, year: number, m: TotalMismatch): string {
	const f = (v: number) => formatScore(v, m.decimals);
	return `${unit}, năm ${year}: tính từ ${m.how} được ${f(m.computed)}; tệp ghi ${f(m.given)}.`;
}
