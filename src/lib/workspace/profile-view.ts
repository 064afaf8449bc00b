import type { ProfileRow } from '$lib/sql/profile-sql';

/* The unit profile's cards: per index, the latest year's total and components, and the totals over the years. */

export interface ProfileCard {
	indexCode: string;
	latestYear: number;
	total: ProfileRow | null;
	components: ProfileRow[];
	/** Totals in year order (the sparkline). */
	series: { year: number; value: number | null }[];
	isSample: boolean;
}

const INDEX_ORDER = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'DTI', 'DDCI', 'ICT'];

export function profileCards(rows: readonly ProfileRow[]): ProfileCard[] {
	const byIndex = new Map<string, ProfileRow[]>();
	for (const r of rows) byIndex.set(r.index_code, [...(byIndex.get(r.index_code) ?? []), r]);
	const cards = [...byIndex].map(([indexCode, list]): ProfileCard => {
		const latestYear = Math.max(...list.map((r) => r.year));
		const latest = list.filter((r) => r.year === latestYear);
		return {
			indexCode,
			latestYear,
			total: latest.find((r) => r.component_code === null) ?? null,
			components: latest.filter((r) => r.component_code !== null),
			series: list
				.filter((r) => r.component_code === null)
				.map((r) => ({ year: r.year, value: r.value }))
				.sort((a, b) => a.year - b.year),
			isSample: list.some((r) => r.is_sample)
		};
	});
	const order = (code: string) => INDEX_ORDER.indexOf(code) + 1 || 99;
	return cards.sort(
		(a, b) => order(a.indexCode) - order(b.indexCode) || a.indexCode.localeCompare(b.indexCode)
	);
}
