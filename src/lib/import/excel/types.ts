/** One sheet of a workbook, for the sheet picker: its name and its last non-blank row. */
export interface SheetInfo {
	name: string;
	rows: number;
}

/** A sheet as CSV text (UTF-8, comma, RFC 4180 quoting, LF; line N = sheet row N) and Vietnamese notices. */
export interface SheetCsv {
	csv: string;
	notices: string[];
}
