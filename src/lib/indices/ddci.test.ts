import { describe, expect, it } from 'vitest';
import { componentsOf, getVersion } from './catalog';
import { DDCI_DEFAULT_WEIGHT } from './ddci';

describe('DDCI (generic)', () => {
	it('has 9 sub-indices on 0–10 with equal default weights summing to 1, total 0–100', () => {
		const subs = componentsOf('DDCI-9-GENERIC', 'subindex');
		expect(subs).toHaveLength(9);
		for (const c of subs) {
			expect(c.weight).toBe(DDCI_DEFAULT_WEIGHT);
			expect(c.range).toEqual({ min: 0, max: 10 });
		}
		expect(subs.reduce((s, c) => s + (c.weight ?? Number.NaN), 0)).toBeCloseTo(1, 12);
		expect(getVersion('DDCI-9-GENERIC').totalRange).toEqual({ min: 0, max: 100 });
	});
});
