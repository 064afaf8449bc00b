import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['quang ninh', 'quang ninh', 0],
		['quang nnh', 'quang ninh', 1],
		['quang ninh', 'quang binh', 1],
		['kitten', 'sitting', 3],
		['hcm', 'hn', 2]
	])('editDistance(%j, %j) = %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
});
