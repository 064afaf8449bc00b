import { keyList, listForYear } from '$lib/units';
import type { TrendDataRow } from '$lib/sql/trend-sql';

/*
 * The trends page's numbers from one read of the index's rows (trendRowsSql): the unit picker's list, the
 * chosen units' rows with ranks, and the average. Ranks and the average never mix the 63 and the 34
 * provinces: a rank is within its year and code system, and a year's average is over the list in force
 * that year (systemForYear), or over the list that has values when the one in force has none.
 */

export interface TrendRow {
	unit_key: string;
	name: string;
	year: number;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	method_version: string | null;
	is_sample: boolean;
}

export interface TrendAverageRow {
	year: number;
	value: number;
	n: number;
	method_version: string | null;
	/** The key prefix of the list averaged ('gso63', 'qd19'). */
	system: string;
}

export interface TrendUnitRow {
	unit_key: string;
	name: string;
	first_year: number;
	last_year: number;
}

/** A one-to-one succession between two units both in the data (Hà Nội gso63:01 → qd19:01). */
export interface TrendLink {
	old_key: string;
	new_key: string;
}

export interface TrendData {
	units: TrendUnitRow[];
	/** Rows of the chosen units and of their one-to-one predecessor or successor, by unit then year. */
	rows: TrendRow[];
	average: TrendAverageRow[];
	links: TrendLink[];
}

export function computeTrend(
	data: readonly TrendDataRow[],
	chosen: readonly string[],
	from: number | null,
	to: number | null
): TrendData {
	const units = new Map<string, TrendUnitRow>();
	for (const r of data) {
		if (r.value === null) continue;
		const u = units.get(r.unit_key);
		if (!u)
			units.set(r.unit_key, { unit_key: r.unit_key, name: r.name, first_year: r.year, last_year: r.year });
		else {
			u.first_year = Math.min(u.first_year, r.year);
			u.last_year = Math.max(u.last_year, r.year);
		}
	}
	const inYears = data.filter((r) => (from === null || r.year >= from) && (to === null || r.year <= to));

	// Values by year and system, best first, for ranks and the average.
	const lists = new Map<string, TrendDataRow[]>();
	for (const r of inYears) {
		if (r.value === null) continue;
		const id = `${r.year} ${keyList(r.unit_key)}`;
		lists.set(id, [...(lists.get(id) ?? []), r]);
	}
	for (const list of lists.values()) list.sort((a, b) => b.value! - a.value!);
	const rankOf = (r: TrendDataRow): [number | null, number] => {
		const list = lists.get(`${r.year} ${keyList(r.unit_key)}`) ?? [];
		// Tied values share the best rank (RANK(), not ROW_NUMBER()).
		return [r.value === null ? null : list.findIndex((o) => o.value === r.value) + 1, list.length];
	};

	const links: TrendLink[] = [];
	for (const r of data)
		if (r.successor && units.has(r.successor) && !links.some((l) => l.old_key === r.unit_key))
			links.push({ old_key: r.unit_key, new_key: r.successor });
	const wanted = new Set(chosen);
	for (const l of links)
		if (wanted.has(l.old_key) || wanted.has(l.new_key)) {
			wanted.add(l.old_key);
			wanted.add(l.new_key);
		}
	const rows = inYears
		.filter((r) => wanted.has(r.unit_key))
		.map((r) => {
			const [rank, ranked_of] = rankOf(r);
			const { successor: _, ...rest } = r;
			return { ...rest, rank, ranked_of };
		});

	return { units: [...units.values()], rows, average: averages(lists), links };
}

function averages(lists: Map<string, TrendDataRow[]>): TrendAverageRow[] {
	const years = [...new Set([...lists.keys()].map((id) => Number(id.split(' ')[0])))].sort((a, b) => a - b);
	return years.map((year) => {
		const here = [...lists.entries()].filter(([id]) => id.startsWith(`${year} `));
		const inForce = here.find(([id]) => id === `${year} ${listForYear(year)}`);
		// No value of the list in force: the list with the most values (a 34-province file for 2024).
		const [id, list] = inForce ?? here.sort((a, b) => b[1].length - a[1].length)[0]!;
		const methods = list
			.map((r) => r.method_version)
			.filter((m): m is string => m !== null)
			.sort();
		return {
			year,
			value: list.reduce((s, r) => s + r.value!, 0) / list.length,
			n: list.length,
			method_version: methods[0] ?? null,
			system: id.split(' ')[1]!
		};
	});
}
