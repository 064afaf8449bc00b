import { describe, expect, it } from 'vitest';
import { componentsOf } from './catalog';
import { PCI_TIERS } from './pci';

describe('PCI sub-indices', () => {
	it('2013–: 10 sub-indices on 0–10 whose weights sum to 1', () => {
		const subs = componentsOf('PCI-10-2013', 'subindex');
		expect(subs).toHaveLength(10);
		expect(subs.reduce((s, c) => s + (c.weight ?? Number.NaN), 0)).toBeCloseTo(1, 12);
		for (const c of subs) expect(c.range).toEqual({ min: 0, max: 10 });
	});

	it.each([
		['transparency', 0.2],
		['business_support', 0.2],
		['labor_training', 0.2],
		['informal_charges', 0.1],
		['entry_costs', 0.05],
		['policy_bias', 0.05]
	])('weight of %s is %d', (code, weight) => {
		expect(componentsOf('PCI-10-2013').find((c) => c.code === code)?.weight).toBe(weight);
	});

	it('2009–2012: 9 sub-indices without policy bias, and no weights (unverified)', () => {
		const subs = componentsOf('PCI-9-2009');
		expect(subs).toHaveLength(9);
		expect(subs.map((c) => c.code)).not.toContain('policy_bias');
		for (const c of subs) expect(c.weight).toBeUndefined();
	});

	it('keeps the six tiers as publisher-assigned labels', () => {
		expect(PCI_TIERS).toEqual({
			id: 'PCI-TIERS',
			kind: 'publisher_assigned',
			labels: ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp']
		});
	});
});
