import { describe, expect, it } from 'vitest';
import { computeSurvey } from './compute';
import { momentsOf, respondentShares, sharesInterval } from './respondents';
import { respondentInterval } from './intervals';
import { SURVEY_METHOD_DEFAULTS, type SurveyLayout, type SurveyMethod } from './method';

const M: SurveyMethod = { ...SURVEY_METHOD_DEFAULTS };
const layout: SurveyLayout = {
	items: [
		{ code: 'a', column: 'qa', element: 'E1' },
		{ code: 'b', column: 'qb', element: 'E1' },
		{ code: 'c', column: 'qc', element: 'E2' },
		{ code: 'd', column: 'qd', element: 'E3' }
	],
	elements: [
		{ code: 'E1', part: 'I' },
		{ code: 'E2', part: 'II' },
		{ code: 'E3', part: 'II' }
	],
	scale: { min: 1, max: 5 }
};

describe('respondentShares', () => {
	it.each([
		// answers, method, expected shares
		[{ qa: 5, qb: 2, qc: 4, qd: 1 }, M, { E1: 0.5, E2: 1, E3: 0, I: 0.5, II: 0.5, overall: 0.5 }],
		// blanks leave the denominators; E3 unanswered is null, not 0
		[{ qa: 5, qb: null, qc: 4 }, M, { E1: 1, E2: 1, E3: null, I: 1, II: 1, overall: 1 }],
		// mean of items: 2 of 4 answered items satisfied overall; part II 1 of 2
		[
			{ qa: 5, qb: 4, qc: 4, qd: 1 },
			{ ...M, elementAggregation: 'mean_of_items' },
			{ E1: 1, E2: 1, E3: 0, I: 1, II: 0.5, overall: 0.75 }
		],
		// weighted: E1 × 2, E2 × 1, E3 × 1 → (2·1 + 1 + 0) / 4
		[
			{ qa: 5, qb: 4, qc: 4, qd: 1 },
			{ ...M, elementAggregation: 'weighted', elementWeights: { E1: 2, E2: 1, E3: 1 } },
			{ E1: 1, E2: 1, E3: 0, I: 1, II: 0.5, overall: 0.75 }
		],
		[{}, M, { E1: null, E2: null, E3: null, I: null, II: null, overall: null }]
	] as const)('%j (%o) → %j', (answers, method, expected) => {
		const shares = respondentShares(answers, layout, method as SurveyMethod);
		expect(Object.fromEntries(shares)).toEqual(expected);
	});
});

describe('sharesInterval', () => {
	const ys = [1, 0.5, null, 0.5, 1, 0.5, 1, 0.5, 1];

	it('equals the interval from moments when nobody is weighted (two-pass and one-pass agree)', () => {
		const a = sharesInterval(75, ys)!;
		const b = respondentInterval(75, momentsOf(ys))!;
		expect(a.low).toBeCloseTo(b.low, 12);
		expect(a.high).toBeCloseTo(b.high, 12);
	});

	it('with equal weights gives the unweighted interval', () => {
		const a = sharesInterval(
			75,
			ys,
			ys.map(() => 2)
		)!;
		const b = sharesInterval(75, ys)!;
		expect(a.low).toBeCloseTo(b.low, 12);
	});
});

describe('computeSurvey', () => {
	const rows = [
		{ answers: { qa: 5, qb: 4, qc: 3, qd: 4 } },
		{ answers: { qa: 4, qb: 2, qc: 5, qd: null } },
		{ answers: { qa: 1, qb: null, qc: 4, qd: 5 } }
	];

	it('computes items, elements, parts and overall with n per level', () => {
		const v = computeSurvey(rows, layout, M);
		const get = (code: string) => v.find((x) => x.code === code)!;
		expect(get('a')).toMatchObject({ level: 'item', n: 3 });
		expect(get('a').value).toBeCloseTo(200 / 3, 12);
		expect(get('b')).toMatchObject({ n: 2, value: 50 });
		expect(get('d')).toMatchObject({ n: 2, value: 100 });
		// E1 = mean(66,67; 50) · E2 = 66,67 · E3 = 100 · I = E1 · II = mean(E2, E3) · overall = mean of 3 elements
		expect(get('E1').value).toBeCloseTo((200 / 3 + 50) / 2, 12);
		expect(get('II').value).toBeCloseTo((200 / 3 + 100) / 2, 12);
		expect(get('overall').value).toBeCloseTo((175 / 3 + 200 / 3 + 100) / 3, 12);
		expect(get('E3').n).toBe(2);
		expect(get('overall').n).toBe(3);
		expect(get('overall').interval).not.toBeNull();
	});

	it('gives null values for a group with no answers', () => {
		const v = computeSurvey([{ answers: {} }], layout, M);
		expect(v.every((x) => x.value === null && x.interval === null)).toBe(true);
	});
});
