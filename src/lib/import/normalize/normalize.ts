import type { ImportIssue } from '../rules/issues';
import { CR, isBlank, LF, NUL, QUOTE, requoted, shown, yieldToEventLoop } from './bytes';
import { isPlainCell, type CellClass } from './classify';
import { ByteWriter } from './writer';

/*
 * One pass over the file's bytes (UTF-8 by now) that every validation path starts from. It finds records the
 * way RFC 4180 does (a line break inside quotes is data), keeps the data lines the sniffer chose (no title
 * rows, no totals rows below), sets aside records whose cell count differs from the header's, and writes
 * the rest with their line number in the file as the first field:
 *
 *     Hà Nội,91,43        →   7,Hà Nội,91,43         (line 7 of the file)
 *
 * DuckDB's read_csv has no line numbers of its own; with this prefix every error, from any path, points at
 * the line the analyst sees in Excel or a text editor. Runs in slices so the page stays responsive.
 *
 * Records and cells are read as the sniffer (sniff/rows.ts) and Excel read them: a line break is LF, CRLF or
 * a lone CR; a quote opens a quoted cell only at the cell's start, where a doubled quote is a quote and the
 * text after the closing quote, up to the delimiter, still belongs to the cell ("Nam" x → Nam x); a quote
 * anywhere else is a character. PapaParse and DuckDB read such cells differently (or not at all), so a record
 * with one is written out again in plain RFC 4180 quoting, which every parser reads alike.
 *
 * The bytes are UTF-8 by now, but the sniffer read only the start and the end of a large file: a line in the
 * middle can still hold bytes that are not UTF-8 (joined from a file in another encoding). The scan checks
 * every non-ASCII byte on its way (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF) and
 * reports such a record on its line and cell instead of passing it on (DuckDB refuses the whole file for one
 * in a column it reads; a TextDecoder would make the bytes � without a word) — in any column, mapped or not:
 * the file has text that is not text. So is a cell with a NUL byte (no text has one; DuckDB kept it, a SQL
 * literal cannot) and a record over a million bytes (DuckDB refuses a line over its max_line_size, 2 MiB,
 * in any column, and a record written out again in RFC 4180 quoting can double).
 *
 * With `classes`, records are also sorted in two: "plain" records, whose every classified cell is one DuckDB
 * can read as a typed value with exactly the meaning the rules give it (see classify.ts), and the rest. Plain
 * records are handed to `onPlain` slice by slice (so DuckDB reads one slice while the next is scanned); the
 * rest come back in `bytes` for the exact, slower checks. With a `gate` too (validate/gate.ts), a plain record
 * goes to `onPlain` only when the gate finds it clean as well, with the cell the gate gives (the row's unit
 * key) after its line number. The scan yields to the event loop every `stepBytes`, so progress, cancel and
 * DuckDB's answers are handled within a few milliseconds.
 */

export interface NormalizeOptions {
	delimiter: string;
	/** The header's line; data starts on the next record. */
	headerLine: number;
	/** The last data line (inclusive); records starting after it (totals, notes) are left out. */
	lastDataLine: number;
	/** Cells in the header. */
	fieldCount: number;
	/** Lines inside the data range that are not data (section headings like "I. CÁC SỞ, NGÀNH"). */
	skipLines?: ReadonlySet<number>;
	/** The header's cells, to name the column of a cell that is not text (not UTF-8, or NUL). */
	headers?: readonly string[];
	signal?: AbortSignal;
	onProgress?: (progress: { bytesDone: number; bytesTotal: number; records: number }) => void;
	/** The most bytes of plain records handed to `onPlain` at a time (the first and last slices are smaller). */
	sliceBytes?: number;
	/**
	 * Bytes scanned between yields to the event loop (progress, cancel, and DuckDB's answers: its worker
	 * reads one slice while the page scans the next only if the page reads its messages in between).
	 */
	stepBytes?: number;
	/** The class of each column (by position); with `onPlain`, plain records are routed there. */
	classes?: readonly CellClass[];
	/** Receives the plain records of each slice (normalized, as in `bytes`). Awaited before the next call. */
	onPlain?: (chunk: Uint8Array, records: number) => Promise<void>;
	/**
	 * With `onPlain`: a plain record is routed there only if this gives bytes (validate/gate.ts), which are
	 * written as a cell of their own after the line number (`7,<bytes>,Hà Nội,91,43`); on null the record joins
	 * the rest. Cell `k` is `input[starts[k], starts[k + 1] - 1)`, the last one ending at `end`.
	 */
	gate?: (input: Uint8Array, starts: Int32Array, end: number) => Uint8Array | null;
}

