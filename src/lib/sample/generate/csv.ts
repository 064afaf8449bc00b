/** Writes CSV the way DuckDB and Excel read it: comma, LF, quotes only where needed, empty for null. */
export type Cell = string | number | null | undefined;

function cell(value: Cell): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
	const lines = [header.map(cell).join(',')];
	for (const row of rows) lines.push(row.map(cell).join(','));
	return lines.join('\n') + '\n';
}
