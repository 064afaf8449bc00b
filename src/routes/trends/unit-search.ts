import { foldText } from '$lib/units/fold';

export interface PickableUnit {
	unit_key: string;
	name: string;
	first_year: number;
	last_year: number;
}

/**
 * Units whose name contains every word of `query`, ignoring case and diacritics ("dak lak" finds "Đắk Lắk"):
 * names that start with the query first, then Vietnamese alphabetical order; the chosen ones left out.
 */
export function searchUnits<T extends PickableUnit>(
	units: readonly T[],
	query: string,
	chosen: readonly string[] = [],
	limit = 8
): T[] {
	const q = foldText(query);
	const words = q.split(' ').filter(Boolean);
	return units
		.filter((u) => !chosen.includes(u.unit_key))
		.map((u) => ({ u, folded: foldText(u.name) }))
		.filter(({ folded }) => words.every((w) => folded.includes(w)))
		.sort(
			(a, b) =>
				Number(!a.folded.startsWith(q)) - Number(!b.folded.startsWith(q)) ||
				a.u.name.localeCompare(b.u.name, 'vi') ||
				a.u.first_year - b.u.first_year
		)
		.slice(0, limit)
		.map(({ u }) => u);
}
