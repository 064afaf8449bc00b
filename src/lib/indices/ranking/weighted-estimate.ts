/**
 * The value of a merged province estimated from its predecessors: Σ wᵢ·vᵢ ÷ Σ wᵢ over the predecessors that
 * have a value. Without weights (the crosswalk carries none yet) every predecessor weighs the same, and the
 * result says so; either way it is an estimate ("ước tính"), never a published figure. `complete` is false
 * when a predecessor has no value, so the page can say the estimate leaves it out.
 */
export interface WeightedEstimate {
	value: number | null;
	weighting: 'equal' | 'given';
	used: number;
	complete: boolean;
}

export function weightedEstimate(
	parts: readonly { value: number | null | undefined; weight: number | null | undefined }[]
): WeightedEstimate {
	const given =
		parts.length > 0 && parts.every((p) => p.weight != null && Number.isFinite(p.weight) && p.weight > 0);
	const usable = parts.filter((p) => p.value != null && Number.isFinite(p.value));
	const weightOf = (p: (typeof parts)[number]) => (given ? (p.weight as number) : 1);
	const total = usable.reduce((sum, p) => sum + weightOf(p), 0);
	const value =
		total > 0 ? usable.reduce((sum, p) => sum + weightOf(p) * (p.value as number), 0) / total : null;
	return {
		value,
		weighting: given ? 'given' : 'equal',
		used: usable.length,
		complete: usable.length === parts.length
	};
}
