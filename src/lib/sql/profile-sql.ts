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

/** A succession the unit is part of (2025: a province of the 63 into one of the 34), with both names. */
export interface LineageRow {
	old_key: string;
	old_name: string;
	new_key: string;
	new_name: string;
	effective_date: string;
}

/** The successions into or out of `unitKey`, with both units' names. */
export function unitLineageSql(unitKey: string): string {
	const key = literal(unitKey);
	return `SELECT s.old_key, coalesce(o.name, s.old_key) AS old_name, s.new_key, coalesce(n.name, s.new_key) AS new_name,
	strftime(s.effective_date, '%Y-%m-%d') AS effective_date
FROM unit_successions s LEFT JOIN units o ON o.unit_key = s.old_key LEFT JOIN units n ON n.unit_key = s.new_key
WHERE s.old_key = ${key} OR s.new_key = ${key}
ORDER BY s.effective_date, old_name, new_name`;
}

/** The unit's name, kind and parent, for the profile's heading. */
export function unitHeadingSql(unitKey: string): string {
	return `SELECT u.unit_key, u.name, u.kind, u.region, u.parent_key, p.name AS parent_name, u.valid_from, u.valid_to
FROM units u LEFT JOIN units p ON p.unit_key = u.parent_key WHERE u.unit_key = ${literal(unitKey)}`;
}
