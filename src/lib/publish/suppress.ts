import type { RankingPublicationRow } from './schema';

/*
 * Small-cell suppression: a value computed from fewer than `minN` responses is not published. The row keeps
 * the unit (readers see it was measured and withheld), and everything that would let the value be read back
 * goes too: the rank, the group, the change and the previous value. Rows without an n (index score tables,
 * which hold no responses) are never suppressed.
 */

export function isSmallCell(n: number | null | undefined, minN: number | null): boolean {
	return minN != null && n != null && n < minN;
}

export function suppressSmallCells(
	rows: readonly RankingPublicationRow[],
	minN: number | null
): RankingPublicationRow[] {
	return rows.map((row) =>
		isSmallCell(row.n, minN)
			? {
					...row,
					value: null,
					rank: null,
					prev_value: null,
					prev_rank: null,
					rank_change: null,
					value_change: null,
					group_label: null,
					suppressed: true
				}
			: { ...row, suppressed: false }
	);
}

/** Why a survey cell is withheld, as the file says it: "n < 30". */
export function smallCellNote(minN: number): string {
	return `n < ${minN}`;
}

/**
 * A survey cell (a unit, an element of a unit, an item) for the file: the cell as given when n ≥ minN;
 * otherwise only what names it (`keep`), `suppressed: true` and the note "n < 30" — no value, n, interval
 * or rank, not even as null, so nothing in the file tells how close to the threshold it was.
 */
export function withholdSmallCell<T extends { n: number }, K extends keyof T>(
	cell: T,
	minN: number,
	keep: readonly K[]
): (T & { suppressed: false }) | (Pick<T, K> & { suppressed: true; note: string }) {
	if (!isSmallCell(cell.n, minN)) return { ...cell, suppressed: false };
	const named = Object.fromEntries(keep.map((k) => [k, cell[k]])) as Pick<T, K>;
	return { ...named, suppressed: true, note: smallCellNote(minN) };
}
