// Every value of one group of respondents (a unit in a period, say) straight from their answers: the plain
// loop that states the method in full. The SQL over the summary must agree with it (sipas-sql.test.ts).
import { calendarValue, compareCalendarValues, type CalendarDim } from './calendar';
import type { Interval } from './intervals';
import { sharesInterval, respondentShares, type Answers } from './respondents';
import { aggregateLevels, itemStat, type Level, type LevelValues } from './stats';
import type { SurveyLayout, SurveyMethod } from './method';

export interface SurveyValue extends LevelValues {
	level: Level;
	code: string;
	/** Items: valid answers. Other levels: respondents with a share at that level (≥ 1 item answered). */
	n: number;
	interval: Interval | null;
}

export interface Respondent {
	answers: Answers;
	/** Survey weight; 1 when absent. */
	weight?: number;
	/** The day of the answer, yyyy-mm-dd; absent or null: in no quarter and no month ('' in those breakdowns). */
	surveyedOn?: string | null;
}

/** Items, elements, parts and overall of one group, in layout order. Empty group → every value null. */
export function computeSurvey(
	respondents: readonly Respondent[],
	layout: SurveyLayout,
	method: SurveyMethod
): SurveyValue[] {
	const weights = respondents.some((r) => r.weight != null)
		? respondents.map((r) => r.weight ?? 1)
		: undefined;
	const items = layout.items.map((item) =>
		itemStat(
			item.code,
			respondents.map((r) => r.answers[item.column] ?? null),
			method,
			layout.scale,
			weights
		)
	);
	const shares = respondents.map((r) => respondentShares(r.answers, layout, method));
	const levels = aggregateLevels(items, layout, method).map((l) => {
		const ys = shares.map((s) => s.get(l.code) ?? null);
		return {
			...l,
			n: ys.filter((y) => y != null).length,
			interval: sharesInterval(l.value, ys, weights)
		};
	});
	return [
		...items.map((i) => ({
			level: 'item' as const,
			code: i.code,
			value: i.value,
			meanScore: i.meanScore,
			dist: i.dist,
			n: i.n,
			interval: i.interval
		})),
		...levels
	];
}

export interface CalendarGroup {
	/** The quarter ('1'–'4') or month ('01'–'12'); '' for the respondents without a date. */
	value: string;
	respondents: number;
	values: SurveyValue[];
}

/** `computeSurvey` of each quarter or month that has respondents, in calendar order, the undated last. */
export function computeByCalendar(
	respondents: readonly Respondent[],
	dim: CalendarDim,
	layout: SurveyLayout,
	method: SurveyMethod
): CalendarGroup[] {
	const groups = new Map<string, Respondent[]>();
	for (const r of respondents) {
		const value = calendarValue(r.surveyedOn, dim);
		groups.set(value, [...(groups.get(value) ?? []), r]);
	}
	return [...groups]
		.sort(([a], [b]) => compareCalendarValues(a, b))
		.map(([value, rs]) => ({ value, respondents: rs.length, values: computeSurvey(rs, layout, method) }));
}
