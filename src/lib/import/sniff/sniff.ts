/*
 * sniffFile: bytes of an uploaded file → how to read it (encoding, delimiter, header, skipped rows, columns)
 * plus what to tell the user (`notices`) and what stops the import (`problems`), all in Vietnamese.
 *
 * A file up to 1 MiB + 64 KiB is read whole. A larger one is read at its start (1 MiB: encoding, delimiter,
 * header, columns) and its end (64 KiB: totals and notes below the data); line numbers at the end come from
 * counting line breaks in the bytes, and the row count is an estimate.
 */
import { describeColumn, type Cell } from './columns';
import { detectDelimiter } from './delimiter';
import {
	countLineBreaks,
	countLostCharacters,
	decodeRange,
	detectEncoding,
	SAMPLE_HEAD_BYTES,
	SAMPLE_TAIL_BYTES
} from './encoding';
import { findTable } from './header';
import { markupMessage } from './magic';
import { forgetAll } from './memo';
import { addTallies, emptyTally, parseNumber, tallyNumbers, votedDecimal } from './numbers';
import { detectLineEnding, parseRecords, type CsvRecord } from './rows';
import type {
	ColumnInfo,
	Delimiter,
	Encoding,
	Notice,
	NumberFormat,
	SniffResult,
	TableLayout
} from './schema';

export interface SniffOptions {
	/** Bytes read at the start of a large file (default 1 MiB). */
	headBytes?: number;
	/** Bytes read at its end (default 64 KiB). */
	tailBytes?: number;
	/**
	 * Data rows sampled per column (default 1,000): every test over the fixtures reads the same as with 2,000,
	 * and a large file is sniffed faster.
	 */
	sampleRows?: number;
	/**
	 * The decimal mark when it is known rather than guessed: CSV that chiso wrote from an Excel sheet uses
	 * '.', so "1.234" there is one point two three four, never a thousand and more.
	 */
	decimal?: NumberFormat['decimal'];
}

const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt', 'tab'];
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

function extensionOf(fileName: string): string {
	const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
	return m ? (m[1] as string).toLowerCase() : '';
}

/** A number written without grouping, with a decimal comma: 1234 → "1234", 1.234 → "1,234". */
function plain(n: number): string {
	return String(n).replace('.', ',');
}

// ── Large files ─────────────────────────────────────────────────────────────────────────────────────────

/** Offset of the first line start at or after `from` (just past a LF, a CRLF or a lone CR). */
function nextLineStart(bytes: Uint8Array, encoding: Encoding, from: number): number {
	const wide = encoding.charset === 'utf-16le' || encoding.charset === 'utf-16be';
	const step = wide ? 2 : 1;
	const lowFirst = encoding.charset === 'utf-16le';
	const unit = (i: number) =>
		wide
			? lowFirst
				? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
				: ((bytes[i] as number) << 8) | (bytes[i + 1] as number)
			: (bytes[i] as number);
	let i = wide && from % 2 === 1 ? from + 1 : from;
	for (; i + step <= bytes.length; i += step) {
		const u = unit(i);
		if (u === 0x0a) return i + step;
		if (u === 0x0d)
			return i + step + step <= bytes.length && unit(i + step) === 0x0a ? i + 2 * step : i + step;
	}
	return bytes.length;
}

function readTail(
	bytes: Uint8Array,
	encoding: Encoding,
	tailBytes: number,
	delimiter: Delimiter
): CsvRecord[] {
	const start = nextLineStart(bytes, encoding, bytes.length - tailBytes);
	const firstLine = countLineBreaks(bytes, encoding.charset, start) + 1;
	const text = decodeRange(bytes, encoding, start, bytes.length);
	return parseRecords(text, delimiter, { firstLine }).records;
}

// ── Notices ─────────────────────────────────────────────────────────────────────────────────────────────

