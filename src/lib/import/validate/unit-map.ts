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

/** Whether a row's year can date a unit (a year the registry can place); else the name is matched in no year. */
export function isDatedYear(year: number | null): year is number {
	return year !== null && year >= 1000 && year <= 9999;
}

/** `isDatedYear` in SQL over a BIGINT expression (NULL is not dated). */
export function isDatedYearSql(year: string): string {
	return `coalesce(${year} BETWEEN 1000 AND 9999, false)`;
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
