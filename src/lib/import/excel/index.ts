/*
 * Excel (.xlsx) input for the import pipeline: list the sheets of a workbook, turn the chosen one into CSV
 * text that the pipeline reads exactly like an uploaded CSV file. Recognising a workbook is cheap and
 * synchronous; reading one loads the Excel library on first use (see workbook.ts).
 */
import type { SheetCsv, SheetInfo } from './types';

export { excelKind, isExcelFile, type ExcelKind } from './detect';
export { ExcelImportError, type ExcelErrorCode } from './errors';
export type { SheetCsv, SheetInfo } from './types';

const load = () => import('./workbook');

/**
 * The sheets of a workbook, in workbook order, with their row counts (up to the last non-blank row).
 * Rejects with an ExcelImportError (Vietnamese `message`) for a legacy .xls, a password-protected, binary
 * (.xlsb), broken or oversized workbook.
 */
export async function listSheets(bytes: Uint8Array): Promise<SheetInfo[]> {
	return (await load()).listSheets(bytes);
}

/**
 * One sheet as CSV: UTF-8 text, comma, RFC 4180 quoting, LF; line N is row N of the sheet (title rows, blank
 * rows and totals rows kept for the CSV sniffer to classify). Numbers with a "." decimal point and no
 * grouping, dates as yyyy-mm-dd, booleans TRUE/FALSE, formulas as their saved result, error cells empty.
 */
export async function sheetToCsv(bytes: Uint8Array, sheetName: string): Promise<SheetCsv> {
	return (await load()).sheetToCsv(bytes, sheetName);
}
