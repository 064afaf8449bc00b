import { literal } from './quote';

/*
 * Trends of one index (total or a component) over the years, for chosen units and their average.
 * Rules, as for rankings:
 * - sample data and the analyst's imports never mix: the caller picks one (`sample`; trendSourceSql says
 *   which exist);
 * - the same unit and year in two imports: the newer import wins (workspace/trend-compute.ts `latestRows`);
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

/**
 * One row per unit, year and import holding a row of this index, kind and component, every year and from
 * every import, sample or not: which source is shown, the years asked, the newest import of a unit and year,
 * names and successors are the page's work in TypeScript (workspace/trend-compute.ts `latestRows`). As plain
 * as a read can be, because DuckDB-WASM spent more time planning the same answer as one statement (a window,
 * two joins, a grouped subquery) than running it, and even a join to imports or a filter on import_id made
 * this read slower than reading the rows.
 */
export interface TrendScoreRow {
	unit_key: string;
	year: number;
	value: number | null;
	method_version: string | null;
	import_id: number;
}

/**
 * The scores, and one more row (`imports` not null, the rest null) with the imports' stamp (trendStampSql),
 * so a filter change is one statement: the page reads the rows and learns in the same answer whether what it
 * kept about the imports still holds.
 */
export type TrendScoreReadRow = TrendScoreRow & TrendStampRow;

export function trendScoresSql(args: Pick<TrendArgs, 'indexCode' | 'unitKind' | 'component'>): string {
	const component = args.component === null ? 'IS NULL' : `= ${literal(args.component)}`;
	return `SELECT unit_key, year, value, method_version, import_id, NULL::INTEGER AS imports, NULL::INTEGER AS last_import
FROM index_scores
WHERE index_code = ${literal(args.indexCode)} AND unit_kind = ${literal(args.unitKind)} AND component_code ${component}
UNION ALL
SELECT NULL, NULL, NULL, NULL, NULL, count(*)::INTEGER, max(import_id) FROM imports`;
}

/** Which imports are the sample's (imports.is_sample), to keep the sample apart from the analyst's imports. */
export function trendImportsSql(): string {
	return `SELECT import_id, is_sample FROM imports`;
}

/**
 * Unit names and successions do not change with the filter: read once per state of the imports
 * (trendStampSql) and kept. Every registry unit and succession; the one-to-one ones are picked in TypeScript
 * (`oneToOne`).
 */
export function trendNamesSql(): string {
	return `SELECT unit_key, name FROM units`;
}

export function trendSuccessionsSql(): string {
	return `SELECT old_key, new_key FROM unit_successions`;
}

/**
 * The state of the imports: ids come from a sequence and are never reused, so any import added or removed
 * changes the count or the largest id. One aggregate, not scalar subqueries: DuckDB-WASM planned
 * `SELECT (SELECT count(*) …), (SELECT max(…) …)` many times longer than it ran.
 */
export interface TrendStampRow {
	imports: number | null;
	last_import: number | null;
}

export function trendStampSql(): string {
	return `SELECT count(*)::INTEGER AS imports, max(import_id) AS last_import FROM imports`;
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
