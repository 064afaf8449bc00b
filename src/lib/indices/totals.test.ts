import { describe, expect, it } from 'vitest';
import { componentsOf } from './catalog';
import {
	agreesWithPublished,
	dtiTotal,
	pointsOverMax,
	sumTotal,
	weightedTotal,
	type DtiMainIndices
} from './totals';

const PCI_WEIGHTS = Object.fromEntries(
	componentsOf('PCI-10-2013').map((c) => [c.code, c.weight ?? Number.NaN])
);

describe('sumTotal', () => {
	it.each([
		// PAPI 2018- style, made up: 5.5 + 6.25 + 4.75 + 6 + 7.5 + 7.25 + 3.5 + 4.25 = 45
		[[5.5, 6.25, 4.75, 6, 7.5, 7.25, 3.5, 4.25], 45],
		[[1, 2, 3], 6],
		[[0, 0], 0],
		[[7], 7]
	])('sumTotal(%j) → %d', (values, expected) => {
		expect(sumTotal(values)).toBe(expected);
	});

	it.each([
		['a null', [1, null, 3]],
		['an undefined', [1, undefined]],
		['NaN', [1, Number.NaN]],
		['Infinity', [Number.POSITIVE_INFINITY, 1]],
		['no values at all', []]
	])('is null with %s, never a partial sum', (_case, values) => {
		expect(sumTotal(values)).toBeNull();
	});
});

describe('weightedTotal', () => {
	// Made-up PCI sub-indices worked by hand:
	// 5 % × (8 + 6 + 5 + 4 + 5 + 5 = 33) = 1.65; 20 % × (7 + 6 + 7 = 20) = 4; 10 % × 6 = 0.6;
	// (1.65 + 4 + 0.6) × 10 = 62.5
	const pci = {
		entry_costs: 8,
		land_access: 6,
		transparency: 7,
		time_costs: 5,
		informal_charges: 6,
		policy_bias: 4,
		proactivity: 5,
		business_support: 6,
		labor_training: 7,
		legal_institutions: 5
	};

	it('computes PCI = Σ w × x × 10 (made-up case, 62.5)', () => {
		expect(weightedTotal(pci, PCI_WEIGHTS, 10)).toBeCloseTo(62.5, 10);
	});

	it.each([
		[10, 100],
		[0, 0],
		[6.5, 65]
	])('gives %d everywhere → PCI %d', (x, expected) => {
		const values = Object.fromEntries(Object.keys(PCI_WEIGHTS).map((code) => [code, x]));
		expect(weightedTotal(values, PCI_WEIGHTS, 10)).toBeCloseTo(expected, 10);
	});

	it('is null when one weighted value is missing', () => {
		expect(weightedTotal({ ...pci, labor_training: null }, PCI_WEIGHTS, 10)).toBeNull();
		const { transparency: _dropped, ...withoutTransparency } = pci;
		expect(weightedTotal(withoutTransparency, PCI_WEIGHTS, 10)).toBeNull();
	});

	it.each([
		['ignores values without a weight', { a: 2, total: 99 }, { a: 0.5 }, 10, 10],
		['does not require a zero-weight value', { a: 1 }, { a: 1, b: 0 }, 1, 1],
		['ignores a zero-weight value that is present', { a: 1, b: 5 }, { a: 1, b: 0 }, 1, 1],
		['is null with no non-zero weight', { a: 1 }, {}, 1, null],
		['defaults the scale to 1', { a: 0.4, b: 0.8 }, { a: 0.5, b: 0.5 }, undefined, 0.6]
	])('%s', (_case, values, weights, scale, expected) => {
		const total = weightedTotal(values, weights, scale);
		if (expected === null) expect(total).toBeNull();
		else expect(total).toBeCloseTo(expected, 12);
	});
});

