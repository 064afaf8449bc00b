/*
 * How a column writes its numbers, decided by majority over its values, and reading one value with it.
 *
 * Evidence per value: "85,32" (not three digits after the mark) says decimal comma; "1.234.567" says dot
 * groups thousands (so the decimal is a comma); "1.234,5" says both. "1.234" alone says nothing: it is 1234
 * in vi-VN and 1.234 in en-US. A column whose values say nothing but that is `ambiguous`, unless the rest of
 * the file decides (one file, one locale). A percent sign is dropped and the number kept as written
 * ("85,32%" → 85.32), as index tables give percentages on the 0–100 scale.
 *
 * Missing cells (blank, "-", "–", "N/A", "KTL", "không trả lời") read as null, never 0.
 *
 * Whether one value is a number under a format is the check's own rule (rules/number.ts), so what the
 * preview calls invalid is what the check reports; this file adds the reason a value fails, in words.
 */
import {
	describeFormat,
	parseNumber as readNumber,
	type NumberFormat as CheckedFormat
} from '../rules/number';
import { memoByKeyAndText, memoByText } from './memo';
import { isMissing, trimCell } from './missing';
import type { NumberFormat, NumberFormatGuess } from './schema';
import { isValueError, valueError, type ValueError } from './value-error';

type Decimal = NumberFormat['decimal'];

