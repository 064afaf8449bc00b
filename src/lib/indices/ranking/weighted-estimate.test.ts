import { describe, expect, it } from 'vitest';
import { weightedEstimate } from './weighted-estimate';

describe('weightedEstimate', () => {
	it.each([
		{ parts: [], value: null, weighting: 'equal', used: 0, complete: true },
		// Hải Phòng 90 and Hải Dương 86, no weights: equal weights → 88
		{
			parts: [
				{ value: 90, weight: null },
				{ value: 86, weight: null }
			],
			value: 88,
			weighting: 'equal',
			used: 2,
			complete: true
		},
		// population-like weights 2:1 → (2·90 + 86) / 3 = 88.666…
		{
			parts: [
				{ value: 90, weight: 2 },
				{ value: 86, weight: 1 }
			],
			value: 266 / 3,
			weighting: 'given',
			used: 2,
			complete: true
		},
		// a weight missing on one part: no weighting is trusted, equal weights are used and said
		{
			parts: [
				{ value: 90, weight: 2 },
				{ value: 86, weight: null }
			],
			value: 88,
			weighting: 'equal',
			used: 2,
			complete: true
		},
		// a predecessor without value is left out, and the estimate says it is incomplete
		{
			parts: [
				{ value: 90, weight: null },
				{ value: null, weight: null }
			],
			value: 90,
			weighting: 'equal',
			used: 1,
			complete: false
		},
		{ parts: [{ value: null, weight: 1 }], value: null, weighting: 'given', used: 0, complete: false }
	])('$parts → $value ($weighting)', ({ parts, value, weighting, used, complete }) => {
		const got = weightedEstimate(parts);
		if (value === null) expect(got.value).toBeNull();
		else expect(got.value).toBeCloseTo(value, 12);
		expect(got).toMatchObject({ weighting, used, complete });
	});
});
