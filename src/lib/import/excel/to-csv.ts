/*
 * Rows of a sheet (as read-excel-file returns them, row 1 first, blank rows kept) → CSV text and notices.
 * Line N of the CSV is row N of the sheet: blank rows are empty lines and no field holds a line break.
 */
import { cellText, dateText, excelNumber, numberText, percentText, RawNumber } from './cell-text';
import { csvRecord } from './csv';
import { notices } from './notices';
import { parseRange } from './refs';
import type { CellFacts } from './sheet-xml';
import type { SheetCsv } from './types';

export type SheetCell = string | number | boolean | Date | RawNumber | null | undefined;

export function columnLetter(column: number): string {
	let letters = '';
	for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	}
	return letters;
}

const filled = (row: readonly SheetCell[]) =>
	row.filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')).length;

/**
 * The likely header row (1-based): the first row filled at least half as wide as the widest row, and with
 * two cells or more, so title rows above a table (one merged cell each) are passed over. Only used to word
 * the merged-cells notice; the CSV sniffer decides the header for the import.
 */
export function guessHeaderRow(rows: readonly (readonly SheetCell[])[]): number | null {
	const counts = rows.map(filled);
	const widest = Math.max(0, ...counts);
	const index = counts.findIndex((n) => n >= Math.max(2, Math.ceil(widest / 2)));
	return index < 0 ? null : index + 1;
}

function mergeNotices(rows: readonly (readonly SheetCell[])[], merges: readonly string[]): string[] {
	const ranges = merges
		.map((ref) => ({ ref, box: parseRange(ref) }))
		.filter((m): m is { ref: string; box: NonNullable<typeof m.box> } => m.box !== null)
		.filter(({ box }) => box.bottom > box.top || box.right > box.left);
	const header = guessHeaderRow(rows);
	if (header === null || ranges.length === 0) return [];
	// The header block: the header row and the rows its vertical merges reach down to.
	const inHeaderRow = ranges.filter(({ box }) => box.top <= header && box.bottom >= header);
	const headerEnd = Math.max(header, ...inHeaderRow.map(({ box }) => box.bottom));
	const headerMerges = ranges.filter(({ box }) => box.bottom >= header && box.top <= headerEnd);
	const dataMerges = ranges.filter(({ box }) => box.top > headerEnd);
	const out: string[] = [];
	if (headerMerges.length)
		out.push(
			notices.mergedHeader(
				header,
				headerEnd,
				headerMerges.map((m) => m.ref)
			)
		);
	if (dataMerges.length) out.push(notices.mergedData(dataMerges.map((m) => m.ref)));
	return out;
}

/** `facts` null: the XML could not be scanned on this platform (see notices.noScan). */
export function rowsToCsv(
	rows: readonly (readonly SheetCell[])[],
	facts: CellFacts | null,
	sheetName: string
): SheetCsv {
	const joined: string[] = [];
	const percent: string[] = [];
	let percentExample = '';
	const lines = rows.map((row, i) => {
		const fields = row.map((value, j): string => {
			if (value === null || value === undefined) return '';
			if (value instanceof RawNumber) {
				const ref = `${columnLetter(j + 1)}${i + 1}`;
				if (!facts?.percent.has(ref)) return numberText(value.raw);
				const text = percentText(value.raw);
				percent.push(ref);
				percentExample ||= text;
				return text;
			}
			if (typeof value === 'number') return excelNumber(value);
			if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
			if (value instanceof Date) return dateText(value);
			const cell = cellText(value);
			if (cell.joined) joined.push(`${columnLetter(j + 1)}${i + 1}`);
			return cell.text;
		});
		return `${csvRecord(fields)}\n`;
	});

	const out: string[] = [];
	if (rows.every((row) => filled(row) === 0)) out.push(notices.emptySheet(sheetName));
	if (facts) {
		out.push(...mergeNotices(rows, facts.merges));
		if (facts.errors.length) out.push(notices.errorCells(facts.errors));
		if (facts.uncached.length) out.push(notices.uncachedFormulas(facts.uncached));
	} else {
		out.push(notices.noScan());
	}
	if (joined.length) out.push(notices.joinedLines(joined));
	if (percent.length) out.push(notices.percent(percent, percentExample));
	return { csv: lines.join(''), notices: out };
}
