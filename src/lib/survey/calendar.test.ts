import { describe, expect, it } from 'vitest';
import { CALENDAR_CASES, CALENDAR_LAYOUT, CALENDAR_RESPONDENTS } from './calendar-cases';
import { calendarValue, compareCalendarValues } from './calendar';
import { computeByCalendar } from './compute';
import { SURVEY_METHOD_DEFAULTS } from './method';

describe('calendarValue', () => {
	it.each([
		['2024-01-01', '1', '01'],
		['2024-03-31', '1', '03'],
		['2024-04-01', '2', '04'],
		['2024-09-30', '3', '09'],
		['2024-10-01', '4', '10'],
		['2024-12-31', '4', '12'],
		[null, '', ''],
		[undefined, '', ''],
		['', '', '']
	])('%s → quarter %j, month %j', (day, quarter, month) => {
		expect(calendarValue(day, 'quarter')).toBe(quarter);
		expect(calendarValue(day, 'month')).toBe(month);
	});
});

describe('compareCalendarValues', () => {
	it('puts months in calendar order and the undated last', () => {
		expect(['', '12', '02', '10', '01'].sort(compareCalendarValues)).toEqual(['01', '02', '10', '12', '']);
		expect(['4', '', '1'].sort(compareCalendarValues)).toEqual(['1', '4', '']);
	});
});

describe('computeByCalendar on the hand-worked respondents', () => {
	it.each(CALENDAR_CASES)(
		'by %s, %o: %j → %f %% of %i respondents',
		(dim, options, value, overall, respondents) => {
			const method = { ...SURVEY_METHOD_DEFAULTS, ...options };
			const group = computeByCalendar(CALENDAR_RESPONDENTS, dim, CALENDAR_LAYOUT, method).find(
				(g) => g.value === value
			)!;
			expect(group.respondents).toBe(respondents);
			const v = group.values.find((x) => x.level === 'overall')!;
			if (overall == null) expect(v.value).toBeNull();
			else expect(v.value).toBeCloseTo(overall, 12);
		}
	);

	it('gives one group per quarter or month with answers, in calendar order, the undated last', () => {
		const groups = (dim: 'quarter' | 'month') =>
			computeByCalendar(CALENDAR_RESPONDENTS, dim, CALENDAR_LAYOUT, SURVEY_METHOD_DEFAULTS).map(
				(g) => g.value
			);
		expect(groups('quarter')).toEqual(['1', '2', '4', '']);
		expect(groups('month')).toEqual(['01', '02', '03', '04', '06', '11', '']);
		const cases = (dim: string) =>
			CALENDAR_CASES.filter((c) => c[0] === dim && Object.keys(c[1]).length === 0).map((c) => c[2]);
		expect(cases('quarter')).toEqual(groups('quarter'));
		expect(cases('month')).toEqual(groups('month'));
	});
});
