import { rankingSql, type RankingArgs } from './ranking-sql';

/*
 * A ranking of the 63 provinces (a year before the 2025 merger) set under today's 34: each old province with
 * its successor, the succession's weight (NULL when the crosswalk has none) and its own rank among the 63.
 * Combining the values is left to `indices/` (a weighted estimate, labelled as such), so the SQL stays a join.
 */

export interface SuccessorRow {
	new_key: string;
	new_name: string;
	unit_key: string;
	name: string;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	weight: number | null;
	is_sample: boolean;
}

export function bySuccessorSql(args: RankingArgs): string {
	return `
WITH r AS (${rankingSql(args)})
SELECT s.new_key, coalesce(n.name, s.new_key) AS new_name, r.unit_key, r.name, r.value, r.rank, r.ranked_of,
	s.weight, r.is_sample
FROM r
JOIN unit_successions s ON s.old_key = r.unit_key
LEFT JOIN units n ON n.unit_key = s.new_key
ORDER BY s.new_key, r.rank NULLS LAST, r.name`;
}
