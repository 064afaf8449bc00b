import { describe, expect, it } from 'vitest';
import { componentsOf } from './catalog';
import { PAR_DOMAIN_MAX_POINTS_DEFAULT, PAR_GROUPS, PAR_LOCAL_GROUPS, withCutoffs } from './par';
import type { GroupScheme } from './types';

describe('PAR lĩnh vực', () => {
	it.each(['PAR-1149-2021', 'PAR-876-2022'])('%s has 8 domains whose default maxima sum to 100', (id) => {
		const domains = componentsOf(id, 'domain');
		expect(domains.map((d) => d.code)).toEqual(['LV1', 'LV2', 'LV3', 'LV4', 'LV5', 'LV6', 'LV7', 'LV8']);
		const total = domains.reduce((sum, d) => sum + (d.maxPoints ?? Number.NaN), 0);
		expect(total).toBeCloseTo(100, 10);
		for (const d of domains) expect(d.range).toEqual({ min: 0, max: d.maxPoints });
	});

	it('keeps the default maxima in one table that sums to 100', () => {
		const values = Object.values(PAR_DOMAIN_MAX_POINTS_DEFAULT);
		expect(values).toHaveLength(8);
		expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
	});

	it('has no component for the 2012–2020 rounds, whose structure is unverified', () => {
		expect(componentsOf('PAR-2012')).toHaveLength(0);
	});
});

describe('PAR groups', () => {
	it('is a fixed-threshold scheme A ≥ 90, B ≥ 80, C ≥ 70, then D (unverified)', () => {
		expect(PAR_GROUPS.kind).toBe('fixed_thresholds');
		if (PAR_GROUPS.kind !== 'fixed_thresholds') return;
		expect(PAR_GROUPS.groups.map((g) => [g.label, g.min, g.unverified ?? false])).toEqual([
			['A', 90, false],
			['B', 80, false],
			['C', 70, false],
			['D', null, true]
		]);
	});
});

describe('PAR_LOCAL_GROUPS and withCutoffs', () => {
	const groups = (scheme: GroupScheme | undefined) =>
		scheme?.kind === 'fixed_thresholds' ? scheme.groups.map((g) => [g.label, g.min]) : scheme;

	it('replaces the lower bounds best first, keeping "everything below" for the last group', () => {
		expect(groups(withCutoffs(PAR_LOCAL_GROUPS, [95, 85, 75, 60]))).toEqual([
			['Xuất sắc', 95],
			['Tốt', 85],
			['Khá', 75],
			['Trung bình', 60],
			['Yếu', null]
		]);
	});

	it.each([[[90, 80, 70]], [[90, 80, 80, 50]], [[50, 70, 80, 90]], [[90, NaN, 70, 50]]])(
		'refuses cut-offs %j',
		(cutoffs) => {
			expect(withCutoffs(PAR_LOCAL_GROUPS, cutoffs)).toBeUndefined();
		}
	);

	it('a Tây Ninh-style scheme: 81.33 % is Tốt with the defaults', () => {
		const scheme = PAR_LOCAL_GROUPS.kind === 'fixed_thresholds' ? PAR_LOCAL_GROUPS.groups : [];
		expect(scheme.find((g) => g.min === null || 81.33 >= g.min)?.label).toBe('Tốt');
	});
});
