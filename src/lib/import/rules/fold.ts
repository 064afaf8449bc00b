/*
 * The one text folding both validation paths use: lower case, diacritics removed, đ → d, anything that is
 * not a letter or digit → one space, trimmed. `foldSql` is the same function in DuckDB SQL; a test runs both
 * on the same strings on the real engine.
 */

export function fold(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** `fold()` as a SQL expression over `expr`. */
export function foldSql(expr: string): string {
	return `trim(regexp_replace(replace(strip_accents(lower(${expr})), 'đ', 'd'), '[^a-z0-9]+', ' ', 'g'))`;
}

/** Leading and trailing white space, including the no-break spaces spreadsheets leave. */
const isTrimmed = (c: number) =>
	c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0xfeff;

export function trimCell(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && isTrimmed(text.charCodeAt(start))) start++;
	while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** `trimCell` in SQL. DuckDB's trim with a character list is much slower than plain trim, so it only runs on
 * the rare cells that start or end with a tab, a line break or a no-break space. */
export function trimSql(expr: string): string {
	return `CASE WHEN regexp_matches(${expr}, '^[\t\n\r\u00a0\u202f\ufeff]|[\t\n\r\u00a0\u202f\ufeff]$')
		THEN trim(${expr}, ' \t\n\r\u00a0\u202f\ufeff') ELSE trim(${expr}) END`;
}
