import type { BumpSeries, TrendSeries } from '$lib/charts';
import type { TrendAverageRow, TrendRow } from '$lib/sql/trend-sql';

/**
 * The chosen units' rows as chart series, in the order they were chosen. Two units with one name (Đắk Lắk
 * of the 63 until 2024 and of the 34 from 2025) are told apart by their years.
 */
export function unitSeries(rows: readonly TrendRow[], order: readonly string[]) {
	const byUnit = new Map<string, TrendRow[]>();
	for (const r of rows) byUnit.set(r.unit_key, [...(byUnit.get(r.unit_key) ?? []), r]);
	const keys = order.filter((k) => byUnit.has(k));
	const names = keys.map((k) => byUnit.get(k)![0]!.name);
	return keys.map((key, i) => {
		const own = byUnit.get(key)!;
		const years = own.map((r) => r.year);
		const shared = names.filter((n) => n === names[i]).length > 1;
		const label = shared ? `${names[i]} (${Math.min(...years)}–${Math.max(...years)})` : names[i]!;
		return { key, label, rows: own };
	});
}

/** Lines: the average as a dashed reference, then each unit; each point keeps its method version. */
export function lineSeries(
	units: ReturnType<typeof unitSeries>,
	average: readonly TrendAverageRow[],
	averageLabel: string
): TrendSeries[] {
	const reference: TrendSeries[] = average.length
		? [
				{
					key: 'average',
					label: averageLabel,
					reference: true,
					points: average.map((a) => ({ year: a.year, value: a.value, method: a.method_version }))
				}
			]
		: [];
	return [
		...reference,
		...units.map((u) => ({
			key: u.key,
			label: u.label,
			points: u.rows.map((r) => ({ year: r.year, value: r.value, method: r.method_version }))
		}))
	];
}

/** Ranks of each unit over the years (rank within its year and list of units). */
export function bumpSeries(units: ReturnType<typeof unitSeries>): BumpSeries[] {
	return units.map((u) => ({
		key: u.key,
		label: u.label,
		points: u.rows.map((r) => ({ year: r.year, rank: r.rank, method: r.method_version }))
	}));
}
