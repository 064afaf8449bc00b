// Ranking units by satisfaction with the small-sample rule and the "not significantly different" mark.
import { intervalsOverlap, type Interval } from './intervals';

export interface RankInput {
	key: string;
	value: number | null;
	/** Respondents behind the value. */
	n: number;
	interval: Interval | null;
}

export interface Ranked<T extends RankInput> {
	row: T;
	/** Competition rank ("1, 2, 2, 4") among publishable units; null when not ranked. */
	rank: number | null;
	/** n ≥ minN and a value: shown in full, ranked, publishable. Otherwise greyed. */
	publishable: boolean;
	/** Its interval overlaps the next ranked unit's: "chưa khác biệt có ý nghĩa thống kê". */
	overlapsNext: boolean;
}

/**
 * Publishable units first, by value (highest first, ties share a rank), then the greyed ones by value with
 * no rank. Rank on the unrounded value (DOMAIN.md §1.2).
 */
export function rankUnits<T extends RankInput>(rows: readonly T[], minN: number): Ranked<T>[] {
	const byValue = (a: T, b: T) =>
		(b.value ?? -Infinity) - (a.value ?? -Infinity) || a.key.localeCompare(b.key);
	const ok = rows.filter((r) => r.value != null && r.n >= minN).sort(byValue);
	const rest = rows.filter((r) => !(r.value != null && r.n >= minN)).sort(byValue);
	let previous = 0;
	const ranked = ok.map((row, i) => {
		const rank = i > 0 && ok[i - 1]!.value === row.value ? previous : i + 1;
		previous = rank;
		return {
			row,
			rank,
			publishable: true,
			overlapsNext: i + 1 < ok.length && intervalsOverlap(row.interval, ok[i + 1]!.interval)
		};
	});
	return [...ranked, ...rest.map((row) => ({ row, rank: null, publishable: false, overlapsNext: false }))];
}
