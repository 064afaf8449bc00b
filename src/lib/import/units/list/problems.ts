/*
 * What can be wrong with a line of a unit list, as codes with the cell they concern; the words are the
 * interface's (i18n area "unitlist", key `unitlist.problem.<code>`), Vietnamese first.
 */

export const LIST_PROBLEM_CODES = [
	'no_name_column',
	'empty_name',
	'formula_name',
	'markup_name',
	'bad_name',
	'unknown_kind',
	'no_kind',
	'bad_date',
	'dates_reversed',
	'district_after_2025',
	'duplicate_name',
	'code_like_province',
	'duplicate_code',
	'code_taken',
	'parent_not_commune',
	'unknown_parent',
	'commune_district_after_2025',
	'name_taken'
] as const;

export type ListProblemCode = (typeof LIST_PROBLEM_CODES)[number];

export interface ListProblem {
	/** The line in the file (the sheet's row); null for the file as a whole. */
	line: number | null;
	/** The column's header as written, '' for the file as a whole. */
	column: string;
	/** The cell as written: shown as text, never as markup or a formula. */
	value: string;
	code: ListProblemCode;
	/** Filled into the message: `line` (an earlier line), `name` (another unit's), `reason`. */
	params?: Record<string, string | number>;
}
