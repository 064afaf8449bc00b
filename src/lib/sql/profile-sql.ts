import { literal } from './quote';

/*
 * One unit's scores on every index and year, each beside its peers: the units of the same kind, in the same
 * province for local units, keyed in the same code system (63 or 34 provinces), so an average never mixes
 * lists. Per index, the analyst's imports when there are any, else the sample (as the rankings page does);
 * the newest import wins for a unit and year.
 */

export interface ProfileRow {
	index_code: string;
	year: number;
	component_code: string | null;
	value: number | null;
	peer_avg: number | null;
	peer_best: number | null;
	rank: number | null;
	ranked_of: number;
	method_version: string | null;
	is_sample: boolean;
}

export function unitProfileSql(unitKey: string): string {
	const key = literal(unitKey);
	return `
WITH real_indices AS (
	SELECT DISTINCT s.index_code FROM index_scores s JOIN imports i USING (import_id) WHERE NOT i.is_sample
),
src AS (
	SELECT s.index_code, s.year, s.unit_key, s.unit_kind, s.component_code, s.value, s.method_version, i.is_sample
	FROM index_scores s JOIN imports i USING (import_id)
	WHERE i.is_sample = (s.index_code NOT IN (SELECT index_code FROM real_indices))
	QUALIFY row_number() OVER (
		PARTITION BY s.index_code, s.year, s.unit_key, s.component_code ORDER BY s.import_id DESC) = 1
),
me AS (SELECT u.unit_key, u.parent_key FROM units u WHERE u.unit_key = ${key}),
mine AS (SELECT DISTINCT index_code, unit_kind FROM src WHERE unit_key = ${key}),
peers AS (
	SELECT src.*,
		CASE WHEN src.value IS NOT NULL THEN RANK() OVER (
			PARTITION BY src.index_code, src.year, src.component_code, src.value IS NULL ORDER BY src.value DESC) END AS rank,
		count(src.value) OVER (PARTITION BY src.index_code, src.year, src.component_code) AS ranked_of
	FROM src
	JOIN mine USING (index_code, unit_kind)
	LEFT JOIN units u ON u.unit_key = src.unit_key
	WHERE split_part(src.unit_key, ':', 1) = split_part(${key}, ':', 1)
		AND (src.unit_key NOT LIKE 'local:%'
			OR u.parent_key IS NOT DISTINCT FROM (SELECT parent_key FROM me))
)
SELECT p.index_code, p.year, p.component_code, p.value,
	(SELECT avg(q.value) FROM peers q WHERE q.index_code = p.index_code AND q.year = p.year
		AND q.component_code IS NOT DISTINCT FROM p.component_code) AS peer_avg,
	(SELECT max(q.value) FROM peers q WHERE q.index_code = p.index_code AND q.year = p.year
		AND q.component_code IS NOT DISTINCT FROM p.component_code) AS peer_best,
	p.rank::INTEGER AS rank, p.ranked_of::INTEGER AS ranked_of, p.method_version, p.is_sample
FROM peers p
WHERE p.unit_key = ${key}
ORDER BY p.index_code, p.year, p.component_code NULLS FIRST`;
}

/** The unit's name, kind and parent, for the profile's heading. */
export function unitHeadingSql(unitKey: string): string {
	return `SELECT u.unit_key, u.name, u.kind, u.region, u.parent_key, p.name AS parent_name, u.valid_from, u.valid_to
FROM units u LEFT JOIN units p ON p.unit_key = u.parent_key WHERE u.unit_key = ${literal(unitKey)}`;
}