export interface NormalizedFile {
	/** UTF-8 CSV: `line,<the record's cells>` per data record (not plain ones), LF-terminated, no header. */
	bytes: Uint8Array;
	/** Records in `bytes`. */
	records: number;
	/** Records handed to `onPlain`. */
	plainRecords: number;
	issues: ImportIssue[];
}

/** The longest record passed on, in bytes (see the file's comment). */
export const MAX_RECORD_BYTES = 1_000_000;

export class ImportCancelled extends Error {
	constructor() {
		super('Đã hủy nhập dữ liệu');
		this.name = 'ImportCancelled';
	}
}

/**
 * The record finder. `scan` is synchronous with its state in locals (an async function with closures was
 * much slower) and is called slice by slice so the caller can yield
 * between slices.
 */
class Scanner {
	line = 1; // line of the current byte
	recordStart = 0;
	recordLine = 1;
	fields = 1;
	cellStart = 0;
	suspect = false; // a classified cell of this record is not plain
	odd = false; // a quote of this record is not plain RFC 4180 quoting (see the file's comment)
	inQuotes = false;
	closedAt = -2; // where the last quoted cell's closing quote was (or the first of a doubled quote)
	/** UTF-8: continuation bytes still due, and the range the next one must fall in. */
	need = 0;
	low = 0x80;
	high = 0xbf;
	/** The cell (1-based) of the record's first byte that is not UTF-8 or is NUL, or 0; and which it was. */
	badCell = 0;
	badNul = false;
	records = 0;
	plainRecords = 0;
	sliceRecords = 0;
	readonly issues: ImportIssue[] = [];
	/** Where each cell of the current record starts (for the gate). */
	readonly starts: Int32Array;
	private readonly delimiter: number;

	constructor(
		private readonly input: Uint8Array,
		private readonly options: NormalizeOptions,
		private readonly classes: readonly CellClass[] | undefined,
		private readonly rest: ByteWriter,
		private readonly plain: ByteWriter
	) {
		this.delimiter = options.delimiter.charCodeAt(0);
		this.starts = new Int32Array(options.fieldCount + 1);
	}

