/*
 * Files that are not text: recognised by their first bytes (magic numbers), or by NUL and control bytes.
 * Offices often rename an Excel workbook to .csv or send a PDF; the user is told what the file really is.
 */
import type { BinaryFormat } from './schema';

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
	if (bytes.length < offset + magic.length) return false;
	return magic.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
	return Array.from(text, (c) => c.charCodeAt(0));
}

/** Index of an ASCII string in the bytes, or -1. */
function indexOfAscii(bytes: Uint8Array, text: string): number {
	const needle = ascii(text);
	const first = needle[0];
	outer: for (let i = bytes.indexOf(first as number); i !== -1; i = bytes.indexOf(first as number, i + 1)) {
		if (i + needle.length > bytes.length) return -1;
		for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
		return i;
	}
	return -1;
}

/** What kind of ZIP: the entry names of an OOXML/ODF package are stored uncompressed in the archive. */
function zipKind(bytes: Uint8Array): BinaryFormat {
	if (indexOfAscii(bytes, 'application/vnd.oasis.opendocument.spreadsheet') !== -1) return 'ods';
	if (indexOfAscii(bytes, 'xl/') !== -1) return 'xlsx';
	if (indexOfAscii(bytes, 'word/') !== -1) return 'docx';
	return 'zip';
}

/** The binary format named by the file's first bytes, or null when none matches. */
export function detectBinaryFormat(bytes: Uint8Array): BinaryFormat | null {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		return zipKind(bytes);
	}
	// OLE2 compound file: Excel 97–2003 (.xls), old Word and PowerPoint files.
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
	if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
	if (startsWith(bytes, ascii('Rar!\x1a\x07'))) return 'rar';
	if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
	return null;
}

/**
 * True when more than 1 % of a sample of a single-byte or UTF-8 file are control bytes (NUL included) other
 * than tab, line feed, form feed, carriage return, SUB (a DOS end-of-file mark) and ESC. A stray NUL in a text
 * file is not enough: the check reports its line (normalize.ts), as it does for one past the sample.
 */
export function looksBinary(sample: Uint8Array): boolean {
	let control = 0;
	for (const b of sample) {
		if (
			b < 0x20 &&
			b !== 0x09 &&
			b !== 0x0a &&
			b !== 0x0b &&
			b !== 0x0c &&
			b !== 0x0d &&
			b !== 0x1a &&
			b !== 0x1b
		) {
			control++;
		}
	}
	return control > sample.length / 100;
}

/** Vietnamese explanation of a binary file, with what to do instead. */
export function binaryMessage(format: BinaryFormat): string {
	const saveAsCsv =
		'Hãy mở tệp, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên tệp CSV đó.';
	switch (format) {
		case 'xlsx':
			return `Đây là tệp Excel (.xlsx), không phải tệp văn bản CSV. ${saveAsCsv}`;
		case 'xls':
			return `Đây là tệp Excel 97–2003 (.xls) hoặc tệp Office cũ, không phải tệp văn bản CSV. ${saveAsCsv}`;
		case 'ods':
			return 'Đây là bảng tính OpenDocument (.ods), không phải tệp văn bản CSV. Hãy lưu lại dạng CSV (UTF-8) rồi tải lên.';
		case 'docx':
			return 'Đây là tệp Word (.docx), không phải tệp dữ liệu CSV. Hãy chép bảng sang Excel và lưu dạng CSV UTF-8.';
		case 'zip':
		case 'gzip':
		case 'rar':
		case '7z':
			return 'Đây là tệp nén, không phải tệp CSV. Hãy giải nén rồi tải lên tệp CSV bên trong.';
		case 'pdf':
			return 'Đây là tệp PDF, không phải tệp văn bản CSV. chiso không đọc được bảng trong PDF; hãy xin đơn vị gửi tệp Excel hoặc CSV.';
		case 'png':
		case 'jpeg':
		case 'gif':
			return `Đây là tệp ảnh (${format.toUpperCase()}), không phải tệp dữ liệu. Hãy tải lên tệp CSV chứa bảng số liệu.`;
		case 'unknown':
			return 'Tệp không phải tệp văn bản (có byte rỗng hoặc ký tự điều khiển): có thể là tệp nén, tệp Excel hoặc tệp bị hỏng. Hãy tải lên tệp CSV.';
	}
}

/**
 * Text that is a web page or an XML spreadsheet rather than CSV: many Vietnamese systems "export to Excel"
 * as an HTML table with an .xls name. Returns a Vietnamese message, or null for ordinary text.
 */
export function markupMessage(text: string): string | null {
	const head = text.slice(0, 2048).trimStart().toLowerCase();
	if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
		return `Đây là bảng tính XML của Excel 2003, không phải tệp CSV. Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)”.`;
	}
	if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head)) {
		return 'Đây là trang HTML (thường là bảng do phần mềm “xuất ra Excel”), không phải tệp CSV. Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)”.';
	}
	return null;
}
