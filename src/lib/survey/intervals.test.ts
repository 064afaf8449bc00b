import { describe, expect, it } from 'vitest';
import {
	asWeighted,
	intervalsOverlap,
	momentsSe,
	respondentInterval,
	t975,
	weightedRespondentInterval,
	wilson
} from './intervals';
import { sharesInterval } from './respondents';

describe('t975', () => {
	it.each([
		// df, exact quantile (scipy.stats.t.ppf(0.975, df)), tolerance
		[1, 12.706204736175, 1e-12],
		[29, 2.045229642133, 1e-12],
		[30, 2.042272456301, 1e-12],
		[31, 2.039513446396408, 1e-7],
		[100, 1.9839715185235518, 1e-9],
		[1000, 1.9623390808264083, 1e-12]
	])('t975(%i) ≈ %f', (df, exact, tol) => {
		expect(Math.abs(t975(df)! - exact)).toBeLessThan(tol);
	});

	it('has no quantile below 1 degree of freedom', () => {
		expect(t975(0)).toBeNull();
		expect(t975(Number.NaN)).toBeNull();
	});
});

describe('wilson', () => {
	it.each([
		[6, 10, 31.2674, 83.182],
		[0, 10, 0, 27.7533],
		[45, 50, 78.6398, 95.6524]
	])('%i of %i → %f – %f', (s, n, low, high) => {
		const w = wilson(s, n)!;
		expect(w.low).toBeCloseTo(low, 3);
		expect(w.high).toBeCloseTo(high, 3);
	});

	it('is null without answers', () => expect(wilson(0, 0)).toBeNull());
});

describe('respondentInterval', () => {
	// Shares 1, ½, ½, 1, ½, 1, ½, 1: mean ¾, Σ(y − ȳ)² = 8 · 1/16 = ½, s² = ½ / 7, se = √(s² / 8).
	const m = { n: 8, sum: 6, sumSq: 4 + 4 * 0.25 };
	const se = 100 * Math.sqrt(0.5 / 7 / 8);

	it('uses the spread of respondents’ own shares with t(7)', () => {
		expect(momentsSe(m)).toBeCloseTo(se, 12);
		const i = respondentInterval(75, m)!;
		expect(i.low).toBeCloseTo(75 - 2.364624251593 * se, 10);
		expect(i.high).toBeCloseTo(75 + 2.364624251593 * se, 10);
	});

	it('clips to [0, 100] and has no interval under 2 respondents or without a value', () => {
		expect(respondentInterval(95, m)!.high).toBe(100);
		expect(respondentInterval(75, { n: 1, sum: 1, sumSq: 1 })).toBeNull();
		expect(respondentInterval(null, m)).toBeNull();
	});
});

describe('weightedRespondentInterval', () => {
	// 25 times the shares 1, ½, 0, 1 with weights 2, 1, 1, 0: Σw = 100, ȳ = 62.5 / 100 = 0.625;
	// Σw²(y − ȳ)² = 25 · (4·0.140625 + 0.015625 + 0.390625) = 24.21875; se = 100 · √(100/99 · 24.21875) / 100.
	const ys = Array.from({ length: 25 }, () => [1, 0.5, 0, 1]).flat();
	const ws = Array.from({ length: 25 }, () => [2, 1, 1, 0]).flat();
	const m = { n: 100, sw: 100, swy: 62.5, sw2: 150, sw2y: 112.5, sw2y2: 106.25 };
	const se = (100 * Math.sqrt((100 / 99) * 24.21875)) / 100;

	it('gives the linearised interval of the weighted mean, as sharesInterval does from the shares', () => {
		const i = weightedRespondentInterval(62.5, m)!;
		expect(i.low).toBeCloseTo(62.5 - t975(99)! * se, 10);
		expect(i.high).toBeCloseTo(62.5 + t975(99)! * se, 10);
		const fromShares = sharesInterval(62.5, ys, ws)!;
		expect(i.low).toBeCloseTo(fromShares.low, 10);
		expect(i.high).toBeCloseTo(fromShares.high, 10);
	});

	it('equals the unweighted interval when every weight is 1', () => {
		const plain = { n: 8, sum: 6, sumSq: 5 };
		const a = respondentInterval(75, plain)!;
		const b = weightedRespondentInterval(75, asWeighted(plain))!;
		expect(b.low).toBeCloseTo(a.low, 10);
		expect(b.high).toBeCloseTo(a.high, 10);
	});

	it('has no interval without weight, under 2 respondents or without a value', () => {
		expect(weightedRespondentInterval(50, { ...m, sw: 0 })).toBeNull();
		expect(weightedRespondentInterval(50, { ...m, n: 1 })).toBeNull();
		expect(weightedRespondentInterval(null, m)).toBeNull();
	});
});

describe('intervalsOverlap', () => {
	it.each([
		[{ low: 80, high: 90 }, { low: 85, high: 95 }, true],
		[{ low: 80, high: 90 }, { low: 90, high: 95 }, true],
		[{ low: 80, high: 85 }, { low: 86, high: 95 }, false],
		[null, { low: 86, high: 95 }, true]
	])('%j and %j → %s', (a, b, expected) => {
		expect(intervalsOverlap(a, b)).toBe(expected);
		expect(intervalsOverlap(b, a)).toBe(expected);
	});
});