	scan(from: number, to: number): void {
		const { input, delimiter, classes, starts } = this;
		const maxFields = starts.length - 1;
		let inQuotes = this.inQuotes;
		let closedAt = this.closedAt;
		let odd = this.odd;
		let suspect = this.suspect;
		let fields = this.fields;
		let cellStart = this.cellStart;
		let line = this.line;
		let need = this.need;
		let low = this.low;
		let high = this.high;
		let badCell = this.badCell;
		for (let i = from; i < to; i++) {
			const b = input[i]!;
			if (b >= 0x80) {
				if (need > 0) {
					if (b < low || b > high) {
						if (badCell === 0) badCell = fields;
						need = 0;
					} else need--;
					low = 0x80;
					high = 0xbf;
				} else if (b >= 0xc2 && b <= 0xdf) need = 1;
				else if (b >= 0xe0 && b <= 0xef) {
					// After E0 no overlong form, after ED no surrogate.
					need = 2;
					if (b === 0xe0) low = 0xa0;
					else if (b === 0xed) high = 0x9f;
				} else if (b >= 0xf0 && b <= 0xf4) {
					// After F0 no overlong form, after F4 nothing past U+10FFFF.
					need = 3;
					if (b === 0xf0) low = 0x90;
					else if (b === 0xf4) high = 0x8f;
				} else if (badCell === 0) badCell = fields; // C0, C1, F5–FF, or a stray continuation byte
				continue;
			}
			if (need > 0) {
				// A sequence cut short by an ASCII byte.
				if (badCell === 0) badCell = fields;
				need = 0;
				low = 0x80;
				high = 0xbf;
			}
			if (b === QUOTE) {
				if (inQuotes) {
					inQuotes = false; // closing, or the first of a doubled quote
					closedAt = i;
				} else if (i === closedAt + 1 || i === cellStart) {
					inQuotes = true; // the second of a doubled quote, or an opening one
				} else {
					odd = true; // a quote mid-cell, or after the closing quote: a character
				}
			} else if (b === LF || (b === CR && input[i + 1] !== LF)) {
				line++;
				if (!inQuotes) {
					this.fields = fields;
					this.suspect = suspect;
					this.odd = odd;
					this.cellStart = cellStart;
					this.closedAt = closedAt;
					this.badCell = badCell;
					this.finish(i, true, false);
					this.recordStart = i + 1;
					this.recordLine = line;
					cellStart = i + 1;
					fields = 1;
					suspect = false;
					odd = false;
					badCell = 0;
					this.badNul = false;
				}
			} else if (b === delimiter && !inQuotes) {
				// Text after a quoted cell's closing quote belongs to the cell: not RFC 4180.
				if (input[cellStart] === QUOTE && closedAt !== i - 1) odd = true;
				if (classes && !suspect) {
					const cls = classes[fields - 1];
					if (cls !== undefined && !isPlainCell(input, cellStart, i, cls)) suspect = true;
				}
				if (fields <= maxFields) starts[fields] = i + 1;
				fields++;
				cellStart = i + 1;
			} else if (b === NUL && badCell === 0) {
				badCell = fields;
				this.badNul = true;
			}
		}
		this.inQuotes = inQuotes;
		this.closedAt = closedAt;
		this.odd = odd;
		this.suspect = suspect;
		this.fields = fields;
		this.cellStart = cellStart;
		this.line = line;
		this.need = need;
		this.low = low;
		this.high = high;
		this.badCell = badCell;
	}

	/** Ends the record that started at `recordStart`; `end` excludes the line break (and a CR before LF). */
	finish(end: number, terminated: boolean, unclosed: boolean): void {
		const { input, options, classes } = this;
		let contentEnd = end;
		if (contentEnd > this.recordStart && input[contentEnd - 1] === CR) contentEnd--;
		const line = this.recordLine;
		const inData = line > options.headerLine && line <= options.lastDataLine && !options.skipLines?.has(line);
		if (!inData || isBlank(input, this.recordStart, contentEnd, this.delimiter)) return;
		if (!terminated && unclosed) {
			this.issues.push({ line, column: '', value: '', code: 'unclosed_quote', detail: '' });
			return;
		}
		if (this.fields !== options.fieldCount) {
			const value = shown(input, this.recordStart, contentEnd);
			this.issues.push({
				line,
				column: '',
				value,
				code: 'field_count',
				detail: `${this.fields} ô, tiêu đề có ${options.fieldCount} cột`
			});
			return;
		}
		if (contentEnd - this.recordStart > MAX_RECORD_BYTES) {
			const value = shown(input, this.recordStart, contentEnd);
			this.issues.push({ line, column: '', value, code: 'record_too_long', detail: '' });
			return;
		}
		if (this.badCell > 0) {
			const k = this.badCell - 1;
			const start = k === 0 ? this.recordStart : this.starts[k]!;
			const cellEnd = k + 1 < this.fields ? this.starts[k + 1]! - 1 : contentEnd;
			this.issues.push({
				line,
				column: options.headers?.[k] ?? '',
				value: shown(input, start, cellEnd, true),
				code: this.badNul ? 'nul_char' : 'invalid_utf8',
				detail: ''
			});
			return;
		}
		const odd = this.odd || (input[this.cellStart] === QUOTE && this.closedAt !== contentEnd - 1);
		let suspect = this.suspect || odd;
		if (classes && !suspect) {
			const cls = classes[this.fields - 1];
			if (cls !== undefined && !isPlainCell(input, this.cellStart, contentEnd, cls)) suspect = true;
		}
		let extra: Uint8Array | null = null;
		if (classes && !suspect && options.gate) {
			this.starts[0] = this.recordStart;
			extra = options.gate(input, this.starts, contentEnd);
			suspect = extra === null;
		}
		if (classes && !suspect) {
			this.plain.writeLine(line, this.delimiter, input, this.recordStart, contentEnd, extra);
			this.plainRecords++;
			this.sliceRecords++;
		} else {
			if (odd) {
				const record = requoted(input, this.recordStart, contentEnd, this.delimiter);
				this.rest.writeLine(line, this.delimiter, record, 0, record.length);
			} else {
				this.rest.writeLine(line, this.delimiter, input, this.recordStart, contentEnd);
			}
			this.records++;
		}
	}
}

