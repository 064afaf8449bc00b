import type { BumpSeries, TrendSeries } from '$lib/charts';
import { keyList } from '$lib/units';
import { type TrendAverageRow, type TrendLink, type TrendRow } from '$lib/workspace/trend-compute';
import type { PickableUnit } from './unit-search';

/**
 * The units drawn as one line with `key`: back through its one-to-one predecessors and on through its
 * successors, as long as each has data (`has`). Hà Nội gso63:01 → qd19:01; a merged province has no link.
 */
export function joinedKeys(
	key: string,
	has: (key: string) => boolean,
	links: readonly TrendLink[]
): string[] {
	const next = new Map(links.map((l) => [l.old_key, l.new_key]));
	const prev = new Map(links.map((l) => [l.new_key, l.old_key]));
	let start = key;
	while (prev.has(start) && has(prev.get(start)!) && prev.get(start) !== key) start = prev.get(start)!;
	const keys: string[] = [];
	for (let k: string | undefined = start; k && has(k) && !keys.includes(k); k = next.get(k)) keys.push(k);
	return keys;
}

/**
 * The chosen units' rows as chart series, in the order they were chosen. A unit and its one-to-one
 * successor (Hà Nội of the 63, Hà Nội of the 34) are one series, under the key that was chosen; a province
 * merged from several has no such link and stays its own line. Two series of one name (Đắk Lắk of the 63
 * until 2024, of the 34 from 2025) are told apart by their years.
 */
export function unitSeries(
	rows: readonly TrendRow[],
	order: readonly string[],
	links: readonly TrendLink[] = []
) {
	const byUnit = new Map<string, TrendRow[]>();
	for (const r of rows) byUnit.set(r.unit_key, [...(byUnit.get(r.unit_key) ?? []), r]);
	const used = new Set<string>();
	const chains: { key: string; keys: string[] }[] = [];
	for (const key of order) {
		if (used.has(key) || !byUnit.has(key)) continue;
		const keys = joinedKeys(key, (k) => byUnit.has(k), links);
		keys.forEach((k) => used.add(k));
		chains.push({ key, keys });
	}
	const names = chains.map((c) => [...new Set(c.keys.map((k) => byUnit.get(k)![0]!.name))].join(' → '));
	return chains.map((c, i) => {
		const own = c.keys.flatMap((k) => byUnit.get(k)!).sort((a, b) => a.year - b.year);
		const years = own.map((r) => r.year);
		const shared = names.filter((n) => n === names[i]).length > 1;
		const label = shared ? `${names[i]} (${Math.min(...years)}–${Math.max(...years)})` : names[i]!;
		return { key: c.key, label, rows: own, joined: c.keys.length > 1 };
	});
}

/**
 * A unit's name in the picker, with its years when another unit has the same name (Đắk Lắk of the 63 and of
 * the 34). A chosen unit's chip stands for its line, so with `links` its years are those of the whole joined
 * line: Hà Nội of the 63 joined to Hà Nội of the 34 is "Hà Nội (2018–2025)", not "(2018–2024)".
 */
export function pickerLabel(
	unit: PickableUnit,
	units: readonly PickableUnit[],
	links: readonly TrendLink[] = []
): string {
	const byKey = new Map(units.map((u) => [u.unit_key, u]));
	if (units.filter((u) => u.name === unit.name).length < 2) return unit.name;
	const line = joinedKeys(unit.unit_key, (k) => byKey.has(k), links).map((k) => byKey.get(k)!);
	const first = Math.min(...line.map((u) => u.first_year));
	const last = Math.max(...line.map((u) => u.last_year));
	return `${unit.name} (${first}–${last})`;
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
					points: average.map((a) => ({
						year: a.year,
						value: a.value,
						method: a.method_version,
						list: a.system
					}))
				}
			]
		: [];
	return [
		...reference,
		...units.map((u) => ({
			key: u.key,
			label: u.label,
			points: u.rows.map((r) => ({
				year: r.year,
				value: r.value,
				method: r.method_version,
				list: keyList(r.unit_key)
			}))
		}))
	];
}

/**
 * Ranks of each unit over the years (rank within its year and list of units); each point names its list, so
 * the rank line breaks where the list changes (the values' line goes on across a one-to-one succession).
 */
export function bumpSeries(units: ReturnType<typeof unitSeries>): BumpSeries[] {
	return units.map((u) => ({
		key: u.key,
		label: u.label,
		points: u.rows.map((r) => ({
			year: r.year,
			rank: r.rank,
			method: r.method_version,
			list: keyList(r.unit_key)
		}))
	}));
}
