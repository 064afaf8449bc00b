import { competitionRanks, weightedEstimate, type WeightedEstimate } from '$lib/indices/ranking';
import type { RankingRow } from '$lib/sql/ranking-sql';
import type { SuccessionRow } from '$lib/sql/successor-sql';

/* The 63 provinces of a year before the merger, grouped under today's 34, each group with its estimate. */

export interface SuccessorMember {
	unit_key: string;
	name: string;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	weight: number | null;
}

export interface SuccessorGroup {
	key: string;
	name: string;
	estimate: WeightedEstimate;
	/** Rank of the estimate among the 34 estimates: an estimate too, shown as such. */
	estimateRank: number | null;
	members: SuccessorMember[];
}

export function successorGroups(
	rows: readonly RankingRow[],
	successions: readonly SuccessionRow[]
): SuccessorGroup[] {
	const byKey = new Map<string, { name: string; members: SuccessorMember[] }>();
	for (const r of rows)
		for (const s of successions.filter((x) => x.old_key === r.unit_key)) {
			const group = byKey.get(s.new_key) ?? { name: s.new_name, members: [] };
			group.members.push({ ...pick(r), weight: s.weight });
			byKey.set(s.new_key, group);
		}
	const groups = [...byKey].map(([key, g]) => ({ key, ...g, estimate: weightedEstimate(g.members) }));
	const ranks = competitionRanks(groups.map((g) => g.estimate.value));
	const collator = new Intl.Collator('vi');
	return groups
		.map((g, i) => ({ ...g, estimateRank: ranks[i] ?? null }))
		.sort(
			(a, b) =>
				(a.estimateRank ?? Infinity) - (b.estimateRank ?? Infinity) || collator.compare(a.name, b.name)
		);
}

const pick = ({ unit_key, name, value, rank, ranked_of }: RankingRow) => ({
	unit_key,
	name,
	value,
	rank,
	ranked_of
});
