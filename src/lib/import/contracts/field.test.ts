import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeRange, isRequired, rangeOf, type FieldDef } from './field';

const field = (schema: z.ZodType): FieldDef => ({
	key: 'k',
	kind: 'number',
	labelVi: 'k',
	labelEn: 'k',
	headers: [],
	schema
});

describe('field ranges as the analyst reads them', () => {
	it.each([
		[{ min: 1, max: 5 }, '1–5'],
		[{ min: 0, max: 100 }, '0–100'],
		[{ min: 0.5, max: 9.5 }, '0,5–9,5'],
		[{ min: 1, max: null }, '≥ 1'],
		[{ min: null, max: 10 }, '≤ 10'],
		[{ min: null, max: null }, '']
	])('%o → %j', (range, text) => {
		expect(describeRange(range)).toBe(text);
	});

	it('reads a published rank as "≥ 1", required or not from the schema', () => {
		// z.number().int() bounds by the safe integers; they are no bound of the contract's.
		const rank = field(z.number().int().min(1).nullable());
		expect(rangeOf(rank)).toEqual({ min: 1, max: null, integer: true });
		expect(rangeOf(field(z.number().int()))).toEqual({ min: null, max: null, integer: true });
		expect(describeRange(rangeOf(rank))).toBe('≥ 1');
		expect(isRequired(rank)).toBe(false);
		expect(isRequired(field(z.number().int()))).toBe(true);
	});
});
