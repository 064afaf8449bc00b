import type { LineageRow, ProfileRow } from '$lib/sql/profile-sql';

/* The unit profile's cards: per index, the latest year's total and components, and the totals over the years. */

export interface ProfileCard {
	indexCode: string;
	latestYear: number;
	total: ProfileRow | null;
	components: ProfileRow[];
	/**
	 * Totals in year order (the sparkline), the same territory's years under its other key included; where the
	 * method changes, a point without value halfway between the years, so the line breaks as on /trends.
	 */
	series: { year: number; value: number | null }[];
	/** Years of the series that are the other key's (Hà Nội's 2018–2024 as one of the 63), for the caption. */
	joinedYears: number[];
	isSample: boolean;
}

/** Where a unit came from or went in a reorganisation, and the one other key of the same territory, if any. */
export interface Lineage {
	/** Units merged into this one (more than one: a merger; its earlier years are theirs, not joined). */
	from: { key: string; name: string }[];
	/** Units this one became. */
	into: { key: string; name: string }[];
	/** The unit's key before or after a one-to-one succession (same territory): its years join the sparklines. */
	same: { key: string; name: string } | null;
	date: string | null;
}

/**
 * The unit's successions (`rows`, unitLineageSql) read against `successors`, the one-to-one successions of the
 * whole crosswalk (trend-compute's `oneToOne`): the same rule decides which lines /trends joins.
 */
export function lineageOf(
	rows: readonly LineageRow[],
	unitKey: string,
	successors: ReadonlyMap<string, string>
): Lineage {
	const from = rows.filter((r) => r.new_key === unitKey);
	const into = rows.filter((r) => r.old_key === unitKey);
	const before = from.find((r) => successors.get(r.old_key) === unitKey);
	const after = into.find((r) => successors.get(unitKey) === r.new_key);
	return {
		from: from.map((r) => ({ key: r.old_key, name: r.old_name })),
		into: into.map((r) => ({ key: r.new_key, name: r.new_name })),
		same: before
			? { key: before.old_key, name: before.old_name }
			: after
				? { key: after.new_key, name: after.new_name }
				: null,
		date: rows[0]?.effective_date ?? null
	};
}

const INDEX_ORDER = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'DTI', 'DDCI', 'ICT'];

/** Year and value of each total, with a gap (no value) between two years of different method versions. */
function withBreaks(totals: readonly ProfileRow[]): { year: number; value: number | null }[] {
	return totals.flatMap((r, i) => {
		const prev = totals[i - 1];
		const gap =
			prev && prev.method_version !== r.method_version
				? [{ year: (prev.year + r.year) / 2, value: null }]
				: [];
		return [...gap, { year: r.year, value: r.value }];
	});
}

/**
 * One card per index. `sameTerritory`: the rows of the unit's other key (a one-to-one succession), whose totals
 * fill the sparkline's years the unit's own key lacks; ranks, averages and components stay the unit's own.
 */
export function profileCards(
	rows: readonly ProfileRow[],
	sameTerritory: readonly ProfileRow[] = []
): ProfileCard[] {
	const byIndex = new Map<string, ProfileRow[]>();
	for (const r of rows) byIndex.set(r.index_code, [...(byIndex.get(r.index_code) ?? []), r]);
	const cards = [...byIndex].map(([indexCode, list]): ProfileCard => {
		const latestYear = Math.max(...list.map((r) => r.year));
		const latest = list.filter((r) => r.year === latestYear);
		const totals = (from: readonly ProfileRow[]) =>
			from.filter((r) => r.index_code === indexCode && r.component_code === null);
		const own = totals(list);
		const ownYears = new Set(own.map((r) => r.year));
		const joined = totals(sameTerritory).filter((r) => !ownYears.has(r.year));
		return {
			indexCode,
			latestYear,
			total: latest.find((r) => r.component_code === null) ?? null,
			components: latest.filter((r) => r.component_code !== null),
			series: withBreaks([...own, ...joined].sort((a, b) => a.year - b.year)),
			joinedYears: joined.map((r) => r.year).sort((a, b) => a - b),
			isSample: list.some((r) => r.is_sample)
		};
	});
	const order = (code: string) => INDEX_ORDER.indexOf(code) + 1 || 99;
	return cards.sort(
		(a, b) => order(a.indexCode) - order(b.indexCode) || a.indexCode.localeCompare(b.indexCode)
	);
}
