import { describe, expect, it } from 'vitest';
import type { IndexCode } from '$lib/indices';
import { scoreKey, type EarlierScore } from './field';
import { earlierProblem, rangeProblem } from './score-rules';
import { decimalsOf, describeMismatch, totalMismatches, type TotalValues } from './total-check';

/*
 * The score rules worked by hand from the catalog (src/lib/indices): ranges of the method version in force
 * for a year, repeats of an earlier import, and totals recomputed from components with the rounding the
 * file's own numbers allow.
 */

describe('rangeProblem: the range of the version in force for the year', () => {
	it.each<[IndexCode, number | null, string | null, number, string | null, string]>([
		['PAPI', 2015, null, 70, 'out_of_version_range', '6–60 (PAPI-6D-2011, 2011–2017)'],
		['PAPI', 2015, null, 5, 'out_of_version_range', '6–60 (PAPI-6D-2011, 2011–2017)'],
		['PAPI', 2015, null, 60, null, ''],
		['PAPI', 2019, null, 70, null, ''],
		['PAPI', 2019, null, 80.5, 'out_of_version_range', '8–80 (PAPI-8D-2018, 2018–)'],
		['PAPI', 2015, 'D7', 5, 'component_not_in_version', 'PAPI-6D-2011, 2011–2017'],
		['PAPI', 2019, 'D7', 11, 'out_of_version_range', '1–10 (PAPI-8D-2018, 2018–)'],
		['PAR', 2023, 'LV3', 15, 'out_of_version_range', '0–14 (PAR-876-2022, 2022–)'],
		['PAR', 2023, 'LV3', 14, null, ''],
		['PAR', 2019, 'LV3', 5, 'component_not_in_version', 'PAR-2012, 2012–2020'],
		['PAR', 2021, null, 101, 'out_of_version_range', '0–100 (PAR-1149-2021, 2021)'],
		['DTI', 2022, null, 0.5, null, ''],
		['DTI', 2022, 'HD_CQS', 1.2, 'out_of_version_range', '0–1 (DTI-922-2021, 2021–2024)'],
		['DTI', 2020, 'HD_CQS', 0.5, 'component_not_in_version', 'DTI-1726-2020, 2020'],
		// No year (its own issue) or a year no version covers: the loosest range of every version.
		['PAPI', null, null, 70, null, ''],
		['PAPI', null, null, 85, 'out_of_range', '6–80'],
		['PAPI', 2010, null, 70, null, '']
	])('%s %s %s = %d → %s %s', (index, year, component, value, code, detail) => {
		const problem = rangeProblem(index, year, component, value);
		expect(problem).toEqual(code === null ? null : { code, detail });
	});
});

describe('earlierProblem: a score an earlier import holds', () => {
	const earlier = new Map<string, EarlierScore>([
		[
			scoreKey('gso63:01', 2023, null),
			{ importId: 3, fileName: 'par-2023.csv', importedAt: '2025-03-12T02:05:00.000Z', value: 90.1 }
		],
		[
			scoreKey('gso63:01', 2023, 'LV1'),
			{ importId: 4, fileName: 'lv.csv', importedAt: '2025-03-13T02:05:00.000Z', value: null }
		]
	]);
	it('names the import, its file and the value it holds', () => {
		const problem = earlierProblem({ earlier }, 'gso63:01', 2023, [null, 'LV1'], 2);
		expect(problem?.code).toBe('already_imported');
		expect(problem?.detail).toMatch(
			/^3 \(par-2023\.csv, \d\d:\d\d 12\/03\/2025; giá trị tổng đã nhập: 90,10\)$/
		);
		expect(earlierProblem({ earlier }, 'gso63:01', 2023, ['LV1'], 2)?.detail).toMatch(
			/^4 \(lv\.csv, [^;]+\)$/
		);
	});
	it.each<[string, number, (string | null)[]]>([
		['another unit', 2023, [null]],
		['another year', 2022, [null]],
		['another component', 2023, ['LV2']],
		['nothing written', 2023, []]
	])('%s: none', (_, year, components) => {
		const unit = _ === 'another unit' ? 'gso63:48' : 'gso63:01';
		expect(earlierProblem({ earlier }, unit, year, components, 2)).toBeNull();
		expect(earlierProblem({}, 'gso63:01', 2023, [null], 2)).toBeNull();
	});
});

describe('decimalsOf', () => {
	it.each([
		[59, 0],
		[0.7163, 4],
		[85.3, 1],
		[-0.25, 2],
		[1e-7, 7],
		[1.5e-7, 8],
		[2e21, 0]
	])('%d has %d decimals', (value, decimals) => expect(decimalsOf(value)).toBe(decimals));
});

