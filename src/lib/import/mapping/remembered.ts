import type { Database } from '$lib/db';
import { literal } from '$lib/sql/quote';
import type { ColumnMapping } from '../validate/plan';
import { headerSignature } from './auto-map';

/*
 * The analyst's column mapping, remembered for the next file with the same header (folded, in order): an
 * office sends the same export every quarter, and the corrections made once should not be made again.
 * Saved when rows are loaded, not when a check is cancelled.
 */

export interface RememberedMapping {
	/** What the file was imported as: 'survey' or an index code. */
	target: string;
	mapping: ColumnMapping;
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
}

/** The mapping last used for this header, or null. Columns beyond the header are dropped. */
export async function recallMapping(
	db: Database,
	headers: readonly string[]
): Promise<RememberedMapping | null> {
	const [row] = await db.query<{ kind: string; mapping: string }>(
		`SELECT kind, mapping FROM import_mappings WHERE signature = ?`,
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
	return { target: row.kind, mapping };
}
