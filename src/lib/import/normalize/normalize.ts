import type { ImportIssue } from '../rules/issues';
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
 * With `classes`, records are also sorted in two: "plain" records, whose every classified cell is one DuckDB
 * can read as a typed value with exactly the meaning the rules give it (see classify.ts), and the rest. Plain
 * records are handed to `onPlain` slice by slice (so DuckDB reads one slice while the next is scanned); the
 * rest come back in `bytes` for the exact, slower checks.
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
	signal?: AbortSignal;
	onProgress?: (progress: { bytesDone: number; bytesTotal: number; records: number }) => void;
	/** Bytes per slice between yields to the event loop. */
	sliceBytes?: number;
	/** The class of each column (by position); with `onPlain`, plain records are routed there. */
	classes?: readonly CellClass[];
	/** Receives the plain records of each slice (normalized, as in `bytes`). Awaited before the next call. */
	onPlain?: (chunk: Uint8Array, records: number) => Promise<void>;
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

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const decoder = new TextDecoder();

export class ImportCancelled extends Error {
	constructor() {
		super('Đã hủy nhập dữ liệu');
		this.name = 'ImportCancelled';
	}
}

/** Whether position `i` is where a cell ends: a delimiter, a line break, a quote (escaped) or the end. */
function isCellEnd(bytes: Uint8Array, i: number, delimiter: number): boolean {
	if (i >= bytes.length) return true;
	const b = bytes[i]!;
	return b === delimiter || b === LF || b === CR || b === QUOTE;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isBlank(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
	for (let i = start; i < end; i++) {
		const b = bytes[i]!;
		if (b !== delimiter && b !== 0x20 && b !== 0x09 && b !== CR && b !== QUOTE) return false;
	}
	return true;
}

/**
 * The record finder. `scan` is synchronous with its state in locals — a closure-heavy async loop ran 5×
 * slower on 100 MB — and is called slice by slice so the caller can yield between slices.
 */
class Scanner {
	line = 1; // line of the current byte
	recordStart = 0;
	recordLine = 1;
	fields = 1;
	cellStart = 0;
	suspect = false; // a classified cell of this record is not plain
	inQuotes = false;
	records = 0;
	plainRecords = 0;
	sliceRecords = 0;
	readonly issues: ImportIssue[] = [];
	private readonly delimiter: number;

	constructor(
		private readonly input: Uint8Array,
		private readonly options: NormalizeOptions,
		private readonly classes: readonly CellClass[] | undefined,
		private readonly rest: ByteWriter,
		private readonly plain: ByteWriter
	) {
		this.delimiter = options.delimiter.charCodeAt(0);
	}

	scan(from: number, to: number): void {
		const { input, delimiter, classes } = this;
		let inQuotes = this.inQuotes;
		let suspect = this.suspect;
		let fields = this.fields;
		let cellStart = this.cellStart;
		let line = this.line;
		for (let i = from; i < to; i++) {
			const b = input[i]!;
			if (b === QUOTE) {
				inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
				// A quote that opens mid-cell, or text after a closing quote, is read differently by different
				// parsers: such a record is never plain.
				if (
					classes &&
					(inQuotes ? i !== cellStart && input[i - 1] !== QUOTE : !isCellEnd(input, i + 1, delimiter))
				)
					suspect = true;
			} else if (b === LF) {
				line++;
				if (!inQuotes) {
					this.fields = fields;
					this.suspect = suspect;
					this.cellStart = cellStart;
					this.finish(i, true, false);
					this.recordStart = i + 1;
					this.recordLine = line;
					cellStart = i + 1;
					fields = 1;
					suspect = false;
				}
			} else if (b === delimiter && !inQuotes) {
				if (classes && !suspect) {
					const cls = classes[fields - 1];
					if (cls !== undefined && !isPlainCell(input, cellStart, i, cls)) suspect = true;
				}
				fields++;
				cellStart = i + 1;
			}
		}
		this.inQuotes = inQuotes;
		this.suspect = suspect;
		this.fields = fields;
		this.cellStart = cellStart;
		this.line = line;
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
			const value = decoder.decode(
				input.subarray(this.recordStart, Math.min(contentEnd, this.recordStart + 200))
			);
			this.issues.push({
				line,
				column: '',
				value,
				code: 'field_count',
				detail: `${this.fields} ô, tiêu đề có ${options.fieldCount} cột`
			});
			return;
		}
		let suspect = this.suspect;
		if (classes && !suspect) {
			const cls = classes[this.fields - 1];
			if (cls !== undefined && !isPlainCell(input, this.cellStart, contentEnd, cls)) suspect = true;
		}
		if (classes && !suspect) {
			this.plain.writeLine(line, this.delimiter, input, this.recordStart, contentEnd);
			this.plainRecords++;
			this.sliceRecords++;
		} else {
			this.rest.writeLine(line, this.delimiter, input, this.recordStart, contentEnd);
			this.records++;
		}
	}
}

export async function normalizeRecords(
	input: Uint8Array,
	options: NormalizeOptions
): Promise<NormalizedFile> {
	const slice = options.sliceBytes ?? 4 << 20;
	const classes = options.onPlain ? options.classes : undefined;
	const rest = new ByteWriter(classes ? 1 << 16 : input.length + (input.length >> 3) + 64);
	// Plain slices are taken whole each time; the rest is taken once at the end.
	const plain = classes ? new ByteWriter(slice + (slice >> 2)) : rest;
	const scanner = new Scanner(input, options, classes, rest, plain);
	let pending: Promise<void> = Promise.resolve();

	const flushPlain = async () => {
		if (!classes || scanner.sliceRecords === 0) return;
		const chunk = plain.take();
		const n = scanner.sliceRecords;
		scanner.sliceRecords = 0;
		await pending;
		pending = options.onPlain!(chunk, n);
	};
	const progress = (bytesDone: number) =>
		options.onProgress?.({
			bytesDone,
			bytesTotal: input.length,
			records: scanner.records + scanner.plainRecords
		});

	for (let from = 0; from < input.length; from += slice) {
		if (from > 0) {
			await flushPlain();
			progress(from);
			await tick();
			if (options.signal?.aborted) {
				await pending.catch(() => undefined);
				throw new ImportCancelled();
			}
		}
		scanner.scan(from, Math.min(from + slice, input.length));
	}
	if (scanner.recordStart < input.length) {
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
