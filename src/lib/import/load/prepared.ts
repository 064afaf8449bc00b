import type { NormalizeOptions } from '../normalize/normalize';
import type { NumberFormat } from '../rules/number';

/** A file read and understood, ready to be mapped and checked. Built by `prepare.ts` from the sniffer. */
export interface PreparedFile {
	fileName: string;
	/** The file's SHA-256 (lower-case hex), computed on the first call (see `lazySha256`). */
	sha256: () => Promise<string>;
	/** The table's text as UTF-8 (transcoded from the file's encoding when needed). */
	utf8: Uint8Array;
	delimiter: string;
	headerLine: number;
	lastDataLine: number;
	/** Lines between the header and the last data line that are not data (section headings, blank rows). */
	skipLines: number[];
	headers: string[];
	/** The number format of each column, or null where the column holds no numbers. */
	formats: (NumberFormat | null)[];
	/**
	 * Columns whose numbers could be read either way ("1.234" and nothing else to tell): read the vi-VN way
	 * (decimal comma) unless the analyst says otherwise.
	 */
	ambiguousNumbers?: { column: number; example: string }[];
	/** The year a title row above the header gives ("… NĂM 2021"), offered when no column gives one. */
	titleYear?: { year: number; line: number } | null;
	/** Columns whose values read as answers on a Likert scale (numbers 1–5, "Rất hài lòng"…). */
	likertColumns?: number;
	/** Which columns those are (0-based): the items a questionnaire defined on the import page starts from. */
	likertIndexes?: number[];
	/** The title rows above the header, as written: "… TỈNH VĨNH LONG" says whose units the file names. */
	titles?: string[];
	/** What the analyst should know about how the file was read (encoding converted, rows skipped…). */
	notices: string[];
}

/** Where the file's data records are, as the normalizer takes it. */
export function recordsOf(
	file: PreparedFile
): Pick<
	NormalizeOptions,
	'delimiter' | 'headerLine' | 'lastDataLine' | 'fieldCount' | 'skipLines' | 'headers'
> {
	return {
		headers: file.headers,
		delimiter: file.delimiter,
		headerLine: file.headerLine,
		lastDataLine: file.lastDataLine,
		fieldCount: file.headers.length,
		skipLines: new Set(file.skipLines)
	};
}
