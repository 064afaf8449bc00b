import { describe, expect, it } from 'vitest';
import { componentsOf, versionForYear } from './catalog';
import { PAPI_GROUPS } from './papi';

describe('PAPI dimensions by year', () => {
	it.each([
		[2011, 6, 6, 60],
		[2017, 6, 6, 60],
		[2018, 8, 8, 80],
		[2024, 8, 8, 80]
	])('%i: %i dimensions, total %i–%i', (year, count, min, max) => {
		const version = versionForYear('PAPI', year);
		expect(version).toBeDefined();
		const dims = componentsOf(version?.id ?? '', 'dimension');
		expect(dims).toHaveLength(count);
		expect(dims.map((d) => d.code)).toEqual(Array.from({ length: count }, (_, i) => `D${i + 1}`));
		for (const d of dims) expect(d.range).toEqual({ min: 1, max: 10 });
		expect(version?.totalRange).toEqual({ min, max });
		// The total range is the sum of the dimension ranges.
		expect(dims.reduce((s, d) => s + d.range.min, 0)).toBe(min);
		expect(dims.reduce((s, d) => s + d.range.max, 0)).toBe(max);
		expect(version?.aggregation).toBe('sum');
	});

	it('adds Environmental Governance and E-Governance in 2018', () => {
		const added = componentsOf('PAPI-8D-2018').filter(
			(d) => !componentsOf('PAPI-6D-2011').some((o) => o.code === d.code)
		);
		expect(added.map((d) => d.nameEn)).toEqual(['Environmental Governance', 'E-Governance']);
	});

	it('groups provinces into quartiles of 16 / 16 / 15 / 16 = 63', () => {
		expect(PAPI_GROUPS.kind).toBe('quantile');
		if (PAPI_GROUPS.kind !== 'quantile') return;
		expect(PAPI_GROUPS.sizes.reduce((a, b) => a + b, 0)).toBe(63);
		expect(PAPI_GROUPS.labels).toHaveLength(PAPI_GROUPS.sizes.length);
	});
});