const SPACE_CLASS = '[ \\u00A0\\u202F]';
const HAS_SPACE = new RegExp(SPACE_CLASS);
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${SPACE_CLASS}\\d{3})+)(?:([.,])(\\d+))?$`);

interface Shape {
	sign: 1 | -1;
	negative: 'minus' | 'parentheses' | null;
	percent: boolean;
	/** Digits, separators and grouping spaces. */
	body: string;
	exponent: number;
}

/** Sign, percent, parentheses and exponent taken off; null when what is left is not digits and marks. */
function shapeOf(text: string): Shape | null {
	let t = trimCell(text);
	let percent = false;
	let negative: Shape['negative'] = null;
	if (t.endsWith('%')) {
		percent = true;
		t = trimCell(t.slice(0, -1));
	}
	if (t.startsWith('(') && t.endsWith(')')) {
		negative = 'parentheses';
		t = trimCell(t.slice(1, -1));
		if (!percent && t.endsWith('%')) {
			percent = true;
			t = trimCell(t.slice(0, -1));
		}
	}
	if (t.startsWith('-') || t.startsWith('\u2212')) {
		if (negative !== null) return null;
		negative = 'minus';
		t = trimCell(t.slice(1));
	} else if (t.startsWith('+') && negative === null) {
		t = trimCell(t.slice(1));
	}
	let exponent = 0;
	const e = /^(.*\d)[eE]([+-]?\d{1,3})$/.exec(t);
	if (e) {
		t = e[1] as string;
		exponent = Number(e[2]);
	}
	if (!/^(?:\d|[.,]\d)/.test(t) || !/^[\d., \u00A0\u202F]+$/.test(t) || !/\d$/.test(t)) return null;
	return { sign: negative === null ? 1 : -1, negative, percent, body: t, exponent };
}

/** What one value's marks say about the format. */
interface Reading {
	decimal: Decimal | null;
	thousands: '.' | ',' | 'space' | null;
	/** "1.234" or "1,234": a single mark before three digits, which could be either. */
	ambiguous: Decimal | null;
}

const other = (d: Decimal): Decimal => (d === ',' ? '.' : ',');
const GROUPED: Record<Decimal, RegExp> = { '.': /^\d{1,3}(?:\.\d{3})+$/, ',': /^\d{1,3}(?:,\d{3})+$/ };
const grouped = (text: string, mark: Decimal) => GROUPED[mark].test(text);

function readingOf(body: string): Reading | null {
	let b = body;
	let space = false;
	if (HAS_SPACE.test(b)) {
		const m = SPACE_GROUPED.exec(b);
		if (!m) return null;
		space = true;
		if (m[2] !== undefined) return { decimal: m[2] as Decimal, thousands: 'space', ambiguous: null };
		b = (m[1] as string).replace(/\D/g, '');
	}
	const thousands = space ? 'space' : null;
	const dots = b.split('.').length - 1;
	const commas = b.split(',').length - 1;
	if (dots === 0 && commas === 0) return { decimal: null, thousands, ambiguous: null };
	if (dots > 0 && commas > 0) {
		const decimal: Decimal = b.lastIndexOf(',') > b.lastIndexOf('.') ? ',' : '.';
		const [intPart, frac, extra] = b.split(decimal);
		if (extra !== undefined || !/^\d+$/.test(frac ?? '') || !grouped(intPart ?? '', other(decimal)))
			return null;
		return { decimal, thousands: other(decimal), ambiguous: null };
	}
	const mark: Decimal = dots > 0 ? '.' : ',';
	if (dots + commas > 1)
		return grouped(b, mark) ? { decimal: other(mark), thousands: mark, ambiguous: null } : null;
	const [lead = '', frac = ''] = b.split(mark);
	const cannotBeGrouping = frac.length !== 3 || lead === '' || lead.startsWith('0') || lead.length > 3;
	if (cannotBeGrouping || space) return { decimal: mark, thousands, ambiguous: null };
	return { decimal: null, thousands, ambiguous: mark };
}

/** A value's shape and what its marks say, remembered per text (see memo.ts). */
const numberShape = memoByText((text: string) => {
	const shape = shapeOf(text);
	return { shape, reading: shape === null ? null : readingOf(shape.body) };
});

/** True when the text reads as a number in some format (for telling data rows from titles). */
export function isNumberLike(text: string): boolean {
	return numberShape(text).reading !== null;
}

// ── Column format ───────────────────────────────────────────────────────────────────────────────────────

/** Counts of what a column's values say; columns' tallies add up to the file's. */
export interface NumberTally {
	/** Non-missing values, and those that look like numbers. */
	values: number;
	numberLike: number;
	/** Values that say decimal comma (or dot grouping), and decimal point (or comma grouping). */
	commaVotes: number;
	pointVotes: number;
	ambiguousDot: number;
	ambiguousComma: number;
	/** Values grouped with dots ("1.234.567", "1.234,5"), with commas, with spaces. */
	dotGrouping: number;
	commaGrouping: number;
	spaceGrouping: number;
	percent: number;
	parentheses: number;
	minus: number;
	/** First value that decided, and first that could not. */
	decisiveExample: string | null;
	ambiguousExample: string | null;
}

export function emptyTally(): NumberTally {
	return {
		values: 0,
		numberLike: 0,
		commaVotes: 0,
		pointVotes: 0,
		ambiguousDot: 0,
		ambiguousComma: 0,
		dotGrouping: 0,
		commaGrouping: 0,
		spaceGrouping: 0,
		percent: 0,
		parentheses: 0,
		minus: 0,
		decisiveExample: null,
		ambiguousExample: null
	};
}

export function tallyNumbers(values: readonly string[]): NumberTally {
	const t = emptyTally();
	for (const value of values) {
		if (isMissing(value)) continue;
		t.values++;
		const { shape, reading } = numberShape(value);
		if (shape === null || reading === null) continue;
		t.numberLike++;
		if (shape.percent) t.percent++;
		if (shape.negative === 'parentheses') t.parentheses++;
		if (shape.negative === 'minus') t.minus++;
		if (reading.thousands === 'space') t.spaceGrouping++;
		if (reading.thousands === '.') t.dotGrouping++;
		if (reading.thousands === ',') t.commaGrouping++;
		if (reading.decimal === ',') t.commaVotes++;
		if (reading.decimal === '.') t.pointVotes++;
		if (reading.decimal !== null) t.decisiveExample ??= trimCell(value);
		if (reading.ambiguous === '.') t.ambiguousDot++;
		if (reading.ambiguous === ',') t.ambiguousComma++;
		if (reading.ambiguous !== null) t.ambiguousExample ??= trimCell(value);
	}
	return t;
}

export function addTallies(a: NumberTally, b: NumberTally): NumberTally {
	const sum = emptyTally();
	for (const key of Object.keys(sum) as (keyof NumberTally)[]) {
		if (key === 'decisiveExample' || key === 'ambiguousExample') sum[key] = a[key] ?? b[key];
		else sum[key] = a[key] + b[key];
	}
	return sum;
}

/** The decimal mark the values vote for, or null when they do not say or are tied. */
export function votedDecimal(t: NumberTally): Decimal | null {
	if (t.commaVotes > t.pointVotes) return ',';
	if (t.pointVotes > t.commaVotes) return '.';
	return null;
}

/**
 * The column's format by majority. `fileDecimal` (from all columns' tallies) settles a column that cannot
 * tell by itself; without it such a column is `ambiguous` and read the vi-VN way (decimal comma).
 */
export function decideNumberFormat(
	t: NumberTally,
	fileDecimal: Decimal | null = null
): Omit<NumberFormatGuess, 'numeric' | 'nonNumeric'> {
	const voted = votedDecimal(t);
	// Undecided: a tie between the two marks, or only values like "1.234".
	const undecided = t.commaVotes > 0 || t.ambiguousDot + t.ambiguousComma > 0;
	let decimal: Decimal;
	let basis: NumberFormatGuess['basis'];
	if (voted !== null) [decimal, basis] = [voted, 'evidence'];
	else if (!undecided) [decimal, basis] = [fileDecimal ?? ',', 'integers'];
	else if (fileDecimal !== null) [decimal, basis] = [fileDecimal, 'file'];
	else [decimal, basis] = [',', 'ambiguous'];

	const groupedWithOther =
		decimal === ',' ? t.dotGrouping + t.ambiguousDot > 0 : t.commaGrouping + t.ambiguousComma > 0;
	return {
		format: {
			decimal,
			thousands: t.spaceGrouping > 0 ? 'space' : groupedWithOther ? other(decimal) : null,
			percent: t.numberLike > 0 && t.percent > t.numberLike / 2,
			negative: t.parentheses > t.minus ? 'parentheses' : t.minus > 0 ? 'minus' : null
		},
		basis,
		ambiguous: basis === 'ambiguous',
		example: basis === 'evidence' ? t.decisiveExample : t.ambiguousExample
	};
}

/** Decides a column's number format and counts how many of its values read under it. */
export function detectNumberFormat(
	values: readonly string[],
	fileDecimal: Decimal | null = null
): NumberFormatGuess {
	const decided = decideNumberFormat(tallyNumbers(values), fileDecimal);
	let numeric = 0;
	let nonNumeric = 0;
	for (const v of values) {
		const parsed = parseNumber(v, decided.format);
		if (typeof parsed === 'number') numeric++;
		else if (parsed !== null) nonNumeric++;
	}
	return { ...decided, numeric, nonNumeric };
}

// ── One value ───────────────────────────────────────────────────────────────────────────────────────────

const EXCEL_ERROR = /^#(?:DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The sniffed format as the check takes it. */
export function checkedFormat(format: Pick<NumberFormat, 'decimal' | 'thousands'>): CheckedFormat {
	return { decimal: format.decimal, thousands: format.thousands === 'space' ? ' ' : format.thousands };
}

/**
 * Reads one cell with a column's format as the check will (rules/number.ts): a number, null for a missing
 * cell, or an error with the reason.
 */
export function parseNumber(text: string, format: NumberFormat): number | null | ValueError {
	return parseRemembered(`${format.decimal}${format.thousands ?? ''}`, text);
}

/** The reading depends on the decimal mark and the grouping only: remembered per pair. */
const parseRemembered = memoByKeyAndText((key: string, text: string) =>
	parseOnce(text, {
		decimal: key[0] as Decimal,
		thousands: (key.slice(1) || null) as NumberFormat['thousands'],
		percent: false,
		negative: null
	})
);

function parseOnce(text: string, format: NumberFormat): number | null | ValueError {
	const t = trimCell(text);
	if (isMissing(t)) return null;
	const checked = checkedFormat(format);
	const value = readNumber(t, checked);
	if (value !== null) return value;
	const why = whyNotNumber(t, format);
	return isValueError(why)
		? why
		: valueError(t, `Không đúng cách ghi số của cột (${describeFormat(checked)})`);
}

/**
 * Why a trimmed, non-missing cell is not a number under the format, as far as its marks tell; a number when
 * they tell nothing against it (the check's stricter rule has the last word: see `parseNumber`).
 */
function whyNotNumber(t: string, format: NumberFormat): number | ValueError {
	if (EXCEL_ERROR.test(t)) return valueError(t, `Ô lỗi của Excel (${t.toUpperCase()})`);
	const shape = shapeOf(t);
	if (shape === null) return valueError(t, 'Không phải số');
	const d = format.decimal;
	const o = other(d);
	let intPart: string;
	let frac: string;
	if (HAS_SPACE.test(shape.body)) {
		const m = SPACE_GROUPED.exec(shape.body);
		if (!m) return valueError(t, 'Khoảng trắng không đúng vị trí ngăn cách hàng nghìn');
		if (m[2] !== undefined && m[2] !== d) {
			return valueError(t, `Dấu “${m[2]}” không phải dấu thập phân của cột này (cột dùng dấu “${d}”)`);
		}
		intPart = (m[1] as string).replace(/\D/g, '');
		frac = m[3] ?? '';
	} else {
		const parts = shape.body.split(d);
		if (parts.length > 2) return valueError(t, `Có nhiều hơn một dấu thập phân “${d}”`);
		[intPart = '', frac = ''] = parts;
		if (frac.includes(o)) return valueError(t, `Dấu “${o}” đứng sau dấu thập phân “${d}”`);
		if (intPart.includes(o)) {
			if (!grouped(intPart, o)) {
				return valueError(
					t,
					`Dấu “${o}” không đúng vị trí ngăn cách hàng nghìn (cột này ghi phần thập phân sau dấu “${d}”)`
				);
			}
			intPart = intPart.split(o).join('');
		}
	}
	const value = shape.sign * Number(`${intPart || '0'}.${frac || '0'}e${shape.exponent}`);
	return Number.isFinite(value) ? value : valueError(t, 'Số quá lớn');
}
