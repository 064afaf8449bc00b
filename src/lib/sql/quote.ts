/*
 * The one place where text becomes SQL. A user's column name, file name or unit name is data: it goes through
 * `ident()` or `literal()` and can never end a string or start a new statement.
 */

/** Quotes an identifier: wraps in double quotes and doubles any double quote inside. */
export function ident(name: string): string {
	if (name.length === 0) throw new Error('Tên cột hoặc bảng rỗng');
	if (name.includes('\u0000')) throw new Error('Tên cột hoặc bảng chứa ký tự NUL');
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a value as a SQL literal. Strings get single quotes doubled; NaN and ±Infinity are refused. */
export function literal(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Giá trị số không hợp lệ: ${value}`);
		return String(value);
	}
	if (value.includes('\u0000')) throw new Error('Chuỗi chứa ký tự NUL');
	return `'${value.replaceAll("'", "''")}'`;
}

/** `a, b, c` from a list of identifiers. */
export function identList(names: readonly string[]): string {
	return names.map(ident).join(', ');
}
