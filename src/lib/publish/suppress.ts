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
