/*
 * What one column holds, from its sampled values: Likert answers (labels, or whole numbers 1–5 with at least
 * three distinct values over ten or more rows), numbers (with the column's number format), dates, text, or
 * nothing. A kind needs 80 % of the non-missing values; the values that do not fit are listed as invalid.
 * The kind is a hint for mapping, not a contract: a column of age-group codes 1–5 looks like Likert answers.
 */
import { dateKind, detectDateColumn, parseDate } from './dates';
import { countLikertLabels, LIKERT_SCALES, parseLikert, type LikertScale } from './likert';
import { isMissing, trimCell } from './missing';
import { detectNumberFormat, parseNumber } from './numbers';
import type { ColumnInfo, InvalidValue, NumberFormat } from './schema';
import { isValueError, type ValueError } from './value-error';

export interface Cell {
	line: number;
	text: string;
}

const KIND_SHARE = 0.8;
const MAX_INVALID = 3;
const MAX_SAMPLES = 5;

/** Excel's letter for a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let letter = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letter = String.fromCharCode(65 + r) + letter;
		n = Math.floor((n - 1) / 26);
	}
	return letter;
}

/**
 * Header text for display: spaces and line breaks collapsed, NUL shown as ␀ (no SQL text holds it; the
 * label names the column in issues), or "Cột C" when there is none.
 */
export function columnLabel(name: string, index: number): string {
	const clean = name.replace(/\s+/gu, ' ').replaceAll('\0', '\u2400').trim();
	return clean === '' ? `Cột ${columnLetter(index)}` : clean;
}

function invalidOf(
	cells: readonly Cell[],
	read: (text: string) => unknown
): { list: InvalidValue[]; count: number } {
	const list: InvalidValue[] = [];
	let count = 0;
	for (const cell of cells) {
		const result = read(cell.text);
		if (!isValueError(result)) continue;
		count++;
		if (list.length < MAX_INVALID) list.push({ line: cell.line, text: result.text, reason: result.reason });
	}
	return { list, count };
}

function bestLabelledScale(texts: readonly string[]): LikertScale | null {
	let best: LikertScale | null = null;
	let most = 0;
	for (const scale of Object.values(LIKERT_SCALES)) {
		const n = countLikertLabels(texts, scale);
		if (n > most) [best, most] = [scale, n];
	}
	return best;
}

/** Whole numbers 1–5 only, at least three distinct, over ten or more answers. */
function looksLikeNumericLikert(values: readonly (number | null | ValueError)[]): boolean {
	const numbers = values.filter((v): v is number => typeof v === 'number');
	if (numbers.length < 10 || numbers.length !== values.filter((v) => v !== null).length) return false;
	return numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= 5) && new Set(numbers).size >= 3;
}

/**
 * Describes a column from its cells in the sampled data rows. `fileDecimal` is the decimal mark the whole
 * file votes for, which settles columns whose own values cannot tell ("1.234").
 */
export function describeColumn(
	index: number,
	name: string,
	cells: readonly Cell[],
	fileDecimal: NumberFormat['decimal'] | null = null
): ColumnInfo {
	const texts = cells.map((c) => c.text);
	const present = texts.filter((t) => !isMissing(t));
	const samples = [...new Set(present.map(trimCell))].slice(0, MAX_SAMPLES);
	const base: ColumnInfo = {
		index,
		letter: columnLetter(index),
		name,
		label: columnLabel(name, index),
		kind: 'empty',
		numberFormat: null,
		date: null,
		likert: null,
		samples,
		present: present.length,
		missing: texts.length - present.length,
		invalid: [],
		invalidCount: 0
	};
	if (present.length === 0) return base;
	const enough = (n: number) => n >= KIND_SHARE * present.length;

	const labelled = bestLabelledScale(present);
	if (labelled !== null) {
		const read = (t: string) => parseLikert(t, labelled);
		const bad = invalidOf(cells, read);
		if (enough(present.length - bad.count)) {
			return {
				...base,
				kind: 'likert',
				likert: { scale: labelled.id, labelled: true },
				invalid: bad.list,
				invalidCount: bad.count
			};
		}
	}

	const numberFormat = detectNumberFormat(texts, fileDecimal);
	if (enough(numberFormat.numeric)) {
		const values = texts.map((t) => parseNumber(t, numberFormat.format));
		if (looksLikeNumericLikert(values)) {
			const scale = LIKERT_SCALES['satisfaction-5'];
			const bad = invalidOf(cells, (t) => parseLikert(t, scale));
			return {
				...base,
				kind: 'likert',
				likert: { scale: scale.id, labelled: false },
				invalid: bad.list,
				invalidCount: bad.count
			};
		}
		const bad = invalidOf(cells, (t) => parseNumber(t, numberFormat.format));
		return { ...base, kind: 'number', numberFormat, invalid: bad.list, invalidCount: bad.count };
	}

	const dated = present.filter((t) => {
		const k = dateKind(t);
		return k === 'dmy' || k === 'iso';
	});
	if (enough(dated.length)) {
		const bad = invalidOf(cells, parseDate);
		return {
			...base,
			kind: 'date',
			date: detectDateColumn(texts),
			invalid: bad.list,
			invalidCount: bad.count
		};
	}
	return { ...base, kind: 'text' };
}
