/*
 * Which character separates the cells: comma, semicolon, tab or bar. Each candidate splits the first records
 * (quotes respected); the right one gives the same number of fields on (nearly) every record once the title
 * rows above the table are passed. An Excel `sep=;` first line settles it.
 *
 * Ties (within 5 %) go to the candidate with more fields, then to tab, semicolon, bar, comma in that order:
 * a comma also appears inside cells (decimal commas "85,32", addresses), the others rarely do.
 */
import { parseRecords } from './rows';
import type { Confidence, Delimiter, DelimiterGuess } from './schema';

const PRIORITY: readonly Delimiter[] = ['\t', ';', '|', ','];
const SAMPLE_RECORDS = 50;

export const DELIMITER_NAMES: Record<Delimiter, string> = {
	',': 'dấu phẩy (,)',
	';': 'dấu chấm phẩy (;)',
	'\t': 'dấu tab',
	'|': 'dấu gạch đứng (|)'
};

interface Trial {
	delimiter: Delimiter;
	fieldCount: number;
	consistency: number;
	score: number;
	sampled: number;
}

/** Excel's `sep=;` line, if the text starts with one. */
export function separatorHint(text: string): Delimiter | null {
	const match = /^\uFEFF?sep=(.)\s*?(?:\r\n|\n|\r|$)/i.exec(text);
	const c = match?.[1];
	return PRIORITY.find((d) => d === c) ?? null;
}

function trial(text: string, delimiter: Delimiter): Trial {
	const counts = parseRecords(text, delimiter, { maxRecords: SAMPLE_RECORDS })
		.records.filter((r) => r.fields.length > 1 || (r.fields[0] ?? '').trim() !== '')
		.map((r) => r.fields.length);
	const tally = new Map<number, number>();
	for (const c of counts) if (c >= 2) tally.set(c, (tally.get(c) ?? 0) + 1);
	let fieldCount = 0;
	let best = 0;
	for (const [count, times] of tally) {
		if (times > best || (times === best && count > fieldCount)) [fieldCount, best] = [count, times];
	}
	if (fieldCount === 0) return { delimiter, fieldCount: 1, consistency: 0, score: 0, sampled: counts.length };
	// Title rows above the table do not count against a candidate: start at its first full-width record.
	const body = counts.slice(counts.indexOf(fieldCount));
	const consistency = body.filter((c) => c === fieldCount).length / body.length;
	const coverage = body.length / counts.length;
	const score = consistency * Math.min(1, coverage / 0.5);
	return { delimiter, fieldCount, consistency, score, sampled: body.length };
}

function better(a: Trial, b: Trial): boolean {
	if (Math.abs(a.score - b.score) > 0.05) return a.score > b.score;
	if (a.fieldCount !== b.fieldCount) return a.fieldCount > b.fieldCount;
	return PRIORITY.indexOf(a.delimiter) < PRIORITY.indexOf(b.delimiter);
}

/** Finds the delimiter from the first ~50 records of the text. */
export function detectDelimiter(text: string): DelimiterGuess {
	const hint = separatorHint(text);
	if (hint !== null) {
		const t = trial(text, hint);
		return {
			delimiter: hint,
			confidence: 'high',
			fieldCount: t.fieldCount,
			consistency: t.consistency,
			fromHint: true,
			message: `Dấu phân cách cột: ${DELIMITER_NAMES[hint]} (theo dòng “sep=” đầu tệp).`
		};
	}
	const trials = PRIORITY.map((d) => trial(text, d));
	let top = trials[0] as Trial;
	for (const t of trials.slice(1)) if (better(t, top)) top = t;

	if (top.score === 0) {
		return {
			delimiter: ',',
			confidence: 'low',
			fieldCount: 1,
			consistency: 0,
			fromHint: false,
			message: 'Không tìm thấy dấu phân cách cột: tệp có vẻ chỉ có một cột.'
		};
	}
	const confidence: Confidence =
		top.score >= 0.9 && top.sampled >= 3 ? 'high' : top.score >= 0.6 ? 'medium' : 'low';
	const unsure = confidence === 'high' ? '' : ' chiso không chắc chắn, hãy kiểm tra phần xem trước.';
	return {
		delimiter: top.delimiter,
		confidence,
		fieldCount: top.fieldCount,
		consistency: top.consistency,
		fromHint: false,
		message: `Dấu phân cách cột: ${DELIMITER_NAMES[top.delimiter]}.${unsure}`
	};
}
