/*
 * Where the table is: the header row under the title rows of an Excel export ("UBND TỈNH QUẢNG NINH",
 * "BẢNG TỔNG HỢP KẾT QUẢ…", blank lines, "Kết quả,,,,"), the data rows, and the rows below and between them
 * that are not data (totals, notes, signatures, the place-and-date line, blank rows).
 *
 * 1. Width: the number of filled cells of a data row. Rows with more than half of it are "wide"; titles and
 *    notes are narrow (a merged Excel title fills one cell).
 * 2. Profile: columns whose cells, over the wide rows, are mostly numbers.
 * 3. The first row that fits the profile (numbers where the columns have numbers) is data; the header is the
 *    nearest wide row above it that is mostly text and has text, not plain numbers, in the numeric columns. With
 *    no numeric column, the header is the first wide, mostly-text row that reaches the columns the rows use
 *    (not a title that a comma cut in two). A header may sit on two rows (group
 *    labels merged above sub-labels: "Kết quả" over "Điểm" and "Xếp hạng"); the names are joined.
 * 4. A row numbering the columns ("(1),(2),(3)" or "A,B,1,2") right under the header is skipped.
 * 5. From the bottom up: blank rows, notes ("Nguồn:", "Ghi chú:", "Người lập biểu", signatures, "Quảng Ninh,
 *    ngày 15 tháng 3 năm 2025"), totals ("Tổng cộng", "Trung bình"…) and rows without a number (names
 *    under a signature; in a table without numeric columns, narrow rows only, and only under a note, a date
 *    line or a total) are skipped until the first data row. Between the header and there, only blank rows, unambiguous totals
 *    ("Tổng cộng", "Cộng") and group rows ("I. Khối sở, ban, ngành") are skipped.
 */
import type { CsvRecord } from './rows';
import {
	effectiveLength,
	isBlank,
	isColumnNumbers,
	isNote,
	isSection,
	isTotal,
	joined,
	toRow,
	type CellKind,
	type Row
} from './row-patterns';
import type { SkippedRow, SkipReason, TableLayout } from './schema';

import { summariseSkipped } from './skipped';

export { summariseSkipped };

/** Rows from each end of the records that decide which columns are numeric. */
const PROFILE_ROWS = 1000;

/** The largest of `values` that a fifth of them reach (0 with none). */
function reachedByAFifth(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => b - a);
	return sorted[Math.max(1, Math.ceil(sorted.length / 5)) - 1] ?? 0;
}

/**
 * The width of a data row: the most filled cells that a fifth of the rows with two or more reach. Not the
 * most common count: in a short Excel export, titles, groups, totals and signatures can outnumber the data.
 */
function usualWidth(rows: readonly Row[]): number {
	const counts = rows.map((r) => r.filled).filter((n) => n >= 2);
	if (counts.length === 0) return Math.max(0, ...rows.map((r) => r.filled));
	return reachedByAFifth(counts);
}

/** The columns a row reaches (its last filled cell), as a fifth of the rows with two or more cells reach. */
function usualLength(rows: readonly Row[]): number {
	return reachedByAFifth(rows.filter((r) => r.filled >= 2).map(effectiveLength));
}

// ── Header ──────────────────────────────────────────────────────────────────────────────────────────────

const textish = (k: CellKind) => k === 'text' || k === 'year';

function textShare(r: Row): number {
	return r.filled === 0 ? 0 : r.kinds.filter(textish).length / r.filled;
}

/** Columns whose cells are mostly numbers over the wide rows. */
function numericColumns(rows: readonly Row[]): number[] {
	const width = Math.max(0, ...rows.map((r) => r.cells.length));
	const columns: number[] = [];
	for (let c = 0; c < width; c++) {
		let numbers = 0;
		let texts = 0;
		for (const r of rows) {
			const k = r.kinds[c];
			if (k === 'number' || k === 'year') numbers++;
			else if (k === 'text') texts++;
		}
		if (numbers >= 2 && numbers >= 0.7 * (numbers + texts)) columns.push(c);
	}
	return columns;
}

/** The row has numbers, not text, in the numeric columns (years alone do not count: "2023,2024" names). */
function fitsProfile(r: Row, numeric: readonly number[]): boolean {
	const values = numeric.map((c) => r.kinds[c] ?? 'empty').filter((k) => k !== 'empty' && k !== 'missing');
	return values.includes('number') && values.every((k) => k === 'number' || k === 'year');
}

