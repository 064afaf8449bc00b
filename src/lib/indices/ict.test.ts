import { describe, expect, it } from 'vitest';
import { componentsOf, getVersion } from './catalog';

describe('ICT Index', () => {
	it('has 3 sub-indices on 0–1 and a total that is taken as published', () => {
		const subs = componentsOf('ICT-3-2005', 'subindex');
		expect(subs.map((c) => c.code)).toEqual([
			'technical_infrastructure',
			'human_resources',
			'it_application'
		]);
		for (const c of subs) expect(c.range).toEqual({ min: 0, max: 1 });
		expect(getVersion('ICT-3-2005').aggregation).toBe('points');
	});
});
