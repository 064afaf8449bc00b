import { literal } from '$lib/sql/quote';

/*
 * "Is this cell one of these words" in SQL. DuckDB rewrites `x IN (…)` with five or more constants into a
 * join against the list, one join per IN: a check of the 39 answers of a survey carries a hundred of them,
 * and took seconds on a handful of rows. `list_contains` on a constant list is one function call.
 */

/** SQL: whether `expr` equals one of `values` (NULL when `expr` is NULL). */
export function oneOfSql(expr: string, values: readonly (string | number)[]): string {
	return `list_contains([${values.map(literal).join(', ')}], ${expr})`;
}
