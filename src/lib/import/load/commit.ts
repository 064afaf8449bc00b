import { ident, literal } from '$lib/sql/quote';
import { answersOutOfScaleAnySql, answersOutOfScaleSql, SURVEY_ANSWER_COLUMNS } from '$lib/sql/schema';
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
		// Only the answers the import wrote: the columns it did not map are NULL (load/targets.ts).
		const answers = plan.fields.map((f) => f.field.key).filter((k) => SURVEY_ANSWER_COLUMNS.includes(k));
		if (target.kind === 'survey' && answers.length > 0) {
			const [any] = await pending.query<{ out_of_scale: boolean }>(
				answersOutOfScaleAnySql(importId, answers)
			);
			if (any!.out_of_scale) {
				const [bad] = await pending.query<{ n: number }>(answersOutOfScaleSql(importId, answers));
				throw new Error(`${bad!.n} dòng có câu trả lời ngoài thang 1–5 lọt qua bước kiểm tra; chưa nhập gì.`);
			}
		}
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