export async function normalizeRecords(
	input: Uint8Array,
	options: NormalizeOptions
): Promise<NormalizedFile> {
	const slice = options.sliceBytes ?? 16 << 20;
	const classes = options.onPlain ? options.classes : undefined;
	const rest = new ByteWriter(classes ? 1 << 16 : input.length + (input.length >> 3) + 64);
	// Plain slices are taken whole each time; the rest is taken once at the end.
	const sized = Math.min(slice, input.length);
	const plain = classes ? new ByteWriter(sized + (sized >> 2)) : rest;
	const scanner = new Scanner(input, options, classes, rest, plain);
	let pending: Promise<void> = Promise.resolve();

	const flushPlain = async () => {
		if (!classes || scanner.sliceRecords === 0) return;
		const chunk = plain.take();
		const n = scanner.sliceRecords;
		scanner.sliceRecords = 0;
		await pending;
		pending = options.onPlain!(chunk, n);
		// Awaited at the next flush, a few steps on: a failure in between is not "unhandled" meanwhile.
		pending.catch(() => undefined);
	};
	const progress = (bytesDone: number) =>
		options.onProgress?.({
			bytesDone,
			bytesTotal: input.length,
			records: scanner.records + scanner.plainRecords
		});

	const step = Math.min(options.stepBytes ?? 256 << 10, slice);
	// DuckDB waits for the first slice, and the page for the last one, so those are small: the first is a
	// sixteenth of a full slice and each next one twice the last, up to a full slice; near the end a slice is
	// at most half of what is left to scan, down to the first one's size. Full slices in between, since every
	// slice is a statement of its own, with its own cost.
	const first = Math.max(step, slice >> 4);
	let ramp = first;
	const due = (from: number) => Math.max(first, Math.min(ramp, (input.length - from) >>> 1));
	for (let from = 0; from < input.length; from += step) {
		if (from > 0) {
			if (plain.length >= due(from)) {
				await flushPlain();
				ramp = Math.min(slice, ramp * 2);
			}
			progress(from);
			await yieldToEventLoop();
			if (options.signal?.aborted) {
				await pending.catch(() => undefined);
				throw new ImportCancelled();
			}
		}
		scanner.scan(from, Math.min(from + step, input.length));
	}
	if (scanner.recordStart < input.length) {
		// A sequence the file's end cut short.
		if (scanner.need > 0 && scanner.badCell === 0) scanner.badCell = scanner.fields;
		scanner.finish(input.length, !scanner.inQuotes, scanner.inQuotes);
	}
	await flushPlain();
	await pending;
	progress(input.length);
	return {
		bytes: rest.take(true),
		records: scanner.records,
		plainRecords: scanner.plainRecords,
		issues: scanner.issues
	};
}
