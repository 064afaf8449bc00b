import Papa from 'papaparse';
import type { Publication } from './schema';

/*
 * CSV export of a publication for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * ANSI code page and breaks every diacritic), comma-separated, CRLF, numbers with a decimal point (the file is
 * data, not a report; the print layout is for reading). A text cell that starts with = + - @ (or a tab or
 * CR) would run as a formula when opened, so it gets a leading apostrophe (OWASP "CSV injection").
 * PapaParse's own `escapeFormulae: true` tests /^[=+\-@\t\r].*$/, whose `.` stops at a line break, so a
 * multi-line cell would slip through: the pattern here only looks at the first character.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_COLUMNS = [
	'rank',
	'ranked_of',
	'unit_key',
	'name',
	'region',
	'value',
	'prev_rank',
	'prev_value',
	'rank_change',
	'value_change',
	'change_note',
	'group_label',
	'n',
	'suppressed',
	'year',
	'index',
	'method_version',
	'is_sample'
] as const;

/** Any table as CSV text for Excel (BOM, CRLF, formulas neutralised); null and undefined are empty cells. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
	const data = rows.map((row) => columns.map((c) => row[c] ?? null));
	return (
		BOM +
		Papa.unparse(
			{ fields: [...columns], data },
			{ newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false, header: true }
		) +
		'\r\n'
	);
}

/** A publication's rows as CSV, one line per unit, with the provenance a reader needs on every line. */
export function publicationCsv(publication: Publication): string {
	const p = publication.provenance;
	const rows = publication.rows.map((r) => ({
		...r,
		year: p.year,
		index: p.component ? `${p.index.code} ${p.component.code}` : p.index.code,
		method_version: p.method_version,
		is_sample: p.is_sample
	}));
	return toCsv(CSV_COLUMNS, rows);
}

/** The file name for a publication's download: its id and the extension. */
export function publicationFileName(publication: Publication, extension: 'csv' | 'json'): string {
	return `chiso-${publication.id}.${extension}`;
}
