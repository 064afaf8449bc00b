import type { Queryable } from '$lib/db';
import type { IndexCode } from '$lib/indices';
import { literal } from '$lib/sql/quote';
import { scoreKey, type EarlierScore } from '../contracts/field';
import type { ImportTarget } from './targets';

/*
 * The scores earlier imports hold for an index, so that a score file's check can refuse a row that would
 * store the same unit, year and component twice (see the README: the analyst removes the import the new file
 * replaces). Sample data is left out: it is hidden once real data of the index exists. Score tables are small
 * (63 provinces × 13 years × 11 values ≈ 9,000 rows), so they come into the page whole.
 */

/** The earlier imports' scores of `indexCode` (not sample data), with the import each came from. */
export function earlierScoresSql(indexCode: IndexCode): string {
	return `SELECT s.unit_key, s.year, s.component_code, s.value, s.import_id, i.file_name, i.imported_at
		FROM index_scores s JOIN imports i USING (import_id)
		WHERE s.index_code = ${literal(indexCode)} AND NOT i.is_sample
		ORDER BY s.import_id`;
}

interface Row {
	unit_key: string;
	year: number;
	component_code: string | null;
	value: number | null;
	import_id: number;
	file_name: string;
	imported_at: string;
}

/** By `scoreKey`, the first import that holds each score; empty for a survey. */
export async function loadEarlierScores(
	db: Queryable,
	target: ImportTarget
): Promise<Map<string, EarlierScore>> {
	const earlier = new Map<string, EarlierScore>();
	if (target.kind === 'survey') return earlier;
	for (const r of await db.query<Row>(earlierScoresSql(target.indexCode))) {
		const key = scoreKey(r.unit_key, r.year, r.component_code);
		if (earlier.has(key)) continue;
		earlier.set(key, {
			importId: r.import_id,
			fileName: r.file_name,
			importedAt: r.imported_at,
			value: r.value
		});
	}
	return earlier;
}
