import { keyList, listForYear } from '$lib/units';
import type { TrendScoreRow } from '$lib/sql/trend-sql';

/*
 * The trends page's numbers from one read of the index's rows (trendScoresSql): the newest import's row of
 * each unit and year with its name and one-to-one successor (latestRows), then the unit picker's list, the
 * chosen units' rows with ranks, and the average (computeTrend). Ranks and the average never mix the 63 and
 * the 34 provinces: a rank is within its year and code system, and a year's average is over the list in
 * force that year (systemForYear), or over the list that has values when the one in force has none.
 */

/** A unit's value in a year, from the newest import that has the unit and year. */
export interface TrendDataRow {
	unit_key: string;
	name: string;
	year: number;
	value: number | null;
	method_version: string | null;
	is_sample: boolean;
	/** The unit's successor when the succession is one to one (oneToOne), so its line may go on. */
	successor: string | null;
}

/**
 * The successions that are one to one: the old unit has this one successor and the new unit this one
 * predecessor (Hà Nội gso63:01 → qd19:01). A province merged from several is never joined to one of them.
 */
export function oneToOne(successions: readonly TrendLink[]): Map<string, string> {
	const count = (key: 'old_key' | 'new_key') => {
		const n = new Map<string, number>();
		for (const s of successions) n.set(s[key], (n.get(s[key]) ?? 0) + 1);
		return n;
	};
	const olds = count('old_key');
	const news = count('new_key');
	return new Map(
		successions
			.filter((s) => olds.get(s.old_key) === 1 && news.get(s.new_key) === 1)
			.map((s) => [s.old_key, s.new_key])
	);
}

/**
 * One row per unit and year from the chosen source (the sample's imports, or the analyst's), the newest
 * import's (highest import_id), even when its value is missing: a corrected file that leaves a value out hides
 * the older value. Sorted by unit, then year.
 */
export function latestRows(
	scores: readonly TrendScoreRow[],
	basis: {
		names: ReadonlyMap<string, string>;
		successors: ReadonlyMap<string, string>;
		sampleImports: ReadonlySet<number>;
	},
	sample: boolean
): TrendDataRow[] {
	const { names, successors, sampleImports } = basis;
	const newest = new Map<string, TrendScoreRow>();
	for (const s of scores) {
		if (sampleImports.has(s.import_id) !== sample) continue;
		const id = `${s.unit_key}\u0000${s.year}`;
		const held = newest.get(id);
		if (!held || s.import_id > held.import_id) newest.set(id, s);
	}
	return [...newest.values()]
		.sort((a, b) => (a.unit_key < b.unit_key ? -1 : a.unit_key > b.unit_key ? 1 : a.year - b.year))
		.map((s) => ({
			unit_key: s.unit_key,
			name: names.get(s.unit_key) ?? s.unit_key,
			year: s.year,
			value: s.value,
			method_version: s.method_version,
			is_sample: sample,
			successor: successors.get(s.unit_key) ?? null
		}));
}

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
