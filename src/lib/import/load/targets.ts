import { getIndex, type IndexCode } from '$lib/indices';
import { ident, literal } from '$lib/sql/quote';
import { itemColumns, type Questionnaire } from '$lib/survey/questionnaire';
import { COMPONENT_PREFIX } from '../contracts/scores';
import { RESPONDENT_KEYS } from '../contracts/survey';
import type { CheckPlan } from '../validate/plan';

/**
 * What the rows are: survey responses of a questionnaire (its items say which answer goes in which slot), or
 * the scores of one index in a wide or a long table.
 */
export type ImportTarget =
	| { kind: 'survey'; questionnaire: Questionnaire }
	| { kind: 'scores'; indexCode: IndexCode }
	| { kind: 'scores-long'; indexCode: IndexCode };

/*
 * Where clean rows go. A field the analyst did not map is NULL in the table; the contract already made sure
 * that every required field has a column.
 */

/** The `survey_responses` column of each mapped field: respondent fields by name, answers in their slots. */
export function surveyColumns(plan: CheckPlan, q: Questionnaire): [key: string, column: string][] {
	const slots = itemColumns(q);
	return plan.fields.flatMap(({ field: { key } }) => {
		const column = RESPONDENT_KEYS.includes(key) ? key : slots.get(key);
		return column ? [[key, column] as [string, string]] : [];
	});
}

/** INSERT … SELECT from a table of clean rows (`__line` plus one column per mapped field key). */
function insertSurveySql(cleanTable: string, importId: number, plan: CheckPlan, q: Questionnaire): string {
	// Only the mapped columns: the others are NULL by default, and naming them NULL one by one costs time per row.
	const columns = surveyColumns(plan, q);
	// No ORDER BY: row_no keeps the line, and sorting a large import cost more than half the insert again.
	return `INSERT INTO survey_responses (import_id, row_no${columns.map(([, c]) => `, ${ident(c)}`).join('')})
		SELECT ${importId}, __line${columns.map(([k]) => `, ${ident(k)}`).join('')} FROM ${ident(cleanTable)}`;
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
function insertScoresSql(
	cleanTable: string,
	importId: number,
	indexCode: IndexCode,
	plan: CheckPlan
): string | null {
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
	// Nothing mapped but the unit and the year: no score to insert.
	if (parts.length === 0) return null;
	return `INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code,
			value, points, max_points, published_rank, group_label)
		${parts.join('\nUNION ALL\n')}`;
}

/**
 * Long score rows (one per unit, year and component, already resolved to the catalog's code by the row check;
 * NULL = the total) → `index_scores`, as they are: the published rank and group stay on the row they were
 * given on, so a component's own rank (DTI pillars) is kept. Points and maximum points are not in this form.
 */
function insertScoresLongSql(
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

/**
 * INSERT … SELECT of the clean rows in `cleanTable` (a table or view: `__line` and one column per field key);
 * null when the plan maps nothing to insert.
 */
export function insertSql(
	target: ImportTarget,
	cleanTable: string,
	importId: number,
	plan: CheckPlan
): string | null {
	// Long rows carry a component column where wide rows carry one column per component: never mix them up.
	if ((target.kind === 'scores-long') !== (plan.contract.kind === 'scores-long')) {
		throw new Error(`Bảng ${plan.contract.kind} không nạp được theo dạng ${target.kind}; chưa nhập gì.`);
	}
	switch (target.kind) {
		case 'survey':
			return insertSurveySql(cleanTable, importId, plan, target.questionnaire);
		case 'scores':
			return insertScoresSql(cleanTable, importId, target.indexCode, plan);
		case 'scores-long':
			return insertScoresLongSql(cleanTable, importId, target.indexCode, plan);
	}
}

/** Only survey responses have an id that must be unique (the respondent's). */
function surveyOnly(target: ImportTarget): void {
	if (target.kind !== 'survey') throw new Error(`Bảng ${target.kind} không có mã phiếu để so trùng.`);
}

/**
 * The landed rows' ids (line, id, the cell as read: a landed id needed no trimming); only those among the
 * ids of `idsInSql` (a one-column query) when given.
 */
export function landedIdsSql(target: ImportTarget, importId: number, idsInSql?: string): string {
	surveyOnly(target);
	const among = idsInSql ? ` AND respondent_key IN (${idsInSql})` : '';
	return `SELECT row_no AS line, respondent_key AS id, respondent_key AS raw FROM survey_responses WHERE import_id = ${importId}${among}`;
}

/** How many landed rows are on `linesSql`'s lines (column `n`). */
export function countLandedSql(target: ImportTarget, importId: number, linesSql: string): string {
	surveyOnly(target);
	return `SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id = ${importId} AND row_no IN (${linesSql})`;
}

/** Takes the landed rows on `linesSql`'s lines out again. */
export function removeLandedSql(target: ImportTarget, importId: number, linesSql: string): string {
	surveyOnly(target);
	return `DELETE FROM survey_responses WHERE import_id = ${importId} AND row_no IN (${linesSql})`;
}

/** The rows an import wrote, in a stable order, without the import's id (for comparing two checks' rows). */
export function landedRowsSql(target: ImportTarget, importId: number): string {
	return target.kind === 'survey'
		? `SELECT row_no AS __line, * EXCLUDE (import_id, row_no) FROM survey_responses WHERE import_id = ${importId} ORDER BY row_no`
		: `SELECT * EXCLUDE (import_id) FROM index_scores WHERE import_id = ${importId} ORDER BY ALL`;
}
