import { describe, expect, it } from 'vitest';
import { totalForVersion } from './version-total';

const PAPI_8 = { D1: 5.5, D2: 6.25, D3: 4.75, D4: 6, D5: 7.5, D6: 7.25, D7: 3.5, D8: 4.25 };
const PCI_10 = {
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
const DA_NANG_DTI_2022 = {
	NT: 1,
	TC: 0.9,
	HT: 0.8253,
	NL: 0.8487,
	ATTT: 0.7578,
	HD_CQS: 0.8575,
	HD_KTS: 0.7836,
	HD_XHS: 0.5197,
	CQS: 0.9,
	KTS: 0.8,
	XHS: 0.6
};
// 8 + 7.5 + 10 + 7 + 9.32 + 8 + 8.5 + 10 = 68.32 points.
const PAR_POINTS = { LV1: 8, LV2: 7.5, LV3: 10, LV4: 7, LV5: 9.32, LV6: 8, LV7: 8.5, LV8: 10 };
const DDCI_7 = {
	transparency: 9,
	proactivity: 7,
	time_costs: 7,
	informal_charges: 7,
	equal_competition: 7,
	business_support: 7,
	legal_institutions: 7,
	it_application: 7,
	land_access: 7
};

describe('totalForVersion', () => {
	it.each([
		['PAPI-8D-2018', PAPI_8, {}, 45],
		// The six dimensions of 2011–2017: 5.5 + 6.25 + 4.75 + 6 + 7.5 + 7.25 = 37.25; D7 and D8 are ignored.
		['PAPI-6D-2011', PAPI_8, {}, 37.25],
		['PCI-10-2013', PCI_10, {}, 62.5],
		// Pillar values in the row are not part of PDTI.
		['DTI-922-2021', DA_NANG_DTI_2022, {}, 0.800175],
		// Equal weights: (8 × 7 + 9) / 9 × 10 = 72.222…
		['DDCI-9-GENERIC', DDCI_7, {}, 650 / 9],
		// Province weights: (0.5 × 9 + 0.5 × 7) × 10 = 80
		['DDCI-9-GENERIC', DDCI_7, { weights: { transparency: 0.5, land_access: 0.5 } }, 80],
		// 68.32 of the default 100 points
		['PAR-876-2022', PAR_POINTS, {}, 68.32],
		// A unit whose applicable maximum is 84 (Thanh Hóa 2023, Ban Dân tộc): 68.32 / 84 × 100
		['PAR-876-2022', PAR_POINTS, { maxPoints: 84 }, 81.3333333],
		['PAR-1149-2021', PAR_POINTS, { maxPoints: 84 }, 81.3333333]
	])('%s: %j with %j → %d', (id, values, options, expected) => {
		const result = totalForVersion(id, values, options);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.total).toBeCloseTo(expected, 6);
	});

	it.each([
		['PAPI-8D-2018', { ...PAPI_8, D8: null }],
		['PCI-10-2013', { ...PCI_10, policy_bias: undefined }],
		['DTI-922-2021', { ...DA_NANG_DTI_2022, HD_KTS: Number.NaN }],
		['PAR-876-2022', { ...PAR_POINTS, LV8: null }]
	])('%s: a missing component gives a null total, not a partial one', (id, values) => {
		expect(totalForVersion(id, values)).toEqual({ ok: true, total: null });
	});

	it('PAR: a missing applicable maximum falls back to the catalog maxima, an invalid one gives null', () => {
		expect(totalForVersion('PAR-876-2022', PAR_POINTS, { maxPoints: null })).toEqual({
			ok: true,
			total: expect.closeTo(68.32, 10)
		});
		expect(totalForVersion('PAR-876-2022', PAR_POINTS, { maxPoints: 0 })).toEqual({ ok: true, total: null });
	});

	it.each([
		['PCI-9-2009', /Trọng số/],
		['SIPAS-1001-2023', /phiếu khảo sát/],
		['SIPAS-2640-2017', /phiếu khảo sát/],
		['ICT-3-2005', /chưa xác minh/],
		['PAR-2012', /chưa có danh sách/],
		['DTI-405-2025', /chưa xác minh/]
	])('%s cannot be recomputed from components, and says why', (id, reason) => {
		const result = totalForVersion(id, {});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(reason);
	});

	it('throws for an unknown version', () => {
		expect(() => totalForVersion('PCI-1999', PCI_10)).toThrow(/Unknown method version/);
	});
});
