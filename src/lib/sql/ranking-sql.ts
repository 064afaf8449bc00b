import { literal } from './quote';

/*
 * The ranking of one index, year, component and unit kind, with the change against the previous year that has
 * data, as one SQL statement: the independent check of `workspace/ranking-compute.ts`, which the app runs on
 * the rows of `rankingInputSql` (planning this statement cost DuckDB-WASM more than the ranking). Rules
 * (DOMAIN.md §1.2, §10):
 * - competition ranking on the stored (unrounded) value: RANK(), never DENSE_RANK(); units without a value are
 *   listed, unranked, and not counted in "N/M";
 * - sample data and the analyst's imports are never ranked together: the caller picks one (`sample`);
 * - the same unit and year in two imports: the newer import wins, so a corrected file replaces the old figure;
 * - provinces of the 63 (gso63) and of the 34 (qd19) are never ranked in one list: a year takes the code system
 *   in force that year when it has data, else the other; what the other system holds is counted, not ranked;
 * - across a change of unit list (63 → 34) ranks are not compared ('list_changed'); a unit whose territory
 *   changed ('merged': several predecessors or a split) gets no score change either; a unit whose territory did
 *   not change (a 1:1 succession) keeps its score change.
 */

export interface RankingArgs {
	indexCode: string;
	/** null: the latest year with values for these filters. */
	year: number | null;
	/** null: the total. */
	component: string | null;
	unitKind: string;
	/** The parent unit (a province) for agencies, districts and communes; null for all. */
	scope: string | null;
	/** Rank the sample data (true) or the analyst's own imports (false); never both together. */
	sample: boolean;
}

export type ChangeNote = 'merged' | 'new' | 'list_changed';

/** One unit and year of the index, kind, component and source being ranked: what `computeRanking` ranks. */
export interface RankingInputRow {
	import_id: number;
	year: number;
	unit_key: string;
	value: number | null;
	group_label: string | null;
	method_version: string | null;
	published_rank: number | null;
	/** The unit's name in that year (unit_names), else its registry name, else its key. */
	name: string;
	region: string | null;
	parent_key: string | null;
	code: string | null;
}

export interface Succession {
	old_key: string;
	new_key: string;
}

export interface RankingRow {
	year: number;
	unit_key: string;
	name: string;
	unit_kind: string;
	region: string | null;
	parent_key: string | null;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	prev_year: number | null;
	prev_value: number | null;
	prev_rank: number | null;
	prev_ranked_of: number | null;
	/** prev_rank − rank: positive = rose. Null across a change of unit list or without a previous rank. */
	rank_change: number | null;
	/** value − prev_value, in the index's own unit. */
	value_change: number | null;
	change_note: ChangeNote | null;
	/** The group as published (PCI tiers, DDCI labels); computed groups are added by `indices/ranking`. */
	group_label: string | null;
	published_rank: number | null;
	method_version: string | null;
	/** Rows of the chosen year keyed in the other code system (63 vs 34), left out of this ranking. */
	other_system_rows: number;
	is_sample: boolean;
}

/** The code system a key belongs to: `gso63:01` → gso63; a local unit takes its parent's (`local:qd19-22:x` → qd19). */
const SYSTEM_OF = (key: string) => `CASE WHEN ${key} LIKE 'local:%'
		THEN split_part(split_part(${key}, ':', 2), '-', 1) ELSE split_part(${key}, ':', 1) END`;

/** The system of a year's own unit list: the 34 provinces from the 2025 round (units/code-system.ts). */
const PREFERRED_SYSTEM = (year: string) => `CASE WHEN ${year} >= 2025 THEN 'qd19' ELSE 'gso63' END`;

/** One year's rows (`yearCte`: a one-row CTE) of the code system ranked that year, ranked. */
function rankedYear(yearCte: string): string {
	return `SELECT k.*,
		CASE WHEN k.value IS NOT NULL THEN RANK() OVER (PARTITION BY k.value IS NULL ORDER BY k.value DESC) END::INTEGER AS rank,
		count(k.value) OVER ()::INTEGER AS ranked_of
	FROM keyed k JOIN ${yearCte} y ON k.year = y.year JOIN systems s ON s.year = y.year AND s.system = k.system`;
}

