import type { Database } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import type { IndexCode } from '$lib/indices';
import type { CheckPlan } from '../validate/plan';
import { discardCheck, type CheckOutcome } from './check';
import type { PreparedFile } from './prepared';
import { insertScoresLongSql, insertScoresSql, insertSurveySql } from './targets';
import { answersOutOfScaleSql } from '$lib/sql/schema';

/*
 * Loads the clean rows of a check, in one transaction with the import's record and its issue list: the
 * import lands whole or not at all, also when the tab is closed half-way (the transaction is never
 * committed, and DuckDB's log replays only committed work).
 */

export interface CommitResult {
	importId: number;
	rowsLoaded: number;
}

/** What the rows are: survey responses, or the scores of one index in a wide or a long table. */
export type ImportTarget =
	| { kind: 'survey' }
	| { kind: 'scores'; indexCode: IndexCode }
	| { kind: 'scores-long'; indexCode: IndexCode };

function insertSql(target: ImportTarget, cleanTable: string, importId: number, plan: CheckPlan): string {
	// Long rows carry a component column where wide rows carry one column per component: never mix them up.
	if ((target.kind === 'scores-long') !== (plan.contract.kind === 'scores-long')) {
		throw new Error(`Bảng ${plan.contract.kind} không nạp được theo dạng ${target.kind}; chưa nhập gì.`);
	}
	switch (target.kind) {
		case 'survey':
			return insertSurveySql(cleanTable, importId, plan);
		case 'scores':
			return insertScoresSql(cleanTable, importId, target.indexCode, plan);
		case 'scores-long':
			return insertScoresLongSql(cleanTable, importId, target.indexCode, plan);
	}
}

export async function commitCheck(
	db: Database,
	file: PreparedFile,
	target: ImportTarget,
	plan: CheckPlan,
	outcome: CheckOutcome
): Promise<CommitResult> {
	const mapping = JSON.stringify(Object.fromEntries(plan.fields.map((f) => [f.field.key, f.header])));
	// The history records what the rows are, not the table's shape: a long table is scores too.
	const kind = target.kind === 'survey' ? 'survey' : 'scores';
	const result = await db.transaction(async (tx) => {
		const [row] = await tx.query<{ import_id: number }>(
			`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, mapping)
			VALUES (${literal(file.fileName)}, ${literal(file.sha256)}, ${literal(kind)}, false,
				${outcome.rowsRead}, ${outcome.rowsValid}, ${outcome.rowsRejected}, ${literal(mapping)})
			RETURNING import_id`
		);
		const importId = row!.import_id;
		await tx.exec(insertSql(target, outcome.tables.clean, importId, plan));
		if (target.kind === 'survey') {
			const [bad] = await tx.query<{ n: number }>(answersOutOfScaleSql(importId));
			if (bad!.n > 0)
				throw new Error(`${bad!.n} câu trả lời ngoài thang 1–5 lọt qua bước kiểm tra; chưa nhập gì.`);
		}
		await tx.exec(
			`INSERT INTO import_errors SELECT ${importId}, line, "column", value, code, detail FROM ${ident(outcome.tables.issues)}`
		);
		return { importId, rowsLoaded: outcome.rowsValid };
	});
	await discardCheck(db, outcome.tables);
	return result;
}
