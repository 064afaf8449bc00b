import type { ImportIssue } from '../rules/issues';

/*
 * One pass over the file's bytes (UTF-8 by now) that both validation paths start from. It finds records the
 * way RFC 4180 does (a line break inside quotes is data), keeps the data lines the sniffer chose (no title
 * rows, no totals rows below), sets aside records whose cell count differs from the header's, and writes
 * the rest with their line number in the file as the first field:
 *
 *     Hà Nội,91,43        →   7,Hà Nội,91,43         (line 7 of the file)
 *
 * DuckDB's read_csv has no line numbers of its own; with this prefix every error, from either path, points at
 * the line the analyst sees in Excel or a text editor. Runs in slices so the page stays responsive.
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
}

export interface NormalizedFile {
	/** UTF-8 CSV: `line,<the record's cells>` per data record, LF-terminated, no header. */
	bytes: Uint8Array;
	records: number;
	issues: ImportIssue[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class ImportCancelled extends Error {
	constructor() {
		super('Đã hủy nhập dữ liệu');
		this.name = 'ImportCancelled';
	}
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isBlank(bytes: Uint8Array, start: number, end: number, delimiter: number): boolean {
	for (let i = start; i < end; i++) {
		const b = bytes[i]!;
		if (b !== delimiter && b !== 0x20 && b !== 0x09 && b !== CR && b !== QUOTE) return false;
	}
	return true;
}

export async function normalizeRecords(
	input: Uint8Array,
	options: NormalizeOptions
): Promise<NormalizedFile> {
	const delimiter = options.delimiter.charCodeAt(0);
	const slice = options.sliceBytes ?? 4 << 20;
	let lineCount = 1;
	for (let i = input.indexOf(LF); i !== -1; i = input.indexOf(LF, i + 1)) lineCount++;
	// Each record gains at most "<line>," — 11 bytes covers line numbers up to 10 digits.
	const out = new Uint8Array(input.length + lineCount * 12 + 1);
	const issues: ImportIssue[] = [];
	let pos = 0;
	let records = 0;

	let line = 1; // line of the current byte
	let recordStart = 0;
	let recordLine = 1;
	let fields = 1;
	let inQuotes = false;
	let nextYield = slice;

	const finish = (end: number, terminated: boolean) => {
		// `end` excludes the line break (and a CR before LF).
		let contentEnd = end;
		if (contentEnd > recordStart && input[contentEnd - 1] === CR) contentEnd--;
		const inData =
			recordLine > options.headerLine &&
			recordLine <= options.lastDataLine &&
			!options.skipLines?.has(recordLine);
		if (!inData || isBlank(input, recordStart, contentEnd, delimiter)) return;
		if (!terminated && inQuotes) {
			issues.push({ line: recordLine, column: '', value: '', code: 'unclosed_quote', detail: '' });
			return;
		}
		if (fields !== options.fieldCount) {
			const value = decoder.decode(input.subarray(recordStart, Math.min(contentEnd, recordStart + 200)));
			issues.push({
				line: recordLine,
				column: '',
				value,
				code: 'field_count',
				detail: `${fields} ô, tiêu đề có ${options.fieldCount} cột`
			});
			return;
		}
		const prefix = encoder.encode(`${recordLine}${options.delimiter}`);
		out.set(prefix, pos);
		pos += prefix.length;
		out.set(input.subarray(recordStart, contentEnd), pos);
		pos += contentEnd - recordStart;
		out[pos++] = LF;
		records++;
	};

	for (let i = 0; i < input.length; i++) {
		if (i >= nextYield) {
			nextYield += slice;
			options.onProgress?.({ bytesDone: i, bytesTotal: input.length, records });
			await tick();
			if (options.signal?.aborted) throw new ImportCancelled();
		}
		const b = input[i]!;
		if (b === QUOTE) {
			inQuotes = !inQuotes; // a doubled quote toggles twice: still inside
		} else if (b === LF) {
			if (!inQuotes) {
				finish(i, true);
				line++;
				recordStart = i + 1;
				recordLine = line;
				fields = 1;
			} else {
				line++;
			}
		} else if (b === delimiter && !inQuotes) {
			fields++;
		}
	}
	if (recordStart < input.length) finish(input.length, !inQuotes);
	options.onProgress?.({ bytesDone: input.length, bytesTotal: input.length, records });
	return { bytes: out.subarray(0, pos), records, issues };
}
