/*
 * Survey dates as offices and form tools write them: day first (05/12/2024, 5-12-2024, 05.12.2024) or ISO
 * (2024-12-05, as the Excel reader writes date cells), either with a time of day after it (Google Forms'
 * "05/12/2024 10:30:15"). Only the day is kept. A month-first date (12/31/2024) is not a date here, never read
 * as the 12th of month 31; an impossible day (30/02) is not a date either.
 * The patterns are written in the syntax JavaScript and DuckDB's RE2 share, so both paths agree.
 */

const TIME = '([ T]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?)?';
const DAY_FIRST = `([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})${TIME}`;
const ISO = `([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})${TIME}`;
const DAY_FIRST_RE = new RegExp(`^${DAY_FIRST}$`);
const ISO_RE = new RegExp(`^${ISO}$`);

/** Years a survey date may fall in; outside them a cell is a typo, not a date. */
export const DATE_YEARS = { min: 1990, max: 2100 } as const;

function iso(y: number, m: number, d: number): string | null {
	if (y < DATE_YEARS.min || y > DATE_YEARS.max || m < 1 || m > 12 || d < 1) return null;
	if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A trimmed, non-missing cell → its day as "yyyy-mm-dd", or null when it is not a date. */
export function parseDate(trimmed: string): string | null {
	const dayFirst = DAY_FIRST_RE.exec(trimmed);
	if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
	const isoMatch = ISO_RE.exec(trimmed);
	if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
	return null;
}

/** `parseDate` in SQL over a trimmed cell: "yyyy-mm-dd" (VARCHAR) or NULL. */
export function parseDateSql(t: string): string {
	const part = (pattern: string, group: number) =>
		`TRY_CAST(regexp_extract(${t}, '^${pattern}$', ${group}) AS INTEGER)`;
	const day = (y: string, m: string, d: string) =>
		`CASE WHEN ${y} BETWEEN ${DATE_YEARS.min} AND ${DATE_YEARS.max}
			THEN strftime(TRY_CAST(printf('%04d-%02d-%02d', ${y}, ${m}, ${d}) AS DATE), '%Y-%m-%d') END`;
	return `CASE
		WHEN regexp_full_match(${t}, '${DAY_FIRST}') THEN ${day(part(DAY_FIRST, 3), part(DAY_FIRST, 2), part(DAY_FIRST, 1))}
		WHEN regexp_full_match(${t}, '${ISO}') THEN ${day(part(ISO, 1), part(ISO, 2), part(ISO, 3))}
	END`;
}

/** The year of a trimmed cell's day (`parseDate`), or null when the cell is not a date. */
export function dateYear(trimmed: string): number | null {
	const day = parseDate(trimmed);
	return day === null ? null : Number(day.slice(0, 4));
}

/** `dateYear` in SQL over a trimmed cell: BIGINT or NULL. */
export function dateYearSql(t: string): string {
	return `TRY_CAST(left(${parseDateSql(t)}, 4) AS BIGINT)`;
}
