/*
 * Unit names and codes in a file are few (tens to hundreds of distinct values) even when rows are millions,
 * so they are matched to the registry once per distinct (text, year) in JavaScript, and both validation
 * paths look the answer up: `js.ts` in a Map, `sql.ts` in a small table joined on the same key.
 */

export type UnitMatch =
	{ unitKey: string } | { code: 'unknown_unit' | 'ambiguous_unit' | 'unit_not_valid'; detail: string };

export type UnitResolver = (text: string, year: number | null) => UnitMatch;

export interface UnitMapEntry {
	text: string;
	year: number | null;
	match: UnitMatch;
}

export const unitMapKey = (text: string, year: number | null) => `${year ?? ''}\u0001${text}`;

export function buildUnitMap(
	pairs: Iterable<{ text: string; year: number | null }>,
	resolve: UnitResolver
): Map<string, UnitMapEntry> {
	const map = new Map<string, UnitMapEntry>();
	for (const { text, year } of pairs) {
		const key = unitMapKey(text, year);
		if (!map.has(key)) map.set(key, { text, year, match: resolve(text, year) });
	}
	return map;
}