function looksLikeHeader(r: Row, numeric: readonly number[], minFilled: number): boolean {
	if (r.filled < minFilled || textShare(r) < 0.6) return false;
	return numeric.every((c) => r.kinds[c] !== 'number') && !fitsProfile(r, numeric);
}

/** Group labels above sub-labels: the upper row labels columns the lower leaves empty, and spans some. */
function isGroupRow(upper: Row, lower: Row): boolean {
	if (upper.filled < 2 || upper.kinds.some((k) => k === 'number')) return false;
	const n = Math.max(upper.cells.length, lower.cells.length);
	let labelsAlone = false;
	let spans = false;
	for (let c = 0; c < n; c++) {
		const u = (upper.cells[c] ?? '') !== '';
		const l = (lower.cells[c] ?? '') !== '';
		if (u && !l) labelsAlone = true;
		if (u && l && (lower.cells[c + 1] ?? '') !== '' && (upper.cells[c + 1] ?? '') === '') spans = true;
	}
	return labelsAlone && spans;
}

/** Names from one header row, or from a group row and a sub-label row ("Kết quả - Điểm"). */
function headerNames(rows: readonly Row[]): string[] {
	const lower = rows[rows.length - 1] as Row;
	if (rows.length === 1) return lower.record.fields.map((f) => f);
	const upper = rows[0] as Row;
	const n = Math.max(upper.cells.length, lower.cells.length);
	const names: string[] = [];
	let group = '';
	for (let c = 0; c < n; c++) {
		const u = upper.cells[c] ?? '';
		const l = lower.cells[c] ?? '';
		if (u !== '') group = u;
		else if (l === '') group = '';
		if (l === '') names.push(u);
		else names.push(group === '' ? l : `${group} - ${l}`);
	}
	return names;
}

// ── Layout ──────────────────────────────────────────────────────────────────────────────────────────────

export interface TableSplit {
	layout: TableLayout;
	/** The data records read (skipped rows removed), in file order. */
	dataRecords: CsvRecord[];
}

function skip(r: Row, reason: SkipReason): SkippedRow {
	const text = joined(r);
	return {
		line: r.record.line,
		endLine: r.record.endLine,
		reason,
		text: text.length > 80 ? `${text.slice(0, 79)}…` : text
	};
}

/**
 * Splits records into title rows, header, data and the rows below. `tail` holds the last records of a file
 * too large to read whole (`records` then holds its first records); without it `records` is the whole file.
 */
