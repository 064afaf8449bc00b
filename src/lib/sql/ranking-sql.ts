import type { Param } from '$lib/db/types';

/*
 * Province ranking on an index total. Ties use competition ranking ("1, 2, 2, 4": DOMAIN.md §1.2), so RANK(),
 * never DENSE_RANK(). Units without a value are not ranked and do not count in "N/M".
 */

export interface RankingArgs {
	indexCode: string;
	/** null: the latest year that has totals for this index. */
	year: number | null;
	unitKind?: string;
}

export interface RankingRow {
	rank: number;
	ranked_of: number;
	year: number;
	unit_key: string;
	name: string;
	region: string | null;
	value: number;
	is_sample: boolean;
}

export function provinceRankingSql({ indexCode, year, unitKind = 'province' }: RankingArgs): {
	sql: string;
	params: Param[];
} {
	const sql = `
WITH totals AS (
	SELECT s.year, s.unit_key, s.value, i.is_sample
	FROM index_scores s JOIN imports i USING (import_id)
	WHERE s.index_code = ? AND s.unit_kind = ? AND s.component_code IS NULL AND s.value IS NOT NULL
),
chosen AS (
	SELECT coalesce(?::INTEGER, max(year)) AS year FROM totals
)
SELECT
	RANK() OVER (ORDER BY t.value DESC)::INTEGER AS rank,
	count(*) OVER ()::INTEGER AS ranked_of,
	t.year,
	t.unit_key,
	coalesce(u.name, t.unit_key) AS name,
	u.region,
	t.value,
	t.is_sample
FROM totals t
JOIN chosen c ON t.year = c.year
LEFT JOIN units u ON u.unit_key = t.unit_key
ORDER BY rank, name`;
	return { sql, params: [indexCode, unitKind, year] };
}
