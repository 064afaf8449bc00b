/*
 * Text → records (RFC 4180 as Excel writes it): a field that starts with a double quote runs to the matching
 * quote and may hold delimiters, line breaks and doubled quotes (""). A quote inside an unquoted field is
 * kept as a character. Line breaks are CRLF, LF or a lone CR, each one line.
 *
 * Written here rather than taken from PapaParse because sniffing needs each record's line in the file, which
 * PapaParse does not give. It serves sniffing, previews and small files; large files are parsed by DuckDB.
 */
import type { Delimiter, LineEnding } from './schema';

export interface CsvRecord {
	/** 1-based line in the file where the record starts. */
	line: number;
	/** Line where it ends: later than `line` when a quoted field holds line breaks. */
	endLine: number;
	/** Fields as written, quotes removed, doubled quotes undone, spaces kept. */
	fields: string[];
}

export interface ParsedRows {
	records: CsvRecord[];
	/** Line where a quoted field starts that is never closed (it swallowed the rest of the text), or null. */
	unclosedQuoteLine: number | null;
	/** Offset in the text after the last record read (the text's length unless `maxRecords` stopped early). */
	end: number;
}

export interface ParseOptions {
	/** Stop after this many records. */
	maxRecords?: number;
	/** Line number of the text's first line (when the text is the tail of a file). */
	firstLine?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Offset of the delimiter or line break that ends an unquoted field starting at `from`. */
function fieldEnd(text: string, from: number, delim: number): number {
	let k = from;
	while (k < text.length) {
		const c = text.charCodeAt(k);
		if (c === delim || c === LF || c === CR) break;
		k++;
	}
	return k;
}

/** Splits text into records with their line numbers. A blank line is a record with one empty field. */
export function parseRecords(text: string, delimiter: Delimiter, options: ParseOptions = {}): ParsedRows {
	const max = options.maxRecords ?? Infinity;
	const delim = delimiter.charCodeAt(0);
	const n = text.length;
	const records: CsvRecord[] = [];
	let line = options.firstLine ?? 1;
	let unclosedQuoteLine: number | null = null;
	let i = 0;

	while (i < n && records.length < max) {
		const start = line;
		const fields: string[] = [];
		for (;;) {
			let value: string;
			if (text.charCodeAt(i) === QUOTE) {
				// Quoted field: up to the closing quote, then anything up to the delimiter is appended as written.
				const quoteLine = line;
				let j = i + 1;
				let parts = '';
				let closed = false;
				while (j < n) {
					const q = text.indexOf('"', j);
					const stop = q === -1 ? n : q;
					for (let k = j; k < stop; k++) {
						const c = text.charCodeAt(k);
						if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
					}
					parts += text.slice(j, stop);
					if (q === -1) {
						j = n;
						break;
					}
					if (text.charCodeAt(q + 1) === QUOTE) {
						parts += '"';
						j = q + 2;
						continue;
					}
					j = q + 1;
					closed = true;
					break;
				}
				if (!closed) unclosedQuoteLine ??= quoteLine;
				const k = fieldEnd(text, j, delim);
				value = parts + text.slice(j, k);
				i = k;
			} else {
				const k = fieldEnd(text, i, delim);
				value = text.slice(i, k);
				i = k;
			}
			fields.push(value);
			const c = text.charCodeAt(i);
			if (c === delim) {
				i++;
				continue;
			}
			const endLine = line;
			if (c === CR || c === LF) {
				i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
				line++;
			}
			records.push({ line: start, endLine, fields });
			break;
		}
	}
	return { records, unclosedQuoteLine, end: i };
}

/** The line ending the text uses: CRLF, LF, CR, a mix, or none (a single line). */
export function detectLineEnding(text: string): LineEnding {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === CR) {
			if (text.charCodeAt(i + 1) === LF) {
				crlf++;
				i++;
			} else cr++;
		} else if (c === LF) lf++;
	}
	const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
	if (kinds === 0) return 'none';
	if (kinds > 1) return 'mixed';
	return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}
