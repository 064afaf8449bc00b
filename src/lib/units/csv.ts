/**
 * A small RFC 4180 reader for the registry's own data files (UTF-8, comma, header row). Quoted fields and
 * CRLF are accepted so a file saved by a spreadsheet still reads; every record must have the header's width.
 */
export function parseCsv(text: string): Record<string, string>[] {
	const rows = splitRows(text.replace(/^\uFEFF/, ''));
	const header = rows.shift();
	if (!header) return [];
	return rows.map((cells, i) => {
		if (cells.length !== header.length) {
			throw new Error(`CSV line ${i + 2}: ${cells.length} fields, header has ${header.length}`);
		}
		return Object.fromEntries(header.map((name, j) => [name, cells[j] ?? '']));
	});
}

function splitRows(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			if (row.length > 1 || row[0] !== '') rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (quoted) throw new Error('CSV: unterminated quoted field');
	row.push(field);
	if (row.length > 1 || row[0] !== '') rows.push(row);
	return rows;
}
