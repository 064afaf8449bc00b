import type { Database } from '$lib/db';

/* The import history: what came in, when, how many rows were loaded and rejected; and undoing an import. */

export interface ImportRecord {
	import_id: number;
	file_name: string;
	sha256: string;
	kind: 'scores' | 'survey';
	is_sample: boolean;
	rows_read: number;
	rows_loaded: number;
	rows_rejected: number;
	imported_at: string;
}

export function listImports(db: Database): Promise<ImportRecord[]> {
	return db.query<ImportRecord>(
		`SELECT import_id, file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, imported_at
		FROM imports ORDER BY imported_at DESC, import_id DESC`
	);
}

/** Imports of the same bytes already in the workspace (the same file chosen twice). */
export function findSameFile(db: Database, sha256: string): Promise<ImportRecord[]> {
	return db.query<ImportRecord>(
		`SELECT import_id, file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, imported_at
		FROM imports WHERE sha256 = ? ORDER BY import_id`,
		[sha256]
	);
}

/** Every table with rows of an import, the import's own record last. */
const IMPORT_TABLES = [
	'survey_responses',
	'import_questionnaires',
	'index_scores',
	'import_errors',
	'imports'
];

/** Removes an import and exactly its rows, in one transaction. */
export async function removeImport(db: Database, importId: number): Promise<void> {
	await db.transaction(async (tx) => {
		for (const table of IMPORT_TABLES) {
			await tx.query(`DELETE FROM ${table} WHERE import_id = ?`, [importId]);
		}
	});
}
