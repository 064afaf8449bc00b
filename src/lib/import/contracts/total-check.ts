import { formatScore } from '$lib/format';
import {
	agreesWithPublished,
	getIndex,
	pointsOverMax,
	totalForVersion,
	versionForYear,
	type IndexCode,
	type MaybeNumber,
	type MethodVersion
} from '$lib/indices';

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
 */

export interface TotalValues {
	/** The total as given in the file. */
	total: number;
	/** Component values by catalog code. */
	components: Readonly<Record<string, MaybeNumber>>;
	/** PAR: points reached and the maximum that applies to the unit. */
	points?: number | null;
	maxPoints?: number | null;
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

/** Whether `computed` agrees with the given total, allowing the rounding of every input as written. */
function agrees(computed: number, given: number, inputs: readonly { value: number; weight: number }[]) {
	const decimals = decimalsOf(given);
	const units = inputs.reduce(
		(sum, { value, weight }) => sum + Math.abs(weight) * 0.5 * 10 ** (decimals - decimalsOf(value)),
		0
	);
	return agreesWithPublished(computed, given, decimals, units);
}

/** Indices whose components' weights are each province's own (DDCI): their totals are not recomputed. */
const OWN_WEIGHTS: readonly IndexCode[] = ['DDCI'];

const HOW: Partial<Record<MethodVersion['aggregation'], string>> = {
	sum: 'tổng các thành phần',
	weighted_sum: 'tổng có trọng số của các thành phần',
	max_points_sum: 'tổng điểm các lĩnh vực ÷ điểm tối đa × 100'
};

/** The total from the components under `version`, and each component's weight in it; null when not computable. */
function fromComponents(version: MethodVersion, values: TotalValues) {
	const options = { maxPoints: values.maxPoints ?? undefined };
	const base = totalForVersion(version.id, values.components, options);
	if (!base.ok || base.total === null) return null;
	const computed = base.total;
	// The functions are linear in each component: moving one by 1 moves the total by its weight.
	const inputs = Object.entries(values.components).flatMap(([code, value]) => {
		if (typeof value !== 'number') return [];
		const moved = totalForVersion(version.id, { ...values.components, [code]: value + 1 }, options);
		const weight = moved.ok && moved.total !== null ? moved.total - computed : 0;
		return weight === 0 ? [] : [{ value, weight }];
	});
	return { computed, inputs };
}

/**
 * Every way the given total disagrees with what its row says (components; PAR points ÷ maximum), or an
 * empty list. Nothing is checked for a year no version covers, nor for an index whose total the catalog
 * cannot recompute (SIPAS from responses, DTI 2020 and 2025, ICT, PCI 2009–2012, DDCI).
 */
export function totalMismatches(index: IndexCode, year: number, values: TotalValues): TotalMismatch[] {
	const version = versionForYear(index, year);
	if (!version || OWN_WEIGHTS.includes(index)) return [];
	const given = values.total;
	const found: TotalMismatch[] = [];
	const decimals = Math.max(getIndex(index).decimals, decimalsOf(given));
	const parts = fromComponents(version, values);
	if (parts && !agrees(parts.computed, given, parts.inputs)) {
		found.push({ computed: parts.computed, given, how: HOW[version.aggregation] ?? '', decimals });
	}
	const { points, maxPoints } = values;
	if (
		version.aggregation === 'max_points_sum' &&
		typeof points === 'number' &&
		typeof maxPoints === 'number'
	) {
		const computed = pointsOverMax(points, maxPoints);
		if (computed !== null && !agrees(computed, given, [{ value: points, weight: 100 / maxPoints }])) {
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
