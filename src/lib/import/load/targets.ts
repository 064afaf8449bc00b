import { getIndex, type IndexCode } from '$lib/indices';
import { ident, literal } from '$lib/sql/quote';
import { COMPONENT_PREFIX } from '../contracts/scores';
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

/** The method version of each year, as a SQL CASE over `year` (NULL for a year no version covers). */
function versionSql(code: IndexCode, year: string): string {
	const cases = getIndex(code).versions.map(
		(v) => `WHEN ${year} BETWEEN ${v.years.from} AND ${v.years.to ?? 9999} THEN ${literal(v.id)}`
	);
	return `CASE ${cases.join(' ')} END`;
}

/**
 * Wide score rows → the long `index_scores` table: one row for the total (component NULL) and one per
 * mapped component with a value. The unit's kind comes from the registry table.
 */
export function insertScoresSql(
	cleanTable: string,
	importId: number,
	indexCode: IndexCode,
	plan: CheckPlan
): string {
	const mapped = new Set(plan.fields.map((f) => f.field.key));
	const col = (key: string) => (mapped.has(key) ? `c.${ident(key)}` : 'NULL');
	const base = (
		component: string,
		value: string,
		extra: string
	) => `SELECT ${importId}, ${literal(indexCode)},
			${versionSql(indexCode, 'c.year')}, c.year, c.unit_key, coalesce(u.kind, 'province'), ${component}, ${value}, ${extra}
		FROM ${ident(cleanTable)} c LEFT JOIN units u ON u.unit_key = c.unit_key`;
	const parts: string[] = [];
	const totalParts = ['total', 'points', 'max_points', 'published_rank', 'group_label'];
	if (totalParts.some((k) => mapped.has(k))) {
		parts.push(
			`${base('NULL', col('total'), `${col('points')}, ${col('max_points')}, ${col('published_rank')}, ${col('group_label')}`)}`
		);
	}
	for (const f of plan.fields) {
		if (!f.field.key.startsWith(COMPONENT_PREFIX)) continue;
		const code = f.field.key.slice(COMPONENT_PREFIX.length);
		parts.push(
			`${base(literal(code), col(f.field.key), 'NULL, NULL, NULL, NULL')} WHERE ${col(f.field.key)} IS NOT NULL`
		);
	}
	return `INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code,
			value, points, max_points, published_rank, group_label)
		${parts.join('\nUNION ALL\n')}`;
}

/**
 * Long score rows (one per unit, year and component, already resolved to the catalog's code by the row check;
 * NULL = the total) → `index_scores`, as they are: the published rank and group stay on the row they were
 * given on, so a component's own rank (DTI pillars) is kept. Points and maximum points are not in this form.
 */
export function insertScoresLongSql(
	cleanTable: string,
	importId: number,
	indexCode: IndexCode,
	plan: CheckPlan
): string {
	const mapped = new Set(plan.fields.map((f) => f.field.key));
	const col = (key: string) => (mapped.has(key) ? `c.${ident(key)}` : 'NULL');
	return `INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code,
			value, points, max_points, published_rank, group_label)
		SELECT ${importId}, ${literal(indexCode)}, ${versionSql(indexCode, 'c.year')}, c.year, c.unit_key,
			coalesce(u.kind, 'province'), ${col('component')}, ${col('value')}, ${col('points')}, ${col('max_points')},
			${col('published_rank')},
			${col('group_label')}
		FROM ${ident(cleanTable)} c LEFT JOIN units u ON u.unit_key = c.unit_key
		ORDER BY c.__line`;
}
