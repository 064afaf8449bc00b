import { ident } from '$lib/sql/quote';
import { SURVEY_ANSWER_COLUMNS } from '$lib/sql/schema';
import type { CheckPlan } from '../validate/plan';

/*
 * Where clean rows go. A field the analyst did not map is NULL in the table; the contract already made sure
 * that every required field has a column.
 */

const SURVEY_COLUMNS = [
	'respondent_key',
	'period',
	'unit_key',
	'service',
	'channel',
	'sex',
	'age_group',
	...SURVEY_ANSWER_COLUMNS
];

/** INSERT … SELECT from a table of clean rows (`__line` plus one column per mapped field key). */
export function insertSurveySql(cleanTable: string, importId: number, plan: CheckPlan): string {
	const mapped = new Set(plan.fields.map((f) => f.field.key));
	const select = SURVEY_COLUMNS.map((c) => (mapped.has(c) ? ident(c) : 'NULL'));
	return `INSERT INTO survey_responses (import_id, row_no, ${SURVEY_COLUMNS.join(', ')})
		SELECT ${importId}, __line, ${select.join(', ')} FROM ${ident(cleanTable)} ORDER BY __line`;
}
