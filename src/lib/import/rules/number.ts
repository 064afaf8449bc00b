import { literal } from '$lib/sql/quote';

/*
 * Numbers as offices write them. A column has one format, decided by sniffing over all its values (or by the
 * user when truly ambiguous): decimal comma or point, a thousands separator or none, an optional % sign.
 * A cell that does not fit its column's format is an error, not a guess: "1.5" in a decimal-comma column
 * with thousands dots is reported, never read as 15. A negative is written with a minus sign or, as
 * accounting exports do, in parentheses: "(0,42)" is -0.42 (never with a sign inside, never half-open).
 */

export interface NumberFormat {
	decimal: ',' | '.';
	thousands: '.' | ',' | ' ' | null;
}

const SPACES = ' \u00a0\u202f';

function escapeClass(ch: string): string {
	return ch === ' ' ? `[${SPACES}]` : `\\${ch}`;
}

/** The full-match pattern of a format, written in the syntax JavaScript and DuckDB's RE2 share. */
export function numberPattern(format: NumberFormat): string {
	const d = escapeClass(format.decimal);
	const integer = format.thousands
		? `([0-9]{1,3}(${escapeClass(format.thousands)}[0-9]{3})+|[0-9]+)`
		: '[0-9]+';
	const body = `${integer}(${d}[0-9]+)?`;
	// The percent sign may sit inside the parentheses or after them: "(0,42%)", "(0,42)%".
	return `([+-]?${body}[ ]?%?|\\(${body}([ ]?%)?\\)|\\(${body}\\)[ ]?%)`;
}

export function describeFormat(format: NumberFormat): string {
	const t = format.thousands === null ? '' : format.thousands === ' ' ? '1 234' : `1${format.thousands}234`;
	const example = `${t || '1234'}${format.decimal}5`;
	return `ví dụ ${example}`;
}

/** A trimmed, non-missing cell → its number, or null when it does not fit the format. */
export function parseNumber(trimmed: string, format: NumberFormat): number | null {
	if (!new RegExp(`^${numberPattern(format)}$`).test(trimmed)) return null;
	// The pattern let "(" through only at the start, as the sign of a negative.
	let text = trimmed.replace(/[ \u00a0\u202f%)]/g, '').replace('(', '-');
	if (format.thousands && format.thousands !== ' ') text = text.split(format.thousands).join('');
	if (format.decimal === ',') text = text.replace(',', '.');
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** `parseNumber` in SQL: DOUBLE, or NULL when the cell does not fit the format. */
export function parseNumberSql(trimmed: string, format: NumberFormat): string {
	let text = `replace(regexp_replace(${trimmed}, '[ \u00a0\u202f%)]', '', 'g'), '(', '-')`;
	if (format.thousands && format.thousands !== ' ')
		text = `replace(${text}, ${literal(format.thousands)}, '')`;
	if (format.decimal === ',') text = `replace(${text}, ',', '.')`;
	return `CASE WHEN regexp_full_match(${trimmed}, ${literal(numberPattern(format))}) THEN TRY_CAST(${text} AS DOUBLE) END`;
}
