/*
 * What a survey header says of its item: the code its number gives ("Câu 1. Nơi tiếp nhận hồ sơ" → C1,
 * "II.A.1 …" → II.A.1, "TC2 - …" → TC2) and the words after the number, short enough for a chart's axis.
 * A questionnaire defined from a file takes its items' codes and labels from here, and the next file's
 * columns are found by the same codes (survey-map.ts).
 */

/** "Câu 1. Nơi tiếp nhận hồ sơ", "1) …", "II.A.1 …", "TC2 - …": the question's number and the words after it. */
const NUMBERED =
	/^\s*(?:(?:câu hỏi|câu|cau|mục|muc)\s*)?((?:[IVX]+\.)?(?:[A-Z]\.)?\d{1,3}(?:[.,]\d{1,3})*)(?=[\s.:)\-–—]|$)[\s.:)\-–—]*/iu;
const CODE_ONLY = /^\s*([A-Za-z]{1,4}\d{1,3})(?=[\s.:)\-–—]|$)[\s.:)\-–—]*/u;
const MAX_LABEL = 60;

/** The code the header gives its item ("Câu 1. …" → "C1", "II.A.1 …" → "II.A.1", "TC2" → "TC2"), or null. */
export function itemCodeOf(header: string): string | null {
	const numbered = NUMBERED.exec(header);
	if (numbered) {
		const number = numbered[1]!.replace(/,/g, '.');
		return /^\d/.test(number) ? `C${number}` : number.toUpperCase();
	}
	return CODE_ONLY.exec(header)?.[1] ?? null;
}

/** The header without its number, cut at a word to fit a chart's axis. */
export function shortLabel(header: string): string {
	const bare = NUMBERED.test(header) ? header.replace(NUMBERED, '') : header.replace(CODE_ONLY, '');
	const rest = bare.replace(/\s+/g, ' ').trim();
	const text = rest === '' ? header.trim() : rest;
	if (text.length <= MAX_LABEL) return text;
	const cut = text.slice(0, MAX_LABEL - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > MAX_LABEL / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
