import { literal } from './quote';

/*
 * Trends of one index (total or a component) over the years, for chosen units and their average.
 * Rules, as for rankings:
 * - sample data and the analyst's imports never mix: the caller picks one (`sample`; trendSourceSql says
 *   which exist);
 * - the same unit and year in two imports: the newer import wins;
 * - each value keeps its method version, so the chart can break the line where the method changed;
 * - ranks and the average are computed in workspace/trend-compute.ts, within a year's code system.
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

/**
 * One row per unit and year with a row for these choices (every unit, every year, whatever the years asked: the page picks the
 * units, years, ranks and average in TypeScript, as the rankings do, because planning one large statement
 * in DuckDB-WASM cost more than the whole answer). `successor`: the unit's successor when the succession is
 * one to one (each side appears once in unit_successions), so its line may go on under the new code; a
 * province merged from several is never joined.
 */
export interface TrendDataRow {
	unit_key: string;
	name: string;
	year: number;
	value: number | null;
	method_version: string | null;
	is_sample: boolean;
	successor: string | null;
}

export function trendRowsSql(args: TrendArgs): string {
	return `
WITH src AS (${latestRows({ ...args, yearFrom: null, yearTo: null })}),
one_to_one AS (
	SELECT old_key, any_value(new_key) AS new_key FROM unit_successions GROUP BY old_key
	HAVING count(*) = 1 AND any_value(new_key) IN (
		SELECT new_key FROM unit_successions GROUP BY new_key HAVING count(*) = 1)
)
SELECT s.unit_key, coalesce(u.name, s.unit_key) AS name, s.year, s.value, s.method_version, s.is_sample,
	o.new_key AS successor
FROM src s LEFT JOIN units u USING (unit_key) LEFT JOIN one_to_one o ON o.old_key = s.unit_key
ORDER BY s.unit_key, s.year`;
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