describe('pointsOverMax', () => {
	it.each([
		// Thanh Hóa 2023, Ban Dân tộc: 68.32 ÷ 84.0 × 100 = 81.333… → 81.33 %
		[68.32, 84, 81.33333333],
		[96.17, 100, 96.17],
		[42, 84, 50],
		[0, 90, 0],
		// Not clamped: validation reports points above the maximum.
		[90, 80, 112.5]
	])('pointsOverMax(%d, %d) → %d', (points, max, expected) => {
		expect(pointsOverMax(points, max)).toBeCloseTo(expected, 6);
	});

	it('reproduces the published Thanh Hóa 81.33 % at 2 decimals', () => {
		expect(agreesWithPublished(pointsOverMax(68.32, 84.0), 81.33, 2)).toBe(true);
	});

	it.each([
		[null, 84],
		[68.32, null],
		[undefined, 84],
		[68.32, 0],
		[68.32, -5],
		[Number.NaN, 84]
	])('pointsOverMax(%s, %s) → null', (points, max) => {
		expect(pointsOverMax(points, max)).toBeNull();
	});
});

describe('dtiTotal', () => {
	// DTI 2022, top 5 provinces, main indices as published on dti.gov.vn/xep-hang-2022. Worked by hand, e.g.
	// Đà Nẵng: 100 × (1 + 0.9 + 0.8253 + 0.8487 + 0.7578) = 433.18; 200 × 0.8575 = 171.5;
	// 150 × 0.7836 = 117.54; 150 × 0.5197 = 77.955; (433.18 + 171.5 + 117.54 + 77.955) / 1000 = 0.800175.
	const row = (v: number[]): DtiMainIndices => ({
		NT: v[0],
		TC: v[1],
		HT: v[2],
		NL: v[3],
		ATTT: v[4],
		HD_CQS: v[5],
		HD_KTS: v[6],
		HD_XHS: v[7]
	});

	it.each([
		['Đà Nẵng', [1, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197], 0.800175, 0.8002, 0],
		['TP. Hồ Chí Minh', [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359], 0.716355, 0.7163, 1],
		['Quảng Ninh', [0.9581, 0.9, 0.7648, 0.625, 0.5382, 0.8385, 0.5904, 0.4505], 0.702445, 0.7024, 0],
		['Thừa Thiên - Huế', [0.95, 0.9, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001], 0.69746, 0.6975, 0],
		['Cần Thơ', [0.9, 0.8, 0.7233, 0.7376, 0.7226, 0.7325, 0.7556, 0.2947], 0.692395, 0.6924, 0]
	])('%s: %j → %d, published %d (tolerance %i)', (_name, values, computed, published, tolerance) => {
		const total = dtiTotal(row(values));
		expect(total).toBeCloseTo(computed, 9);
		expect(agreesWithPublished(total, published, 4, tolerance)).toBe(true);
	});

	it('TP.HCM is one unit off in the 4th decimal (the publisher rounded its inputs)', () => {
		const total = dtiTotal(row([0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359]));
		expect(agreesWithPublished(total, 0.7163, 4, 0)).toBe(false);
	});

	it.each([
		['all 1', row([1, 1, 1, 1, 1, 1, 1, 1]), 1],
		['all 0', row([0, 0, 0, 0, 0, 0, 0, 0]), 0],
		['only activities at 1', row([0, 0, 0, 0, 0, 1, 1, 1]), 0.5],
		['smart city present but not counted', { ...row([1, 1, 1, 1, 1, 1, 1, 1]), DTTM: 0 }, 1]
	])('%s → %d', (_case, input, expected) => {
		expect(dtiTotal(input)).toBeCloseTo(expected, 12);
	});

	it.each(['NT', 'ATTT', 'HD_CQS', 'HD_XHS'] as const)('is null when %s is missing', (code) => {
		expect(dtiTotal({ ...row([1, 1, 1, 1, 1, 1, 1, 1]), [code]: null })).toBeNull();
	});
});

describe('agreesWithPublished', () => {
	it.each([
		[81.33333, 81.33, 2, 0, true],
		[81.336, 81.33, 2, 0, false],
		[81.336, 81.33, 2, 1, true],
		[0.1 + 0.2, 0.3, 4, 0, true],
		[45.7875, 45.7875, 4, 0, true],
		[null, 81.33, 2, 1, false],
		[81.33, undefined, 2, 1, false]
	])(
		'agreesWithPublished(%s, %s, %i decimals, %i units) → %s',
		(computed, published, decimals, tol, expected) => {
			expect(agreesWithPublished(computed, published, decimals, tol)).toBe(expected);
		}
	);
});
