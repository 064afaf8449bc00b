/*
 * Cells that mean "no value": blank, dashes, N/A, and the answers a survey records as not given
 * ("không trả lời", "KTL", "không biết"). They become null, never 0.
 */
import { foldText } from '$lib/units/fold';

/** Dashes and marks compared as written. */
const MISSING_MARKS = new Set(['-', '–', '—', '−', '--', '.', '..', '...', '…', '?', '#N/A']);

/** Words compared folded (lower case, no diacritics, punctuation as space): "Không trả lời" → "khong tra loi". */
const MISSING_WORDS = new Set([
	'n a',
	'na',
	'khong tra loi',
	'ktl',
	'khong biet',
	'khong co y kien',
	'khong y kien',
	'chua tra loi'
]);

const EDGE_SPACE = /[\s\u00A0\u202F\uFEFF]/u;

/** Spaces a spreadsheet leaves around a cell, including the no-break ones. */
export function trimCell(text: string): string {
	if (
		text === '' ||
		(!EDGE_SPACE.test(text[0] as string) && !EDGE_SPACE.test(text[text.length - 1] as string))
	) {
		return text;
	}
	return text.replace(/^[\s\u00A0\u202F\uFEFF]+|[\s\u00A0\u202F\uFEFF]+$/gu, '');
}

/** True for a blank cell or one of the missing-value marks and words. */
export function isMissing(text: string): boolean {
	const t = trimCell(text);
	if (t === '') return true;
	if (MISSING_MARKS.has(t)) return true;
	// Every missing word is short and starts with a letter: skip folding numbers and long text.
	return t.length <= 24 && /^\p{L}/u.test(t) && MISSING_WORDS.has(foldText(t));
}
