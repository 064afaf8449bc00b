import type { SkippedRow } from '../sniff/schema';

/*
 * The year a file's title gives ("BẢNG TỔNG HỢP … NĂM 2021"), offered as the year when no column gives one:
 * offices write the year in the title of a yearly table, not in a column. Only title rows above the header
 * are read, so a signature's date below the table ("ngày 15 tháng 3 năm 2025") is never taken.
 */

const YEAR_IN_TITLE = /(?:^|[^\p{L}])(?:năm|nam|year)\s+((?:19|20)\d\d)(?!\d)/iu;

/** The year of the first title row above `headerLine` that says "năm YYYY", with that row's line. */
export function titleYear(
	skipped: readonly SkippedRow[],
	headerLine: number
): { year: number; line: number } | null {
	for (const row of skipped) {
		if (row.reason !== 'title' || row.line >= headerLine) continue;
		const match = YEAR_IN_TITLE.exec(row.text.normalize('NFC'));
		if (match) return { year: Number(match[1]), line: row.line };
	}
	return null;
}