function headerNotices(layout: TableLayout, columns: readonly ColumnInfo[]): Notice[] {
	const notices: Notice[] = [];
	const header = layout.header;
	if (header === null) {
		notices.push({
			code: 'no-header',
			message: 'Không tìm thấy dòng tên cột; chiso đặt tên theo vị trí (Cột A, Cột B…).'
		});
		return notices;
	}
	if (header.lines.length > 1) {
		const joinedName = columns.find((c) => c.name.includes(' - '))?.label;
		notices.push({
			code: 'multi-row-header',
			message: `Tên cột nằm trên hai dòng (dòng ${header.lines.join(' và ')}); chiso ghép lại${joinedName ? `, ví dụ “${joinedName}”` : ''}.`,
			lines: header.lines
		});
	}
	const unnamed = columns.filter((c) => c.name.trim() === '' && c.present > 0);
	if (unnamed.length > 0) {
		notices.push({
			code: 'unnamed-columns',
			message: `Cột ${unnamed.map((c) => c.letter).join(', ')} có dữ liệu nhưng không có tên.`
		});
	}
	const byName = new Map<string, ColumnInfo[]>();
	for (const c of columns) {
		if (c.name.trim() === '') continue;
		const key = c.label.toLocaleLowerCase('vi');
		byName.set(key, [...(byName.get(key) ?? []), c]);
	}
	const duplicates = [...byName.values()].filter((list) => list.length > 1);
	if (duplicates.length > 0) {
		const parts = duplicates.map(
			(list) => `“${list[0]?.label}” (cột ${list.map((c) => c.letter).join(', ')})`
		);
		notices.push({ code: 'duplicate-columns', message: `Tên cột bị trùng: ${parts.join('; ')}.` });
	}
	if (layout.raggedCount > 0) {
		const named = header.names.filter((n) => n.trim() !== '').length;
		notices.push({
			code: 'ragged-rows',
			message: `${layout.raggedCount} dòng có nhiều ô hơn số tên cột (${named} cột), ví dụ dòng ${layout.raggedLines.slice(0, 3).join(', ')}.`,
			lines: layout.raggedLines
		});
	}
	return notices;
}

function columnNotices(
	columns: readonly ColumnInfo[],
	fileDecimal: NumberFormat['decimal'] | null,
	example: string | null
): Notice[] {
	const notices: Notice[] = [];
	if (fileDecimal !== null && example !== null) {
		notices.push({
			code: 'number-format',
			message:
				fileDecimal === ','
					? `Số được ghi theo kiểu Việt Nam: dấu phẩy ngăn phần thập phân (ví dụ “${example}”).`
					: `Số được ghi với dấu chấm ngăn phần thập phân (ví dụ “${example}”), không theo kiểu Việt Nam.`
		});
	}
	for (const c of columns) {
		const guess = c.numberFormat;
		if (guess?.ambiguous && guess.example !== null) {
			const asVi = parseNumber(guess.example, {
				decimal: ',',
				thousands: '.',
				percent: false,
				negative: null
			});
			const asEn = parseNumber(guess.example, {
				decimal: '.',
				thousands: ',',
				percent: false,
				negative: null
			});
			if (typeof asVi === 'number' && typeof asEn === 'number') {
				notices.push({
					code: 'ambiguous-numbers',
					column: c.index,
					message: `Cột “${c.label}”: không rõ “${guess.example}” là ${plain(asVi)} hay ${plain(asEn)} vì cột không có giá trị nào khác để phân biệt; chiso tạm đọc theo kiểu Việt Nam (${plain(asVi)}). Hãy kiểm tra.`
				});
			}
		}
		if (guess?.format.percent) {
			const sample = c.samples.find((s) => s.endsWith('%'));
			const value = sample === undefined ? null : parseNumber(sample, guess.format);
			const shown = typeof value === 'number' ? ` (ví dụ ${sample} → ${viNumber.format(value)})` : '';
			notices.push({
				code: 'percent',
				column: c.index,
				message: `Cột “${c.label}” ghi số kèm dấu %; chiso bỏ dấu % và giữ nguyên giá trị${shown}.`
			});
		}
		if (c.date?.monthFirst) {
			notices.push({
				code: 'month-first',
				column: c.index,
				message: `Cột “${c.label}” có giá trị như “${c.date.monthFirst.example}”: không thể là ngày/tháng/năm (có thể tệp ghi tháng trước ngày). chiso chỉ đọc ngày/tháng/năm; hãy sửa cột này.`
			});
		}
	}
	return notices;
}

