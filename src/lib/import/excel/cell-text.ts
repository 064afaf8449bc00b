/*
 * One cell value → the text of its CSV field. Numbers with a "." decimal point, no grouping and no exponent,
 * at Excel's own precision (15 significant digits), so the 85.319999999999993 that Excel stores for 85.32
 * and the 0.30000000000000004 of =0.1+0.2 come out as 85.32 and 0.3, as Excel shows them. Dates as ISO.
 * Text as written, NFC-normalised, never evaluated.
 */

/** A number cell as the raw text of its `<v>` element (read-excel-file's `parseNumber` hook). */
export class RawNumber {
	constructor(readonly raw: string) {}
}

/** Excel computes and shows at most 15 significant digits; the 16th and 17th are binary noise. */
const EXCEL_DIGITS = 15;

/** A finite number in plain decimal notation (String() switches to exponents below 1e-6 and from 1e21). */
export function plainDecimal(x: number): string {
	const text = String(x);
	const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
	if (!m) return text;
	const [, sign, lead, fraction = '', exponent] = m;
	const digits = lead! + fraction;
	const point = Number(exponent) + 1; // the decimal point sits after `point` digits
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Rounded to Excel's precision, then the shortest text that reads back as that number. */
export function excelNumber(x: number): string {
	if (x === 0) return '0';
	return plainDecimal(Number(x.toPrecision(EXCEL_DIGITS)));
}

/** The raw `<v>` text of a number cell ("85.319999999999993", "1.5E-7") → "85.32", "0.00000015". */
export function numberText(raw: string): string {
	const x = Number(raw);
	return Number.isFinite(raw.trim() === '' ? NaN : x) ? excelNumber(x) : raw.trim();
}

/** A number cell formatted as a percentage: 0.8532 → "85.32%", as Excel shows it. */
export function percentText(raw: string): string {
	const x = Number(raw);
	return Number.isFinite(raw.trim() === '' ? NaN : x) ? `${excelNumber(x * 100)}%` : raw.trim();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date cell (read-excel-file gives a Date at UTC) → "2025-03-15"; with a time of day
 * "2024-10-05 14:30:00"; a time alone (Excel day 0, 1899-12-30) → "14:30:00". Rounded to the second:
 * the library floors the milliseconds of Excel's fractional day (14:29:59.999 for 14:30).
 */
export function dateText(date: Date): string {
	const d = new Date(Math.round(date.getTime() / 1000) * 1000);
	const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	if (time === '00:00:00') return day;
	return day === '1899-12-30' ? time : `${day} ${time}`;
}

/**
 * Text as written, NFC-normalised. A line break inside a cell (Alt+Enter) becomes a space, so that sheet
 * row N stays line N of the CSV; `joined` says it happened.
 */
export function cellText(text: string): { text: string; joined: boolean } {
	const normalized = text.normalize('NFC');
	const single = normalized.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
	return { text: single, joined: single !== normalized };
}
