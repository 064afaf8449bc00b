import type { Contract } from '../contracts/field';
import { fold } from '../rules/fold';
import type { ColumnMapping } from '../validate/plan';

/*
 * Columns → fields from their names, Vietnamese or English, case and diacritics folded. A field takes the
 * first column whose folded header equals one of its names; a column serves one field. Then, for what is
 * left, looser readings: a header with an index's name before or after ("pci_score" → score), or split at
 * brackets and slashes where every piece names the same field ("Gia nhập thị trường (Entry costs)"), so a
 * qualifier such as "(xếp hạng)" leaves the column unmapped. What is left is for the analyst to map.
 */

const INDEX_WORD = /^(?:pci|papi|dti|par|sipas|ddci|ict) | (?:pci|papi|dti|par|sipas|ddci|ict)$/g;

/** The looser readings of a header: each a list of folded pieces that must all name the field. */
function loose(header: string): string[][] {
	const bare = fold(header).replace(INDEX_WORD, '');
	const pieces = header
		.split(/[()[\]/|]/)
		.map(fold)
		.filter((p) => p !== '');
	return [[bare], pieces];
}

export function autoMap(contract: Contract, headers: readonly string[]): ColumnMapping {
	const folded = headers.map(fold);
	const used = new Set<number>();
	const mapping: ColumnMapping = {};
	const namesOf = new Map(contract.fields.map((f) => [f.key, new Set([f.key, ...f.headers].map(fold))]));
	const take = (key: string, column: number) => {
		if (column < 0) return;
		mapping[key] = column;
		used.add(column);
	};
	for (const field of contract.fields) {
		const names = namesOf.get(field.key)!;
		take(
			field.key,
			folded.findIndex((h, i) => !used.has(i) && names.has(h))
		);
	}
	const readings = headers.map(loose);
	for (const field of contract.fields) {
		if (mapping[field.key] !== undefined) continue;
		const names = namesOf.get(field.key)!;
		const fits = (i: number) =>
			!used.has(i) && readings[i]!.some((r) => r.length > 0 && r.every((p) => names.has(p)));
		take(
			field.key,
			headers.findIndex((_, i) => fits(i))
		);
	}
	return mapping;
}

/** `mapping` with field `key` read from `column` (none when null); a column serves one field, so it leaves another. */
export function withColumn(mapping: ColumnMapping, key: string, column: number | null): ColumnMapping {
	const next = { ...mapping };
	if (column !== null) for (const [k, c] of Object.entries(next)) if (c === column) delete next[k];
	if (column === null) delete next[key];
	else next[key] = column;
	return next;
}

/** A stable name for a header row, to remember the analyst's mapping for the next file like it. */
export function headerSignature(headers: readonly string[]): string {
	return headers.map(fold).join('\u0001');
}
