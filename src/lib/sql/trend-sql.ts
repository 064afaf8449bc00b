import { literal } from './quote';

/*
 * Trends of one index (total or a component) over the years, for chosen units and their average.
 * Rules, as for rankings:
 * - sample data and the analyst's imports never mix: the caller picks one (`sample`; trendSourceSql says
 *   which exist);
 * - the same unit and year in two imports: the newer import wins;
 * - each value keeps its method version, so the chart can break the line where the method changed;
 * - a rank is computed within its year and code system (63 or 34 provinces are never one list).
 */

export interface TrendArgs {
	indexCode: string;
	/** null: the total. */
	component: string | null;
	unitKind: string;
	sample: boolean;
	yearFrom: number | null;
	yearTo: number | null;
}

export interface TrendRow {
	unit_key: string;
	name: string;
	year: number;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	method_version: string | null;
	is_sample: boolean;
}

export interface TrendAverageRow {
	year: number;
	value: number;
	n: number;
	method_version: string | null;
}

const SYSTEM_OF = (key: string) => `CASE WHEN ${key} LIKE 'local:%'
		THEN split_part(split_part(${key}, ':', 2), '-', 1) ELSE split_part(${key}, ':', 1) END`;

/** The newest import's row per unit and year, of the chosen source, within the years asked. */
function latestRows(args: TrendArgs): string {
	return `SELECT s.year, s.unit_key, s.value, s.method_version, i.is_sample
	FROM index_scores s JOIN imports i USING (import_id)
	WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
		AND s.component_code IS NOT DISTINCT FROM ${literal(args.component)}
		AND i.is_sample = ${literal(args.sample)}
		AND (${literal(args.yearFrom)}::INTEGER IS NULL OR s.year >= ${literal(args.yearFrom)}::INTEGER)
		AND (${literal(args.yearTo)}::INTEGER IS NULL OR s.year <= ${literal(args.yearTo)}::INTEGER)
	QUALIFY row_number() OVER (PARTITION BY s.year, s.unit_key ORDER BY s.import_id DESC) = 1`;
}

/** Series rows of `unitKeys` (all units when empty is not wanted: pass the keys), ranked within year and system. */
export function trendSeriesSql(args: TrendArgs, unitKeys: readonly string[]): string {
	const keys = unitKeys.length ? unitKeys.map((k) => literal(k)).join(', ') : 'NULL';
	return `
WITH src AS MATERIALIZED (${latestRows(args)}),
ranked AS (
	SELECT src.*,
		CASE WHEN value IS NOT NULL THEN RANK() OVER (
			PARTITION BY year, ${SYSTEM_OF('unit_key')}, value IS NULL ORDER BY value DESC) END::INTEGER AS rank,
		count(value) OVER (PARTITION BY year, ${SYSTEM_OF('unit_key')})::INTEGER AS ranked_of
	FROM src
)
SELECT r.unit_key, coalesce(u.name, r.unit_key) AS name, r.year, r.value, r.rank, r.ranked_of,
	r.method_version, r.is_sample
FROM ranked r LEFT JOIN units u USING (unit_key)
WHERE r.unit_key IN (${keys})
ORDER BY r.unit_key, r.year`;
}

/** The mean of every unit's value per year (the national average for provinces), with its method version. */
export function trendAverageSql(args: TrendArgs): string {
	return `
WITH src AS MATERIALIZED (${latestRows(args)})
SELECT year, avg(value) AS value, count(value)::INTEGER AS n, min(method_version) AS method_version
FROM src WHERE value IS NOT NULL
GROUP BY year ORDER BY year`;
}

export interface TrendUnitRow {
	unit_key: string;
	name: string;
	first_year: number;
	last_year: number;
}

/** The units that have values for these choices, for the unit picker (by key: the page sorts names the Vietnamese way). */
export function trendUnitsSql(args: TrendArgs): string {
	return `
WITH src AS MATERIALIZED (${latestRows({ ...args, yearFrom: null, yearTo: null })})
SELECT s.unit_key, coalesce(u.name, s.unit_key) AS name, min(s.year)::INTEGER AS first_year,
	max(s.year)::INTEGER AS last_year
FROM src s LEFT JOIN units u USING (unit_key)
WHERE s.value IS NOT NULL
GROUP BY s.unit_key, u.name ORDER BY s.unit_key`;
}

export interface TrendSourceRow {
	index_code: string;
	unit_kind: string;
	component_code: string | null;
	has_real: boolean;
	has_sample: boolean;
	first_year: number;
	last_year: number;
}

/** What data exists, by index, unit kind and component: whether from imports, the sample, or both. */
export function trendSourceSql(): string {
	return `
SELECT s.index_code, s.unit_kind, s.component_code, bool_or(NOT i.is_sample) AS has_real,
	bool_or(i.is_sample) AS has_sample, min(s.year)::INTEGER AS first_year, max(s.year)::INTEGER AS last_year
FROM index_scores s JOIN imports i USING (import_id)
WHERE s.value IS NOT NULL
GROUP BY s.index_code, s.unit_kind, s.component_code
ORDER BY s.index_code, s.unit_kind, s.component_code NULLS FIRST`;
}
