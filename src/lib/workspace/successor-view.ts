import { competitionRanks, weightedEstimate, type WeightedEstimate } from '$lib/indices/ranking';
import type { SuccessorRow } from '$lib/sql/successor-sql';

/* The 63 provinces of a year before the merger, grouped under today's 34, each group with its estimate. */

export interface SuccessorGroup {
	key: string;
	name: string;
	estimate: WeightedEstimate;
	/** Rank of the estimate among the 34 estimates: an estimate too, shown as such. */
	estimateRank: number | null;
	members: SuccessorRow[];
}

export function successorGroups(rows: readonly SuccessorRow[]): SuccessorGroup[] {
	const byKey = new Map<string, SuccessorRow[]>();
	for (const r of rows) byKey.set(r.new_key, [...(byKey.get(r.new_key) ?? []), r]);
	const groups = [...byKey].map(([key, members]) => ({
		key,
		name: members[0]!.new_name,
		estimate: weightedEstimate(members),
		members
	}));
	const ranks = competitionRanks(groups.map((g) => g.estimate.value));
	return groups
		.map((g, i) => ({ ...g, estimateRank: ranks[i] ?? null }))
		.sort(
			(a, b) =>
				(a.estimateRank ?? Infinity) - (b.estimateRank ?? Infinity) || a.name.localeCompare(b.name, 'vi')
		);
}
