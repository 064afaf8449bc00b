/**
 * Competition ranks ("1, 2, 2, 4": DOMAIN.md §1.2) of `values`, higher is better, in input order. A value that
 * is null, undefined or not finite gets no rank and does not count: a unit without a score is listed, unranked.
 * Equal values tie; ranks are on the values as given (pass the unrounded value when there is one).
 */
export function competitionRanks(values: readonly (number | null | undefined)[]): (number | null)[] {
	const ranked = values.filter((v): v is number => v != null && Number.isFinite(v));
	const sorted = [...ranked].sort((a, b) => b - a);
	const firstPlace = new Map<number, number>();
	sorted.forEach((v, i) => {
		if (!firstPlace.has(v)) firstPlace.set(v, i + 1);
	});
	return values.map((v) => (v != null && Number.isFinite(v) ? firstPlace.get(v)! : null));
}

/** How many of `values` are ranked: the M of "N/M". */
export function rankedCount(values: readonly (number | null | undefined)[]): number {
	return values.filter((v) => v != null && Number.isFinite(v)).length;
}
