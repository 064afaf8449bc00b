import { isExcelFile, listSheets, sheetToCsv } from '../../excel';
import { prepareText } from '../../load/prepare';
import { parseRecords, type Delimiter } from '../../sniff';

/*
 * A list file → its header and data lines, read by the import's own readers: the Excel reader for .xlsx,
 * the sniffer for CSV and TSV (encoding, delimiter, title rows above the header, totals and section rows
 * such as "I. CÁC SỞ, BAN, NGÀNH" skipped). Line numbers are the file's (the sheet's row for Excel).
 */

export interface ListTable {
	headers: string[];
	rows: { line: number; fields: string[] }[];
	/** How the file was read (encoding converted, rows skipped), as the import says it. */
	notices: string[];
}

export type ReadList = { ok: true; table: ListTable } | { ok: false; problems: string[] };

export async function readListFile(fileName: string, bytes: Uint8Array): Promise<ReadList> {
	let text = bytes;
	const notices: string[] = [];
	const excel = isExcelFile(bytes, fileName);
	if (excel) {
		const sheets = await listSheets(bytes);
		const sheet = sheets.find((s) => s.rows > 0) ?? sheets[0];
		if (!sheet) return { ok: false, problems: ['Tệp Excel không có trang tính nào.'] };
		const read = await sheetToCsv(bytes, sheet.name);
		text = new TextEncoder().encode(read.csv);
		notices.push(...read.notices);
	}
	const prepared = await prepareText(fileName, text, excel ? { decimal: '.' } : {});
	if (!prepared.ok) return { ok: false, problems: prepared.problems };
	const file = prepared.file;
	const skip = new Set(file.skipLines);
	const { records } = parseRecords(new TextDecoder().decode(file.utf8), file.delimiter as Delimiter);
	const rows = records
		.filter((r) => r.line > file.headerLine && r.line <= file.lastDataLine && !skip.has(r.line))
		.filter((r) => r.fields.some((f) => f.trim() !== ''))
		.map((r) => ({ line: r.line, fields: r.fields }));
	return { ok: true, table: { headers: file.headers, rows, notices: [...notices, ...file.notices] } };
}
