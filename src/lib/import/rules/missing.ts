import { fold, foldSql } from './fold';
import { oneOfSql } from './one-of';

/*
 * Cells that mean "no answer": blank, dashes, N/A, "không trả lời", "KTL", "không biết". They become NULL —
 * never 0 — and are left out of every denominator.
 */

/** Marks compared as written (after trimming). */
export const MISSING_MARKS = ['-', '–', '—', '−', '--', '.', '..', '...', '…', '?', '#N/A', 'N/A', 'n/a'];

/** Words compared folded. */
export const MISSING_WORDS = [
	'na',
	'n a',
	'khong tra loi',
	'ktl',
	'khong biet',
	'khong co y kien',
	'khong y kien',
	'chua tra loi',
	'null'
];

/** `trimmed` is the cell after `trimCell`. */
export function isMissing(trimmed: string): boolean {
	if (trimmed === '') return true;
	// A cell that starts with a digit is no mark, and folds to text that starts with it, which no missing word
	// does: most cells of a survey are answers, and folding each cost the sniffer a third of its time.
	const first = trimmed.charCodeAt(0);
	if (first >= 0x30 && first <= 0x39) return false;
	return MISSING_MARKS.includes(trimmed) || MISSING_WORDS.includes(fold(trimmed));
}

/** SQL: true when the trimmed cell expression is a missing value (NULL counts as missing). */
export function isMissingSql(trimmed: string): string {
	// CASE evaluates its branches only for the rows that reach them: the costly fold runs on the few cells that
	// are neither blank nor a plain number.
	return `(CASE WHEN ${trimmed} IS NULL OR ${trimmed} = '' THEN true
		WHEN regexp_full_match(${trimmed}, '[0-9]+') THEN false
		ELSE ${oneOfSql(trimmed, MISSING_MARKS)} OR ${oneOfSql(foldSql(trimmed), MISSING_WORDS)} END)`;
}
