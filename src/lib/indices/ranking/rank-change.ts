/**
 * Change of rank against an earlier ranking: positive means the unit rose ("tăng 3 bậc": a smaller rank number),
 * negative that it fell, 0 that it kept its place (DOMAIN.md §1.2: Δ = rank_prev − rank_now). Null when either
 * rank is missing: a unit that was not ranked before has no change, not a change from 0.
 */
export function rankChange(
	previous: number | null | undefined,
	current: number | null | undefined
): number | null {
	if (previous == null || current == null) return null;
	return previous - current;
}

export type RankMove = { kind: 'up' | 'down'; steps: number } | { kind: 'same' } | { kind: 'none' };

/** The direction and size of a rank change, for "↑3 bậc", "↓2 bậc", "giữ nguyên" or nothing. */
export function rankMove(change: number | null | undefined): RankMove {
	if (change == null || !Number.isFinite(change)) return { kind: 'none' };
	if (change === 0) return { kind: 'same' };
	return change > 0 ? { kind: 'up', steps: change } : { kind: 'down', steps: -change };
}

/**
 * Change of score: current − previous, in the index's own unit (points, or percentage points for a % index).
 * Null when either is missing.
 */
export function scoreChange(
	previous: number | null | undefined,
	current: number | null | undefined
): number | null {
	if (previous == null || current == null || !Number.isFinite(previous) || !Number.isFinite(current))
		return null;
	return current - previous;
}