export function rankingSql(args: RankingArgs): string {
	const scope = literal(args.scope);
	// MATERIALIZED: each CTE is read several times below; inlined, DuckDB would recompute it for each reader.
	return `
WITH src AS MATERIALIZED (
	SELECT s.year, s.unit_key, s.value, s.group_label, s.method_version, s.published_rank
	FROM index_scores s JOIN imports i USING (import_id)
	WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
		AND s.component_code IS NOT DISTINCT FROM ${literal(args.component)}
		AND i.is_sample = ${literal(args.sample)}
	QUALIFY row_number() OVER (PARTITION BY s.year, s.unit_key ORDER BY s.import_id DESC) = 1
),
one_to_one AS MATERIALIZED (
	SELECT old_key, new_key FROM unit_successions
	QUALIFY count(*) OVER (PARTITION BY old_key) = 1 AND count(*) OVER (PARTITION BY new_key) = 1
),
changed AS MATERIALIZED (
	SELECT new_key AS unit_key FROM unit_successions GROUP BY new_key HAVING count(*) > 1
	UNION SELECT old_key FROM unit_successions GROUP BY old_key HAVING count(*) > 1
	UNION SELECT s.new_key FROM unit_successions s WHERE s.old_key IN
		(SELECT old_key FROM unit_successions GROUP BY old_key HAVING count(*) > 1)
	UNION SELECT s.old_key FROM unit_successions s WHERE s.new_key IN
		(SELECT new_key FROM unit_successions GROUP BY new_key HAVING count(*) > 1)
),
keyed AS MATERIALIZED (
	SELECT src.*, coalesce(un.name, u.name) AS name, u.region, u.parent_key, u.code,
		${SYSTEM_OF('src.unit_key')} AS system
	FROM src LEFT JOIN units u USING (unit_key)
	-- the name the unit had that year (Thừa Thiên Huế until 2024, Huế after), a year standing for its 31 December
	LEFT JOIN unit_names un ON un.unit_key = src.unit_key
		AND (un.valid_from IS NULL OR un.valid_from <= make_date(src.year, 12, 31))
		AND (un.valid_to IS NULL OR un.valid_to >= make_date(src.year, 12, 31))
	WHERE ${scope} IS NULL OR u.parent_key = ${scope}
		OR u.parent_key IN (SELECT old_key FROM one_to_one WHERE new_key = ${scope})
		OR u.parent_key IN (SELECT new_key FROM one_to_one WHERE old_key = ${scope})
),
chosen AS MATERIALIZED (
	SELECT coalesce(${literal(args.year)}::INTEGER, max(year) FILTER (WHERE value IS NOT NULL)) AS year FROM keyed
),
prev_year AS MATERIALIZED (
	SELECT max(k.year) AS year FROM keyed k, chosen c WHERE k.value IS NOT NULL AND k.year < c.year
),
systems AS MATERIALIZED (
	SELECT year, CASE WHEN bool_or(system = ${PREFERRED_SYSTEM('year')}) THEN ${PREFERRED_SYSTEM('year')}
		ELSE min(system) END AS system
	FROM keyed WHERE year IN (SELECT year FROM chosen UNION ALL SELECT year FROM prev_year)
	GROUP BY year
),
cur AS MATERIALIZED (${rankedYear('chosen')}),
prev AS MATERIALIZED (${rankedYear('prev_year')}),
other AS MATERIALIZED (
	SELECT count(*)::INTEGER AS n FROM keyed k JOIN chosen c ON k.year = c.year JOIN systems s ON s.year = c.year
	WHERE k.system <> s.system
),
counterpart AS (
	SELECT unit_key AS cur_key, unit_key AS prev_key FROM cur
	UNION ALL SELECT new_key, old_key FROM one_to_one
	UNION ALL SELECT old_key, new_key FROM one_to_one
	UNION ALL SELECT c.unit_key, p.unit_key FROM cur c
		JOIN prev p ON p.code = c.code AND c.unit_key LIKE 'local:%' AND p.unit_key LIKE 'local:%'
		JOIN one_to_one o ON (o.old_key = p.parent_key AND o.new_key = c.parent_key)
			OR (o.new_key = p.parent_key AND o.old_key = c.parent_key)
),
matched AS (
	SELECT k.cur_key, min(k.prev_key) AS prev_key
	FROM counterpart k JOIN prev p ON p.unit_key = k.prev_key
	GROUP BY k.cur_key
)
SELECT
	c.year, c.unit_key, coalesce(c.name, c.unit_key) AS name, ${literal(args.unitKind)} AS unit_kind,
	c.region, c.parent_key, c.value, c.rank, c.ranked_of,
	(SELECT year FROM prev_year) AS prev_year,
	p.value AS prev_value, p.rank AS prev_rank,
	CASE WHEN p.unit_key IS NOT NULL THEN p.ranked_of END AS prev_ranked_of,
	CASE WHEN c.system = p.system THEN p.rank - c.rank END::INTEGER AS rank_change,
	c.value - p.value AS value_change,
	CASE
		WHEN (ch.unit_key IS NOT NULL OR chp.unit_key IS NOT NULL)
			AND c.system <> (SELECT s.system FROM systems s JOIN prev_year y ON s.year = y.year) THEN 'merged'
		WHEN p.unit_key IS NULL AND (SELECT year FROM prev_year) IS NOT NULL THEN 'new'
		WHEN c.system <> p.system THEN 'list_changed'
	END AS change_note,
	c.group_label, c.method_version, c.published_rank,
	(SELECT n FROM other) AS other_system_rows,
	${literal(args.sample)} AS is_sample
FROM cur c
LEFT JOIN matched m ON m.cur_key = c.unit_key
LEFT JOIN prev p ON p.unit_key = m.prev_key
LEFT JOIN changed ch ON ch.unit_key = c.unit_key
LEFT JOIN changed chp ON chp.unit_key = c.parent_key
ORDER BY c.rank NULLS LAST, name`;
}