function lostCharactersNotice(text: string): Notice | null {
	const count = countLostCharacters(text);
	if (count < 3) return null;
	const example = /\S*\p{L}[?\uFFFD]\S*|\S*[?\uFFFD]\p{L}\S*/u.exec(text)?.[0];
	return {
		code: 'lost-characters',
		message: `Có ${count} chữ bị mất dấu (thay bằng “?” hoặc “�”${example ? `, ví dụ “${example}”` : ''}): tệp có thể đã được lưu bằng bảng mã không có chữ tiếng Việt. Hãy lưu lại từ Excel dạng “CSV UTF-8”.`
	};
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────────────

/** Works out how to read an uploaded file. Pure: no DuckDB, no DOM. */
export function sniffFile(bytes: Uint8Array, fileName: string, options: SniffOptions = {}): SniffResult {
	const headBytes = options.headBytes ?? SAMPLE_HEAD_BYTES;
	const tailBytes = options.tailBytes ?? SAMPLE_TAIL_BYTES;
	const sampleRows = options.sampleRows ?? 1000;
	const extension = extensionOf(fileName);
	forgetAll(); // each file is read as if it were the first (memo.ts)
	const encoding = detectEncoding(bytes);
	const result: SniffResult = {
		fileName,
		byteLength: bytes.length,
		encoding,
		lineEnding: null,
		delimiter: null,
		quote: '"',
		layout: null,
		columns: [],
		rowCount: { value: 0, exact: true },
		sampled: false,
		notices: [],
		problems: []
	};
	if (encoding.status === 'binary') {
		const renamed = TEXT_EXTENSIONS.includes(extension)
			? `Tệp “${fileName}” có đuôi .${extension} nhưng không phải tệp CSV. `
			: '';
		result.problems.push({ code: 'binary', message: renamed + encoding.message });
		return result;
	}
	if (encoding.status === 'empty') {
		result.problems.push({ code: 'empty', message: encoding.message });
		return result;
	}

	const whole = bytes.length <= headBytes + tailBytes;
	const text = decodeRange(bytes, encoding.encoding, 0, whole ? bytes.length : headBytes);
	const markup = markupMessage(text);
	if (markup !== null) {
		result.problems.push({ code: 'markup', message: markup });
		return result;
	}

	const { notices, problems } = result;
	if (
		encoding.encoding.charset !== 'utf-8' ||
		encoding.encoding.repair !== null ||
		encoding.confidence !== 'high'
	) {
		notices.push({ code: 'encoding', message: encoding.message });
	}
	const lost = lostCharactersNotice(text);
	if (lost !== null) notices.push(lost);
	if (encoding.encoding.charset === 'utf-8' && encoding.encoding.repair === null) {
		const raw = new TextDecoder().decode(bytes.subarray(0, Math.min(bytes.length, 1 << 16)));
		if (raw !== raw.normalize('NFC')) {
			notices.push({
				code: 'normalized',
				message:
					'Chữ có dấu trong tệp ở dạng tổ hợp (NFD); chiso đã chuẩn hoá sang dạng dựng sẵn (NFC) để so khớp tên.'
			});
		}
	}
	if (extension !== '' && !TEXT_EXTENSIONS.includes(extension)) {
		notices.push({
			code: 'extension',
			message: `Tệp có đuôi .${extension} nhưng là tệp văn bản; chiso đọc như tệp CSV.`
		});
	}

	const delimiter = detectDelimiter(text);
	result.delimiter = delimiter;
	result.lineEnding = detectLineEnding(text);
	const parsed = parseRecords(text, delimiter.delimiter);
	const headRecords = whole ? parsed.records : parsed.records.slice(0, -1);
	if (parsed.unclosedQuoteLine !== null) {
		const last = parsed.records[parsed.records.length - 1];
		const swallowed = last === undefined ? 0 : last.endLine - parsed.unclosedQuoteLine;
		if (whole || swallowed > 100) {
			problems.push({
				code: 'unclosed-quote',
				lines: [parsed.unclosedQuoteLine],
				message: `Dòng ${parsed.unclosedQuoteLine}: một ô mở dấu ngoặc kép (") mà không đóng, nên phần còn lại của tệp bị gộp vào một ô. Hãy sửa ô đó trong tệp (thường do một dấu " lẻ).`
			});
		}
	}
	const tail = whole ? null : readTail(bytes, encoding.encoding, tailBytes, delimiter.delimiter);
	const { layout, dataRecords } = findTable(headRecords, tail);
	result.layout = layout;

	// Columns, from the data rows read at the start of the file.
	const lastHeadLine = headRecords[headRecords.length - 1]?.line ?? 0;
	const headData = dataRecords.filter((r) => r.line <= lastHeadLine);
	const sample = headData.slice(0, sampleRows);
	const names = layout.header?.names ?? [];
	const cellsOf = (c: number): Cell[] => sample.map((r) => ({ line: r.line, text: r.fields[c] ?? '' }));
	let tally = emptyTally();
	for (let c = 0; c < layout.columnCount; c++) {
		const t = tallyNumbers(cellsOf(c).map((cell) => cell.text));
		if (t.values > 0 && t.numberLike >= 0.8 * t.values) tally = addTallies(tally, t);
	}
	const fileDecimal = options.decimal ?? votedDecimal(tally);
	result.columns = Array.from({ length: layout.columnCount }, (_, c) =>
		describeColumn(c, names[c] ?? '', cellsOf(c), fileDecimal)
	);

	// Row count: exact, or scaled from the rows per line seen at the start.
	if (whole) {
		result.rowCount = { value: layout.dataRowCount, exact: true };
	} else {
		result.sampled = true;
		const first = layout.firstDataLine;
		const lastInHead = headData[headData.length - 1];
		let estimate = headData.length;
		if (first !== null && layout.lastDataLine !== null && lastInHead !== undefined) {
			const headSpan = lastInHead.endLine - first + 1;
			estimate = Math.round((headData.length * (layout.lastDataLine - first + 1)) / headSpan);
		}
		result.rowCount = { value: estimate, exact: false };
		notices.push({
			code: 'sampled',
			message: `Tệp lớn (${viNumber.format(Math.round(bytes.length / 1e5) / 10)} MB): chiso đoán định dạng từ phần đầu và phần cuối tệp; số dòng dữ liệu (khoảng ${viNumber.format(estimate)}) là ước tính.`
		});
	}

	if (delimiter.delimiter !== ',' || delimiter.confidence !== 'high') {
		notices.push({ code: 'delimiter', message: delimiter.message });
	}
	if (layout.skippedSummary !== null) {
		notices.push({
			code: 'skipped-rows',
			message: layout.skippedSummary,
			lines: layout.skipped.map((s) => s.line)
		});
	}
	notices.push(...headerNotices(layout, result.columns));
	if (layout.columnCount === 1) {
		notices.push({
			code: 'single-column',
			message: 'Tệp chỉ có một cột: hãy kiểm tra dấu phân cách, hoặc xem tệp có đúng là bảng số liệu không.'
		});
	}
	notices.push(...columnNotices(result.columns, options.decimal ? null : fileDecimal, tally.decisiveExample));
	if (layout.dataRowCount === 0) {
		problems.push({ code: 'no-data', message: 'Không tìm thấy dòng dữ liệu nào trong tệp.' });
	}
	return result;
}
