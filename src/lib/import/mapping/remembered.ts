import type { Database } from '$lib/db';
import { literal } from '$lib/sql/quote';
import type { ColumnMapping } from '../validate/plan';
import { headerSignature } from './auto-map';

/*
 * The analyst's column mapping, remembered for the next file with the same header (folded, in order): an
 * office sends the same export every quarter, and the corrections made once should not be made again.
 * Saved when rows are loaded, not when a check is cancelled. What the file was imported as names a survey's
 * questionnaire ('survey:<id>', flow-targets.ts), so the next file follows the same one.
 */

export interface RememberedMapping {
	/** What the file was imported as: 'survey:<questionnaire id>', an index code, or an index code and ':long'. */
	target: string;
	mapping: ColumnMapping;
	/** When recalled: the import whose loading saved it (the last one before it was saved), if still there. */
	from?: { importId: number; fileName: string; importedAt: string } | null;
}

export async function rememberMapping(
	db: Database,
	headers: readonly string[],
	remembered: RememberedMapping
): Promise<void> {
	const signature = headerSignature(headers);
	const json = JSON.stringify(remembered.mapping);
	await db.exec(
		`INSERT INTO import_mappings (signature, kind, mapping) VALUES (${literal(signature)}, ${literal(remembered.target)}, ${literal(json)})
		ON CONFLICT (signature) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, saved_at = now()::TIMESTAMP`
	);
	// Saved at once: it comes after the import's commit, and a write outside a transaction stays in DuckDB's
	// log, which alone does not survive a reload in the browser (db/checkpoint.ts).
	await db.save();
}

/** The mapping last used for this header, or null. Columns beyond the header are dropped. */
export async function recallMapping(
	db: Database,
	headers: readonly string[]
): Promise<RememberedMapping | null> {
	// A mapping is saved right after its import commits (flow.svelte.ts), so that import is the last one before.
	const [row] = await db.query<{ kind: string; mapping: string; import_id: number | null }>(
		`SELECT kind, mapping,
			(SELECT arg_max(i.import_id, i.imported_at) FROM imports i WHERE NOT i.is_sample AND i.imported_at <= m.saved_at) AS import_id
		FROM import_mappings m WHERE signature = ?`,
		[headerSignature(headers)]
	);
	if (!row) return null;
	let parsed: unknown;
	try {
		parsed = JSON.parse(row.mapping);
	} catch {
		return null;
	}
	if (typeof parsed !== 'object' || parsed === null) return null;
	const mapping: ColumnMapping = {};
	for (const [key, column] of Object.entries(parsed)) {
		if (Number.isInteger(column) && column >= 0 && column < headers.length) mapping[key] = column;
	}
	const [from] =
		row.import_id === null
			? []
			: await db.query<{ importId: number; fileName: string; importedAt: string }>(
					`SELECT import_id AS "importId", file_name AS "fileName", imported_at AS "importedAt" FROM imports WHERE import_id = ?`,
					[row.import_id]
				);
	return { target: row.kind, mapping, from: from ?? null };
}
