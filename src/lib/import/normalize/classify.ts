/*
 * Which cells DuckDB may read as typed values. DuckDB's casts are lenient ("3.5" → 4 as an integer, "0x03",
 * "1_0", "+3"), while the rules (rules/) are strict; so the fast path types a column only for cells whose
 * bytes leave no room for a difference, and every record with another kind of cell goes to the exact checks:
 *
 * - DIGIT(mask): empty, or one ASCII digit allowed by the mask (Likert answers 1–5);
 * - INTEGER: empty, or 1–9 ASCII digits without a leading zero (years);
 * - TEXT: empty, or text with no white space at either end, where DuckDB's text equals the rules' trimmed
 *   cell (the rules trim space, tab, CR, LF, no-break spaces and the BOM);
 * - KEY: a TEXT cell that is empty (unquoted) or holds an ASCII digit. No missing mark or word has a digit
 *   (rules/missing.ts), so a plain key is never a missing value and needs no lookup: respondent ids, where
 *   looking a million distinct values up would cost more than the rest of the check.
 *
 * Quotes are the scanner's business (normalize.ts): a record with a quote mid-cell or text after a
 * closing quote is never plain, whatever its cells look like here.
 *
 * A class is a number so the byte loop stays cheap: 0 none, 1 text, 2 integer, 3 key, 1024 + mask for digits.
 */

export type CellClass = number;

export const NONE: CellClass = 0;
export const TEXT: CellClass = 1;
export const INTEGER: CellClass = 2;
export const KEY: CellClass = 3;
const DIGIT_FLAG = 1024;

/** The class of a single-digit answer among `values` (each 0–9). */
export function digitClass(values: readonly number[]): CellClass {
	let mask = 0;
	for (const v of values) {
		if (!Number.isInteger(v) || v < 0 || v > 9) throw new RangeError(`not a digit: ${v}`);
		mask |= 1 << v;
	}
	return DIGIT_FLAG | mask;
}

export function isDigitClass(cls: CellClass): boolean {
	return cls >= DIGIT_FLAG;
}

const QUOTE = 0x22;
const ZERO = 0x30;
const NINE = 0x39;

function isEdgeSpace(b: number): boolean {
	return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** White space the rules trim at the start of `bytes[s, e)`: ASCII, U+00A0, U+202F or U+FEFF. */
function startsWithSpace(bytes: Uint8Array, s: number, e: number): boolean {
	const b = bytes[s]!;
	if (isEdgeSpace(b)) return true;
	if (b === 0xc2) return e - s >= 2 && bytes[s + 1] === 0xa0;
	if (b === 0xe2) return e - s >= 3 && bytes[s + 1] === 0x80 && bytes[s + 2] === 0xaf;
	if (b === 0xef) return e - s >= 3 && bytes[s + 1] === 0xbb && bytes[s + 2] === 0xbf;
	return false;
}

function endsWithSpace(bytes: Uint8Array, s: number, e: number): boolean {
	const b = bytes[e - 1]!;
	if (isEdgeSpace(b)) return true;
	if (b === 0xa0) return e - s >= 2 && bytes[e - 2] === 0xc2;
	if (b === 0xaf) return e - s >= 3 && bytes[e - 3] === 0xe2 && bytes[e - 2] === 0x80;
	if (b === 0xbf) return e - s >= 3 && bytes[e - 3] === 0xef && bytes[e - 2] === 0xbb;
	return false;
}

/** Whether the cell `bytes[start, end)` (as in the file, quotes included) is plain for its class. */
export function isPlainCell(bytes: Uint8Array, start: number, end: number, cls: CellClass): boolean {
	const length = end - start;
	if (cls === NONE || length === 0) return true;
	if (cls >= DIGIT_FLAG) {
		const d = bytes[start]! - ZERO;
		return length === 1 && d >= 0 && d <= 9 && (cls & (1 << d)) !== 0;
	}
	if (cls === INTEGER) {
		if (length > 9 || (length > 1 && bytes[start] === ZERO)) return false;
		for (let i = start; i < end; i++) {
			const b = bytes[i]!;
			if (b < ZERO || b > NINE) return false;
		}
		return true;
	}
	let s = start;
	let e = end;
	if (bytes[s] === QUOTE) {
		if (length < 2 || bytes[e - 1] !== QUOTE) return false;
		s++;
		e--;
		if (s === e) return cls === TEXT;
	}
	if (startsWithSpace(bytes, s, e) || endsWithSpace(bytes, s, e)) return false;
	return cls === TEXT || hasDigit(bytes, s, e);
}

function hasDigit(bytes: Uint8Array, s: number, e: number): boolean {
	for (let i = s; i < e; i++) {
		const b = bytes[i]!;
		if (b >= ZERO && b <= NINE) return true;
	}
	return false;
}
