/*
 * Is this file an Excel workbook? Decided from the bytes first (ZIP magic number and the entries of an
 * Office Open XML spreadsheet; the OLE2 signature of Excel 97–2003), then from the name. A file named .xls
 * whose bytes are text is not claimed: many Vietnamese systems "export to Excel" as an HTML table or
 * tab-separated text with an .xls name, and the CSV sniffer reads or explains those.
 */
import { firstEntryName, readZipDirectory, ZipFormatError } from './zip';

/** xlsx: Office Open XML workbook (or a file that claims to be one); xls: Excel 97–2003; encrypted: a
 * password-protected workbook (an OLE2 file holding an encrypted package). */
export type ExcelKind = 'xlsx' | 'xls' | 'encrypted';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function extension(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Names of other Office programs' files that are OLE2 too: Word, PowerPoint, Outlook, Publisher, Visio, and
 * password-protected .docx/.pptx (encrypted Office files of every kind are OLE2 containers).
 */
const OTHER_OLE2 = new Set([
	'doc',
	'dot',
	'ppt',
	'pps',
	'pot',
	'msg',
	'pub',
	'vsd',
	'docx',
	'docm',
	'pptx',
	'pptm'
]);
const XLSX_NAMES = new Set(['xlsx', 'xlsm', 'xltx', 'xltm']);

/** An entry name that only a spreadsheet package has. */
const isWorkbookPart = (name: string) => name.startsWith('xl/');

/** The stream name "EncryptedPackage" in UTF-16LE, as an OLE2 directory entry stores it. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
	const name = 'EncryptedPackage';
	outer: for (let i = bytes.indexOf(0x45); i !== -1; i = bytes.indexOf(0x45, i + 1)) {
		if (i + name.length * 2 > bytes.length) return false;
		for (let j = 0; j < name.length; j++) {
			if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
		}
		return true;
	}
	return false;
}

function zipKind(bytes: Uint8Array, ext: string): ExcelKind | null {
	try {
		const names = readZipDirectory(bytes).map((e) => e.name);
		if (names.includes('[Content_Types].xml') && names.some(isWorkbookPart)) return 'xlsx';
	} catch (error) {
		if (!(error instanceof ZipFormatError)) throw error;
		// A truncated download: the directory at the end is missing, the first local header still names a part.
		const first = firstEntryName(bytes);
		if (first !== null && (first === '[Content_Types].xml' || isWorkbookPart(first))) return 'xlsx';
	}
	// Another kind of ZIP (.docx, .ods, an archive): an Excel name still routes it here, to be refused clearly.
	return XLSX_NAMES.has(ext) ? 'xlsx' : null;
}

/** What kind of Excel file this is, or null when it is not one (then it is text, or another binary file). */
export function excelKind(bytes: Uint8Array, fileName: string): ExcelKind | null {
	const ext = extension(fileName);
	if (startsWith(bytes, OLE2)) {
		if (OTHER_OLE2.has(ext)) return null;
		return hasEncryptedPackage(bytes) ? 'encrypted' : 'xls';
	}
	if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes, ext);
	return XLSX_NAMES.has(ext) ? 'xlsx' : null;
}

/**
 * True when the file should go to the Excel reader rather than the CSV sniffer: an .xlsx workbook, a
 * legacy .xls or a password-protected workbook (the last two are then refused by `listSheets` with a
 * Vietnamese message saying how to save the file).
 */
export function isExcelFile(bytes: Uint8Array, fileName: string): boolean {
	return excelKind(bytes, fileName) !== null;
}