const PAPI6 = (v: number[]) => Object.fromEntries(v.map((x, i) => [`D${i + 1}`, x]));
const PCI = {
	entry_costs: 7.51,
	land_access: 6.22,
	transparency: 6.83,
	time_costs: 7.14,
	informal_charges: 6.45,
	policy_bias: 5.96,
	proactivity: 6.67,
	business_support: 6.38,
	labor_training: 6.99,
	legal_institutions: 6.05
}; // Σ weight × value × 10 = 66.625; rounding of ten 2-decimal inputs: ±0.05, of the total ±0.005
const DTI = {
	NT: 0.6123,
	TC: 0.5234,
	HT: 0.7345,
	NL: 0.4456,
	ATTT: 0.5567,
	DTTM: 0.1,
	HD_CQS: 0.6678,
	HD_KTS: 0.5789,
	HD_XHS: 0.4891
}; // (287.25 + 133.56 + 86.835 + 73.365) / 1000 = 0.58101
const LV = (v: number[]) => Object.fromEntries(v.map((x, i) => [`LV${i + 1}`, x]));

describe('totalMismatches: a total against its components and points', () => {
	it.each<[string, IndexCode, number, TotalValues, [number, string][]]>([
		[
			'PAPI 2015, six dimensions of 1, total 59',
			'PAPI',
			2015,
			{ total: 59, components: PAPI6([1, 1, 1, 1, 1, 1]) },
			[[6, 'tổng các thành phần']]
		],
		[
			'PAPI 2015, six dimensions of 1, total 6',
			'PAPI',
			2015,
			{ total: 6, components: PAPI6([1, 1, 1, 1, 1, 1]) },
			[]
		],
		// Six 2-decimal dimensions: each may be 0.005 off, so 37.37 may be printed 37.38 or 37.40.
		[
			'PAPI 2015, off by rounding',
			'PAPI',
			2015,
			{ total: 37.38, components: PAPI6([5.12, 5.23, 5.34, 6.45, 7.56, 7.67]) },
			[]
		],
		[
			'PAPI 2015, off beyond rounding',
			'PAPI',
			2015,
			{ total: 37.41, components: PAPI6([5.12, 5.23, 5.34, 6.45, 7.56, 7.67]) },
			[[37.37, 'tổng các thành phần']]
		],
		[
			'PAPI 2019, a dimension missing',
			'PAPI',
			2019,
			{ total: 59, components: PAPI6([1, 1, 1, 1, 1, 1]) },
			[]
		],
		['PCI 2022, 66.63', 'PCI', 2022, { total: 66.63, components: PCI }, []],
		['PCI 2022, 66.67', 'PCI', 2022, { total: 66.67, components: PCI }, []],
		['PCI 2022, 66.7 (one decimal)', 'PCI', 2022, { total: 66.7, components: PCI }, []],
		[
			'PCI 2022, 66.69',
			'PCI',
			2022,
			{ total: 66.69, components: PCI },
			[[66.625, 'tổng có trọng số của các thành phần']]
		],
		['PCI 2010: weights unverified', 'PCI', 2010, { total: 90, components: PCI }, []],
		['DTI 2022, 0.5810', 'DTI', 2022, { total: 0.581, components: DTI }, []],
		['DTI 2022, 0.5811 (the publisher rounds inputs)', 'DTI', 2022, { total: 0.5811, components: DTI }, []],
		[
			'DTI 2022, 0.5813',
			'DTI',
			2022,
			{ total: 0.5813, components: DTI },
			[[0.58101, 'tổng có trọng số của các thành phần']]
		],
		[
			'PAR 2023, 99 with 50 of 100 points',
			'PAR',
			2023,
			{ total: 99, components: {}, points: 50, maxPoints: 100 },
			[[50, 'điểm 50 ÷ điểm tối đa 100 × 100']]
		],
		[
			'PAR 2023, 68.32 of 84 points = 81.33 %',
			'PAR',
			2023,
			{ total: 81.33, components: {}, points: 68.32, maxPoints: 84 },
			[]
		],
		[
			'PAR 2023, lĩnh vực adding to 85, total 90',
			'PAR',
			2023,
			{ total: 90, components: LV([8, 8, 12, 8, 11, 8, 11, 19]) },
			[[85, 'tổng điểm các lĩnh vực ÷ điểm tối đa × 100']]
		],
		[
			'PAR 2023, lĩnh vực of a 90-point maximum',
			'PAR',
			2023,
			{ total: 94.44, components: LV([8, 8, 12, 8, 11, 8, 11, 19]), maxPoints: 90 },
			[]
		],
		[
			'PAR 2019: no lĩnh vực before 2021',
			'PAR',
			2019,
			{ total: 90, components: LV([8, 8, 12, 8, 11, 8, 11, 19]) },
			[]
		],
		['SIPAS: computed from responses', 'SIPAS', 2023, { total: 10, components: { 'I.A': 90 } }, []],
		['DDCI: weights are the province’s', 'DDCI', 2023, { total: 10, components: { transparency: 9 } }, []]
	])('%s', (_, index, year, values, expected) => {
		const found = totalMismatches(index, year, values);
		expect(found.map((m) => [Math.round(m.computed * 1e6) / 1e6, m.how])).toEqual(expected);
	});

	it('describes a mismatch with the unit, the year, the computed and the given value', () => {
		const [m] = totalMismatches('PAPI', 2015, { total: 59, components: PAPI6([1, 1, 1, 1, 1, 1]) });
		expect(describeMismatch('Hà Nội', 2015, m!)).toBe(
			'Hà Nội, năm 2015: tính từ tổng các thành phần được 6,0000; tệp ghi 59,0000.'
		);
	});
});
