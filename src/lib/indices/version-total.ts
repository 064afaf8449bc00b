// The total of one unit under one method version, from its component values, when the catalog knows how.
import { getVersion } from './catalog';
import { pointsOverMax, sumTotal, weightedTotal, type MaybeNumber } from './totals';
import type { ComponentDef, MethodVersion } from './types';

export interface VersionTotalOptions {
	/** Weights by component code, replacing the catalog's defaults (DDCI: each province sets its own). */
	weights?: Readonly<Record<string, number>>;
	/** PAR: the unit's applicable maximum when some criteria do not apply; default Σ of the domain maxima. */
	maxPoints?: MaybeNumber;
}

/**
 * `ok: true` with the total (null when a component is missing, see totals.ts) or `ok: false` with the
 * reason, in Vietnamese, why this version's total cannot be recomputed from components.
 */
export type VersionTotal = { ok: true; total: number | null } | { ok: false; reason: string };

function notComputable(reason: string): VersionTotal {
	return { ok: false, reason };
}

function totalComponents(version: MethodVersion): readonly ComponentDef[] {
	return version.totalFrom === undefined
		? []
		: version.components.filter((c) => c.level === version.totalFrom);
}

/**
 * Total of a unit from `values` (component code → value) under version `versionId`, or under a version given
 * whole (a province's own DDCI, `ddci-config.ts`, which the catalog does not hold). Throws for an unknown id.
 * - sum: Σ values (PAPI).
 * - weighted_sum: Σ w·x × (total max ÷ component max): PCI ×10, DDCI ×10, DTI ×1 with w = max points ÷ 1000;
 *   a province's DDCI may give its sub-indices different maxima, each scaled by its own.
 * - max_points_sum: Σ domain points ÷ applicable maximum × 100 (PAR).
 * - pct_satisfied (SIPAS) and points: not computable here.
 */
export function totalForVersion(
	versionOrId: string | MethodVersion,
	values: Readonly<Record<string, MaybeNumber>>,
	options: VersionTotalOptions = {}
): VersionTotal {
	const version = typeof versionOrId === 'string' ? getVersion(versionOrId) : versionOrId;
	if (version.aggregation === 'pct_satisfied') {
		return notComputable('Chỉ số hài lòng được tính từ phiếu khảo sát, không từ giá trị thành phần.');
	}
	if (version.aggregation === 'points') {
		return notComputable('Cách tổng hợp chỉ số chung chưa xác minh: dùng giá trị tổng như công bố.');
	}
	const components = totalComponents(version);
	if (components.length === 0) {
		return notComputable('Phương pháp này chưa có danh sách chỉ số thành phần để tính tổng.');
	}
	switch (version.aggregation) {
		case 'sum':
			return { ok: true, total: sumTotal(components.map((c) => values[c.code])) };
		case 'weighted_sum': {
			const weights = options.weights ?? catalogWeights(components);
			if (weights === undefined) return notComputable('Trọng số của các chỉ số thành phần chưa xác minh.');
			const scale = version.totalRange.max / (components[0]?.range.max ?? 1);
			if (components.every((c) => c.range.max === components[0]?.range.max))
				return { ok: true, total: weightedTotal(values, weights, scale) };
			// Maxima differ (only a province's own DDCI): each weight carries its component's scale.
			const scaled = Object.fromEntries(
				Object.entries(weights).map(([code, w]) => {
					const max = components.find((c) => c.code === code)?.range.max;
					return [code, max === undefined ? w * scale : (w * version.totalRange.max) / max];
				})
			);
			return { ok: true, total: weightedTotal(values, scaled) };
		}
		case 'max_points_sum': {
			const points = sumTotal(components.map((c) => values[c.code]));
			const maxPoints = options.maxPoints ?? sumTotal(components.map((c) => c.maxPoints));
			return { ok: true, total: pointsOverMax(points, maxPoints) };
		}
	}
}

/** The catalog's weights, or undefined when any component lacks one. */
function catalogWeights(components: readonly ComponentDef[]): Record<string, number> | undefined {
	const weights: Record<string, number> = {};
	for (const c of components) {
		if (c.weight === undefined) return undefined;
		weights[c.code] = c.weight;
	}
	return weights;
}
