/*
 * Opening the .xlsx package before the Excel library sees it: refuse, with the Vietnamese reason, what the
 * library would fail on or choke on (a legacy .xls, a password-protected or binary workbook, a broken ZIP,
 * a workbook too large to hold in the tab), and give the directory of parts.
 */
import { excelKind } from './detect';
import { excelError, tooLargeError } from './errors';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip';

/**
 * Ceiling on the XML parts, uncompressed, as the directory declares them. read-excel-file holds every XML
 * part as one string at once, and TextDecoder silently returns an empty string for inputs over ~512 MB in
 * Chromium; 256 MB of sheet XML is already millions of cells, which belong in a CSV file.
 */
export const MAX_UNPACKED_XML = 256 * 1024 * 1024;

/** The parts of the package by name; throws ExcelImportError when the file cannot be read. */
export function openPackage(bytes: Uint8Array): Map<string, ZipEntry> {
	const kind = excelKind(bytes, '');
	if (kind === 'xls') throw excelError('xls');
	if (kind === 'encrypted') throw excelError('encrypted');
	let entries: ZipEntry[];
	try {
		entries = readZipDirectory(bytes);
	} catch (error) {
		if (error instanceof ZipFormatError) throw excelError('broken', error);
		throw error;
	}
	const parts = new Map(entries.map((e) => [e.name, e]));
	if (parts.has('xl/workbook.bin')) throw excelError('xlsb');
	if (!parts.has('xl/workbook.xml')) throw excelError('not-xlsx');
	const unpacked = entries.filter((e) => /\.(xml|rels)$/.test(e.name)).reduce((sum, e) => sum + e.size, 0);
	if (unpacked > MAX_UNPACKED_XML) throw tooLargeError(unpacked, MAX_UNPACKED_XML);
	return parts;
}
