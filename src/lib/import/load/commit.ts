import { ident, literal } from '$lib/sql/quote';
import { answersOutOfScaleAnySql, answersOutOfScaleSql } from '$lib/sql/schema';
import { BUILT_IN_QUESTIONNAIRES, type Questionnaire } from '$lib/survey/questionnaire';
import { RESPONDENT_KEYS } from '../contracts/survey';
import { surveyColumns } from './targets';
import type { CheckPlan } from '../validate/plan';
import type { CheckOutcome } from './check';
import type { PreparedFile } from './prepared';

/*
 * Loads a check: its rows are in their table already, inside the check's pending transaction (check.ts); this
 * adds the import's record and its issue list to the same transaction and commits it. The import lands whole
 * or not at all, also when the tab is closed half-way (an uncommitted transaction is never written, and
 * DuckDB's log replays only committed work).
 */

export interface CommitResult {
	importId: number;
	rowsLoaded: number;
}

/**
 * A survey import's own records, in its transaction: the questionnaire it follows (an office's own is saved
 * with it, so no import refers to a questionnaire the device lacks), and a last guard on the answers' range.
 */
async function commitSurvey(
	pending: CheckOutcome['pending'],
	importId: number,
	plan: CheckPlan,
	q: Questionnaire
): Promise<void> {
	if (!BUILT_IN_QUESTIONNAIRES.some((b) => b.id === q.id)) {
		await pending.exec(
			`INSERT INTO questionnaires (questionnaire_id, json) VALUES (${literal(q.id)}, ${literal(JSON.stringify(q))})
			ON CONFLICT DO NOTHING`
		);
	}
	await pending.exec(`INSERT INTO import_questionnaires VALUES (${importId}, ${literal(q.id)})`);
	// Only the answers the import wrote: the columns it did not map are NULL (load/targets.ts).
	const answers = surveyColumns(plan, q)
		.filter(([key]) => !RESPONDENT_KEYS.includes(key))
		.map(([, column]) => column);
	// Respondents without a single answer would count as valid rows that say nothing (the page refuses first).
	if (answers.length === 0) {
		throw new Error(
			'Tệp khảo sát không có cột nào được ghép với một câu hỏi của bảng hỏi, nên không có câu trả lời nào để tính; chưa nhập gì.'
		);
	}
	const [any] = await pending.query<{ out_of_scale: boolean }>(
		answersOutOfScaleAnySql(importId, answers, q.scale)
	);
	if (any!.out_of_scale) {
		const [bad] = await pending.query<{ n: number }>(answersOutOfScaleSql(importId, answers, q.scale));
		throw new Error(
			`${bad!.n} dòng có câu trả lời ngoài thang ${q.scale.min}–${q.scale.max} lọt qua bước kiểm tra; chưa nhập gì.`
		);
	}
}

export async function commitCheck(
	file: PreparedFile,
	plan: CheckPlan,
	outcome: CheckOutcome
): Promise<CommitResult> {
	const { pending, importId, target } = outcome;
	const mapping = JSON.stringify(Object.fromEntries(plan.fields.map((f) => [f.field.key, f.header])));
	// The history records what the rows are, not the table's shape: a long table is scores too.
	const kind = target.kind === 'survey' ? 'survey' : 'scores';
	try {
		const sha256 = await file.sha256();
		await pending.exec(
			`INSERT INTO imports (import_id, file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, mapping)
			VALUES (${importId}, ${literal(file.fileName)}, ${literal(sha256)}, ${literal(kind)}, false,
				${outcome.rowsRead}, ${outcome.rowsValid}, ${outcome.rowsRejected}, ${literal(mapping)})`
		);
		if (target.kind === 'survey') await commitSurvey(pending, importId, plan, target.questionnaire);
		await pending.exec(
			`INSERT INTO import_errors SELECT ${importId}, line, "column", value, code, detail FROM ${ident(outcome.issues)}`
		);
	} catch (error) {
		await pending.rollback();
		throw error;
	}
	await pending.commit();
	return { importId, rowsLoaded: outcome.rowsValid };
}