export function findTable(
	records: readonly CsvRecord[],
	tail: readonly CsvRecord[] | null = null
): TableSplit {
	const head = records.map(toRow);
	const end = tail === null ? [] : tail.map(toRow);
	const all = [...head, ...end];
	const width = usualWidth(all);
	const wideMin = width >= 2 ? Math.max(2, Math.floor(width / 2) + 1) : 1;
	const isWide = (r: Row) => r.filled >= wideMin;
	// The profile from the first and last rows is enough, and keeps a long body cheap.
	const sample =
		all.length > PROFILE_ROWS * 2 ? [...all.slice(0, PROFILE_ROWS), ...all.slice(-PROFILE_ROWS)] : all;
	const numeric = numericColumns(sample.filter(isWide));

	// Header and first data row, searched in the head.
	let headerAt = -1;
	let dataAt = -1;
	const firstFit = numeric.length > 0 ? head.findIndex((r) => isWide(r) && fitsProfile(r, numeric)) : -1;
	if (firstFit !== -1) {
		// A wide text row, or the sub-label row of a two-row header (narrow: labels only under the groups).
		for (let i = firstFit - 1; i >= 0 && headerAt === -1; i--) {
			const r = head[i] as Row;
			if (!looksLikeHeader(r, numeric, Math.min(2, wideMin))) continue;
			const above = head[i - 1];
			if (isWide(r) || (above !== undefined && isGroupRow(above, r))) headerAt = i;
		}
		dataAt = headerAt === -1 ? firstFit : headerAt + 1;
	} else {
		// Nothing numeric to tell data from header (a list of units): the header names the columns the rows
		// use, so a title cut in two by a comma ("DANH MỤC CƠ QUAN, ĐƠN VỊ") is passed over for it.
		const usual = usualLength(all);
		const textRow = (r: Row) => isWide(r) && textShare(r) >= 0.6;
		headerAt = head.findIndex((r) => textRow(r) && effectiveLength(r) >= usual - 1);
		if (headerAt === -1) headerAt = head.findIndex(textRow);
		dataAt = headerAt === -1 ? head.findIndex(isWide) : headerAt + 1;
	}
	if (dataAt === -1) dataAt = head.length;

	let headerRows: Row[] = [];
	if (headerAt !== -1) {
		const h = head[headerAt] as Row;
		const above = head[headerAt - 1];
		headerRows = above !== undefined && isGroupRow(above, h) ? [above, h] : [h];
	}
	const topEnd = headerRows.length > 0 ? headerAt - headerRows.length + 1 : dataAt;

	const skipped: SkippedRow[] = [];
	for (const r of head.slice(0, topEnd)) {
		if (isBlank(r)) skipped.push(skip(r, 'blank'));
		else if (/^sep=.$/i.test(joined(r))) skipped.push(skip(r, 'directive'));
		else skipped.push(skip(r, 'title'));
	}

	// The body: the rest of the head, then the tail.
	const body = [...head.slice(dataAt), ...end];
	const leading: SkippedRow[] = [];
	while (body.length > 0 && isBlank(body[0] as Row)) leading.push(skip(body.shift() as Row, 'blank'));
	if (headerRows.length > 0 && body.length > 0 && isColumnNumbers(body[0] as Row)) {
		leading.push(skip(body.shift() as Row, 'column-numbers'));
	}

	// From the bottom up (the records end where the file ends).
	const trailing: SkippedRow[] = [];
	/** Per trailing row: skipped only for being narrow in a table without numbers (a name, or a signature's?). */
	const onlyNarrow: boolean[] = [];
	let bodyEnd = body.length;
	while (bodyEnd > 0) {
		const r = body[bodyEnd - 1] as Row;
		let reason: SkipReason | null = null;
		let narrow = false;
		if (isBlank(r)) reason = 'blank';
		else if (isNote(r)) reason = 'note';
		else if (isTotal(r, true)) reason = 'total';
		else if (r.kinds.every((k) => k !== 'number') && (numeric.length > 0 || !isWide(r))) {
			reason = 'note';
			narrow = numeric.length === 0;
		}
		if (reason === null) break;
		trailing.unshift(skip(r, reason));
		onlyNarrow.unshift(narrow);
		bodyEnd--;
	}
	// In a list without numbers (units, names) a short last row is data ("Thị xã Bình Minh" with its other cells
	// empty) unless a note, a date line or a total comes before it: only then is it a signature's name.
	const kept = trailing.findIndex((s, i) => s.reason !== 'blank' && !onlyNarrow[i]);
	const giveBack = kept === -1 ? trailing.length : kept;
	if (onlyNarrow.slice(0, giveBack).some(Boolean)) {
		trailing.splice(0, giveBack);
		bodyEnd += giveBack;
	}

	const data: Row[] = [];
	const middle: SkippedRow[] = [];
	for (const r of body.slice(0, bodyEnd)) {
		if (isBlank(r)) middle.push(skip(r, 'blank'));
		else if (isTotal(r, false)) middle.push(skip(r, 'total'));
		else if (isSection(r, wideMin, numeric.length === 0)) middle.push(skip(r, 'section'));
		else data.push(r);
	}
	skipped.push(...leading, ...middle, ...trailing);

	const names = headerRows.length > 0 ? headerNames(headerRows) : [];
	const named = names.findLastIndex((n) => n.trim() !== '') + 1;
	const columnCount = Math.max(named, ...data.map(effectiveLength), 0);
	const ragged = named > 0 ? data.filter((r) => effectiveLength(r) > named) : [];

	const layout: TableLayout = {
		header:
			headerRows.length > 0
				? { lines: headerRows.map((r) => r.record.line), names: names.slice(0, Math.max(named, columnCount)) }
				: null,
		firstDataLine: data[0]?.record.line ?? null,
		lastDataLine: data[data.length - 1]?.record.line ?? null,
		dataRowCount: data.length,
		columnCount,
		skipped,
		skippedSummary: summariseSkipped(skipped),
		raggedLines: ragged.slice(0, 10).map((r) => r.record.line),
		raggedCount: ragged.length
	};
	return { layout, dataRecords: data.map((r) => r.record) };
}
