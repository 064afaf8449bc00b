import { describe, expect, it } from 'vitest';
import { componentsOf } from './catalog';
import { DTI_922_MAX_POINTS, DTI_922_TOTAL_POINTS } from './dti';

describe('DTI 922/QĐ-BTTTT', () => {
	it('main indices have max points summing to 1000, with smart city at 0', () => {
		const main = componentsOf('DTI-922-2021', 'subindex');
		expect(main).toHaveLength(9);
		expect(main.reduce((s, c) => s + (c.maxPoints ?? Number.NaN), 0)).toBe(DTI_922_TOTAL_POINTS);
		expect(DTI_922_TOTAL_POINTS).toBe(1000);
		expect(main.find((c) => c.code === 'DTTM')?.maxPoints).toBe(0);
	});

	it.each([
		['foundation (NT, TC, HT, NL, ATTT, DTTM)', ['NT', 'TC', 'HT', 'NL', 'ATTT', 'DTTM'], 500],
		['activities (HD_CQS, HD_KTS, HD_XHS)', ['HD_CQS', 'HD_KTS', 'HD_XHS'], 500]
	] as const)('the %s block has 500 points', (_name, codes, points) => {
		expect(codes.reduce((s, c) => s + DTI_922_MAX_POINTS[c], 0)).toBe(points);
	});

	it('weights are max points ÷ 1000 and sum to 1', () => {
		const main = componentsOf('DTI-922-2021', 'subindex');
		for (const c of main) expect(c.weight).toBe((c.maxPoints ?? Number.NaN) / 1000);
		expect(main.reduce((s, c) => s + (c.weight ?? Number.NaN), 0)).toBeCloseTo(1, 12);
	});

	it.each(['DTI-1726-2020', 'DTI-922-2021', 'DTI-405-2025'])(
		'%s keeps the 3 pillars CQS, KTS, XHS on 0–1',
		(id) => {
			const pillars = componentsOf(id, 'pillar');
			expect(pillars.map((c) => c.code)).toEqual(['CQS', 'KTS', 'XHS']);
			for (const c of pillars) expect(c.range).toEqual({ min: 0, max: 1 });
		}
	);
});
