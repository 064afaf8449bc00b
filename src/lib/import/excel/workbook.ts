/*
 * The only module that imports read-excel-file. It is reached through a dynamic import() from index.ts, so
 * the library (≈60 kB with its unzip and XML parser) is downloaded when an analyst opens an Excel file and
 * never by the pages that only show results. The browser entry runs in Node too, so tests run the code the
 * browser runs.
 */
import readXlsxFile from 'read-excel-file/browser';
import { RawNumber } from './cell-text';
import { excelError, ExcelImportError, sheetNotFoundError } from './errors';
import { openPackage } from './package';
import { readSheetFacts } from './sheet-facts';
import { rowsToCsv, type SheetCell } from './to-csv';
import type { SheetCsv, SheetInfo } from './types';

interface ParsedSheet {
	name: string;
	rows: SheetCell[][];
}

// Numbers stay the raw text of `<v>` (rounded to Excel's precision later); text is kept as written.
const OPTIONS = { trim: false, parseNumber: (raw: string) => new RawNumber(raw) };

/** One parse per file: the sheet picker lists the sheets, then the chosen one is converted. */
const parsed = new WeakMap<Uint8Array, Promise<ParsedSheet[]>>();

async function parse(bytes: Uint8Array): Promise<ParsedSheet[]> {
	openPackage(bytes);
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	try {
		const sheets = await readXlsxFile<RawNumber>(buffer, OPTIONS);
		if (sheets.length === 0) throw excelError('not-xlsx');
		return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as SheetCell[][] }));
	} catch (error) {
		if (error instanceof ExcelImportError) throw error;
		const code = (error as { code?: unknown }).code;
		throw excelError(code === 'INVALID_ZIP' ? 'broken' : 'unreadable', error);
	}
}

function workbook(bytes: Uint8Array): Promise<ParsedSheet[]> {
	let sheets = parsed.get(bytes);
	if (!sheets) {
		sheets = parse(bytes);
		parsed.set(bytes, sheets);
		sheets.catch(() => parsed.delete(bytes));
	}
	return sheets;
}

export async function listSheets(bytes: Uint8Array): Promise<SheetInfo[]> {
	return (await workbook(bytes)).map((s) => ({ name: s.name.normalize('NFC'), rows: s.rows.length }));
}

export async function sheetToCsv(bytes: Uint8Array, sheetName: string): Promise<SheetCsv> {
	const sheets = await workbook(bytes);
	// Names are listed NFC-normalised; the file may store them decomposed.
	const wanted = sheetName.normalize('NFC');
	const sheet =
		sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.normalize('NFC') === wanted);
	if (!sheet)
		throw sheetNotFoundError(
			sheetName,
			sheets.map((s) => s.name.normalize('NFC'))
		);
	const facts = await readSheetFacts(bytes, openPackage(bytes), sheet.name);
	return rowsToCsv(sheet.rows, facts, wanted);
}
