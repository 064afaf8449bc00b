import Papa from 'papaparse';
import type { Publication, RankingPublication, SurveyPublication, TrendPublication } from './schema';

/*
 * CSV export of a publication for Excel: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
 * ANSI code page and breaks every diacritic), comma-separated, CRLF, numbers with a decimal point (the file is
 * data, not a report; the print layout is for reading). A text cell that starts with = + - @ (or a tab or
 * CR) would run as a formula when opened, so it gets a leading apostrophe (OWASP "CSV injection"), whatever
 * the kind of publication: every kind's file goes through `toCsv`.
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

/** A publication's rows as CSV, one line per unit (per point, per cell), with the provenance on every line. */
export function publicationCsv(publication: Publication): string {
	if (publication.kind === 'trend') return trendCsv(publication);
	if (publication.kind === 'survey') return surveyCsv(publication);
	return rankingCsv(publication);
}

function rankingCsv(publication: RankingPublication): string {
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

export const TREND_CSV_COLUMNS = [
	'series_key',
	'series',
	'is_average',
	'year',
	'value',
	'rank',
	'ranked_of',
	'n',
	'method_version',
	'list',
	'index',
	'unit_kind',
	'is_sample'
] as const;

/** One line per point of each line, the average's first. */
function trendCsv(publication: TrendPublication): string {
	const p = publication.provenance;
	const index = p.component ? `${p.index.code} ${p.component.code}` : p.index.code;
	const series = [...(publication.average ? [publication.average] : []), ...publication.rows];
	const rows = series.flatMap((s) =>
		s.points.map((point) => ({
			series_key: s.key,
			series: s.name.vi,
			is_average: s === publication.average,
			...point,
			method_version: point.method,
			index,
			unit_kind: p.unit_kind,
			is_sample: p.is_sample
		}))
	);
	return toCsv(TREND_CSV_COLUMNS, rows);
}

const SHARES = ['share_1', 'share_2', 'share_3', 'share_4', 'share_5'] as const;

export const SURVEY_CSV_COLUMNS = [
	'section',
	'unit_key',
	'unit',
	'level',
	'code',
	'name',
	'value',
	'low',
	'high',
	'n',
	'rank',
	'ranked_of',
	'overlaps_next',
	'mean_score',
	...SHARES,
	'suppressed',
	'note',
	'year',
	'index',
	'method_version',
	'is_sample'
] as const;

/**
 * The survey's three tables in one file, told apart by `section` (unit, element, item). A withheld cell's
 * line has its name, `suppressed` true and the note, and empty numbers.
 */
function surveyCsv(publication: SurveyPublication): string {
	const p = publication.provenance;
	const names = new Map(publication.rows.map((r) => [r.unit_key, r.name]));
	const common = {
		year: p.year,
		index: p.index.code,
		method_version: p.method_version,
		is_sample: p.is_sample
	};
	const units = publication.rows.map((r) => ({ section: 'unit', ...r, unit: r.name, name: null, ...common }));
	const elements = publication.elements.map((e) => ({
		section: 'element',
		...e,
		unit: names.get(e.unit_key) ?? null,
		name: e.name.vi,
		...common
	}));
	const items = publication.items.map((i) => ({
		section: 'item',
		...i,
		name: i.name.vi,
		...(i.suppressed ? {} : Object.fromEntries(i.dist.slice(0, SHARES.length).map((d, k) => [SHARES[k], d]))),
		...common
	}));
	return toCsv(SURVEY_CSV_COLUMNS, [...units, ...elements, ...items]);
}

/** The file name for a publication's download: its id and the extension. */
export function publicationFileName(publication: Publication, extension: 'csv' | 'json'): string {
	return `chiso-${publication.id}.${extension}`;
}
