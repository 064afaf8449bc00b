import type { Database } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import type { Contract } from '../contracts/field';
import type { CheckPlan } from '../validate/plan';
import { discardCheck, type CheckOutcome } from './check';
import type { PreparedFile } from './prepared';
import { insertSurveySql } from './targets';

/*
 * Loads the clean rows of a check, in one transaction with the import's record and its issue list: the
 * import lands whole or not at all, also when the tab is closed half-way (the transaction is never
 * committed, and DuckDB's log replays only committed work).
 */

export interface CommitResult {
	importId: number;
	rowsLoaded: number;
}

export async function commitCheck(
	db: Database,
	file: PreparedFile,
	contract: Contract,
	plan: CheckPlan,
	outcome: CheckOutcome
): Promise<CommitResult> {
	const mapping = JSON.stringify(Object.fromEntries(plan.fields.map((f) => [f.field.key, f.header])));
	const result = await db.transaction(async (tx) => {
		const [row] = await tx.query<{ import_id: number }>(
			`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, mapping)
			VALUES (${literal(file.fileName)}, ${literal(file.sha256)}, ${literal(contract.kind)}, false,
				${outcome.rowsRead}, ${outcome.rowsValid}, ${outcome.rowsRejected}, ${literal(mapping)})
			RETURNING import_id`
		);
		const importId = row!.import_id;
		if (contract.kind !== 'survey') throw new Error('Chưa hỗ trợ nạp loại dữ liệu này');
		await tx.exec(insertSurveySql(outcome.tables.clean, importId, plan));
		await tx.exec(
			`INSERT INTO import_errors SELECT ${importId}, line, "column", value, code, detail FROM ${ident(outcome.tables.issues)}`
		);
		return { importId, rowsLoaded: outcome.rowsValid };
	});
	await discardCheck(db, outcome.tables);
	return result;
}