/**
 * Every year of one index, unit kind, component and source, with the unit's name of that year: the few hundred
 * rows `computeRanking` ranks. Rows come in import order; the ranking keeps a unit and year's newest import
 * (a window here cost more than the rest of the query).
 */
export function rankingInputSql(args: Omit<RankingArgs, 'year' | 'scope'>): string {
	return `
SELECT s.import_id, s.year, s.unit_key, s.value, s.group_label, s.method_version, s.published_rank,
	coalesce(un.name, u.name, s.unit_key) AS name, u.region, u.parent_key, u.code
FROM index_scores s JOIN imports i USING (import_id)
LEFT JOIN units u USING (unit_key)
LEFT JOIN unit_names un ON un.unit_key = s.unit_key
	AND (un.valid_from IS NULL OR un.valid_from <= make_date(s.year, 12, 31))
	AND (un.valid_to IS NULL OR un.valid_to >= make_date(s.year, 12, 31))
WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
	AND s.component_code IS NOT DISTINCT FROM ${literal(args.component)} AND i.is_sample = ${literal(args.sample)}
ORDER BY s.import_id`;
}

/** The crosswalk between the 63 and the 34 provinces (and any other succession the registry holds). */
export function successionsSql(): string {
	return 'SELECT old_key, new_key FROM unit_successions ORDER BY old_key, new_key';
}

/** Component values of the units of one ranking (for the rows' "components" when expanded). */
export function rankingComponentsSql(args: Omit<RankingArgs, 'component'> & { year: number }): string {
	return `
SELECT s.unit_key, s.component_code, s.value, s.points, s.max_points
FROM index_scores s JOIN imports i USING (import_id)
WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
	AND s.year = ${literal(args.year)} AND s.component_code IS NOT NULL AND i.is_sample = ${literal(args.sample)}
QUALIFY row_number() OVER (PARTITION BY s.unit_key, s.component_code ORDER BY s.import_id DESC) = 1
ORDER BY s.unit_key, s.component_code`;
}

/**
 * What exists to rank for one index: per source (sample or not), unit kind, year, component and parent, the
 * number of rows. The rankings page builds its choices from this, so it never offers an empty view.
 */
export function rankingChoicesSql(indexCode: string): string {
	return `
SELECT i.is_sample, s.unit_kind, s.year, s.component_code,
	CASE WHEN s.unit_kind IN ('province', 'ministry') THEN NULL ELSE u.parent_key END AS parent_key,
	CASE WHEN s.unit_kind IN ('province', 'ministry') THEN NULL ELSE parent.name END AS parent_name,
	count(s.value)::INTEGER AS n
FROM index_scores s JOIN imports i USING (import_id) LEFT JOIN units u USING (unit_key)
	LEFT JOIN units parent ON parent.unit_key = u.parent_key
WHERE s.index_code = ${literal(indexCode)}
GROUP BY ALL
ORDER BY s.year, s.unit_kind, s.component_code NULLS FIRST, parent_key`;
}

/** Which indices hold data, and whether from the analyst's imports, the sample, or both. */
export function indexSourcesSql(): string {
	return `
SELECT s.index_code, bool_or(NOT i.is_sample) AS has_real, bool_or(i.is_sample) AS has_sample,
	max(s.year) FILTER (WHERE NOT i.is_sample) AS real_latest, max(s.year) AS latest
FROM index_scores s JOIN imports i USING (import_id)
GROUP BY s.index_code`;
}

/**
 * The files behind one ranking (its year, index, component, kind and source), for the provenance line: only
 * imports that still supply a value the ranking shows (a corrected file that replaced every row of an older
 * one leaves the older out).
 */
export function rankingSourcesSql(args: RankingArgs & { year: number }): string {
	return `
SELECT i.import_id, i.file_name, i.sha256, strftime(i.imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at
FROM imports i
WHERE i.import_id IN (
	SELECT s.import_id FROM index_scores s JOIN imports si USING (import_id)
	WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
		AND s.year = ${literal(args.year)} AND si.is_sample = ${literal(args.sample)}
		AND s.component_code IS NOT DISTINCT FROM ${literal(args.component)}
	QUALIFY row_number() OVER (PARTITION BY s.unit_key ORDER BY s.import_id DESC) = 1)
ORDER BY i.import_id`;
}
