import type { Contract } from '../contracts/field';
import { fold } from '../rules/fold';
import type { ColumnMapping } from '../validate/plan';

/*
 * Columns → fields from their names, Vietnamese or English, case and diacritics folded. A field takes the
 * first column whose folded header equals one of its names; a column serves one field. What is left is for
 * the analyst to map (or to leave out).
 */

export function autoMap(contract: Contract, headers: readonly string[]): ColumnMapping {
	const folded = headers.map(fold);
	const used = new Set<number>();
	const mapping: ColumnMapping = {};
	for (const field of contract.fields) {
		const names = new Set([field.key, ...field.headers].map(fold));
		const column = folded.findIndex((h, i) => !used.has(i) && names.has(h));
		if (column >= 0) {
			mapping[field.key] = column;
			used.add(column);
		}
	}
	return mapping;
}

/** A stable name for a header row, to remember the analyst's mapping for the next file like it. */
export function headerSignature(headers: readonly string[]): string {
	return headers.map(fold).join('\u0001');
}
