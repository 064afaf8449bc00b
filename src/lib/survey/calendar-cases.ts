// Hand-worked quarters and months, shared by the plain loop's test (calendar.test.ts) and the summary's
// (sql/sipas-calendar.test.ts): seven respondents of one unit answer two items of one element.
import type { Respondent } from './compute';
import type { SurveyLayout, SurveyMethod } from './method';

export const CALENDAR_LAYOUT: SurveyLayout = {
	items: [
		{ code: 'c1', column: 'item_001', element: 'E1' },
		{ code: 'c2', column: 'item_002', element: 'E1' }
	],
	elements: [{ code: 'E1', part: 'P' }],
	scale: { min: 1, max: 5 }
};

/** [day of answer, c1, c2]; satisfied is 4 or 5. */
const ANSWERS: [string | null, number | null, number | null][] = [
	['2024-01-15', 5, 4],
	['2024-02-20', 2, 4],
	['2024-03-31', 3, null],
	['2024-04-01', 4, 4],
	['2024-06-30', 1, 2],
	['2024-11-11', 5, 5],
	[null, 4, 1]
];

export const CALENDAR_RESPONDENTS: Respondent[] = ANSWERS.map(([surveyedOn, c1, c2]) => ({
	answers: { item_001: c1, item_002: c2 },
	surveyedOn
}));

/**
 * [breakdown, method options, value, overall % satisfied (null: none), respondents], in calendar order, the
 * undated last. By hand, default method (element = mean of its items):
 *   Q1: c1 5, 2, 3 → 1 of 3; c2 4, 4 → 2 of 2; (33.33 + 100) / 2 = 66.67 % of 3 respondents
 *   Q2: c1 4, 1 → 1 of 2; c2 4, 2 → 1 of 2; 50 % of 2. Q3: nobody, so no row. Q4: 5, 5 → 100 % of 1.
 *   no date: c1 4 → 100, c2 1 → 0; 50 % of 1.
 *   Pooled items, Q1: 3 satisfied of 5 answers → 60 %.
 *   March: c1 3 → 0 %, c2 unanswered leaves the mean → 0 %.
 */
export const CALENDAR_CASES: [
	dim: 'quarter' | 'month',
	method: Partial<SurveyMethod>,
	value: string,
	overall: number | null,
	respondents: number
][] = [
	['quarter', {}, '1', 200 / 3, 3],
	['quarter', {}, '2', 50, 2],
	['quarter', {}, '4', 100, 1],
	['quarter', {}, '', 50, 1],
	['quarter', { itemAggregation: 'pooled' }, '1', 60, 3],
	['quarter', { itemAggregation: 'pooled' }, '2', 50, 2],
	['quarter', { itemAggregation: 'pooled' }, '4', 100, 1],
	['quarter', { itemAggregation: 'pooled' }, '', 50, 1],
	['month', {}, '01', 100, 1],
	['month', {}, '02', 50, 1],
	['month', {}, '03', 0, 1],
	['month', {}, '04', 100, 1],
	['month', {}, '06', 0, 1],
	['month', {}, '11', 100, 1],
	['month', {}, '', 50, 1]
];
