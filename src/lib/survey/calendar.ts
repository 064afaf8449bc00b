// Breakdowns by the day of answer (`survey_responses.surveyed_on`): the quarter and the month it falls in.
// A respondent without a date is in none of them: their value is '', as a blank is in every breakdown (the
// group "Không rõ").

export type CalendarDim = 'quarter' | 'month';

export const CALENDAR_DIMS: readonly CalendarDim[] = ['quarter', 'month'];

export function isCalendarDim(dim: string): dim is CalendarDim {
	return dim === 'quarter' || dim === 'month';
}

/**
 * The quarter ('1'–'4') or month ('01'–'12', two digits so that text order is calendar order) of an ISO day
 * (yyyy-mm-dd, as DuckDB gives a DATE); '' without one.
 */
export function calendarValue(surveyedOn: string | null | undefined, dim: CalendarDim): string {
	if (!surveyedOn) return '';
	const month = Number(surveyedOn.slice(5, 7));
	if (!Number.isInteger(month) || month < 1 || month > 12) return '';
	return dim === 'month' ? String(month).padStart(2, '0') : String(Math.ceil(month / 3));
}

/** Calendar order of quarter or month values, '' (no date) last. */
export function compareCalendarValues(a: string, b: string): number {
	if (a === b) return 0;
	if (a === '') return 1;
	if (b === '') return -1;
	return Number(a) - Number(b);
}
