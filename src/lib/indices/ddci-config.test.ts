import { describe, expect, it } from 'vitest';
import { getVersion } from './catalog';
import {
	codeForName,
	ddciDefaultConfig,
	ddciVersion,
	parseDdciConfig,
	type DdciConfig,
	type DdciSubIndex
} from './ddci-config';
import { totalForVersion } from './version-total';

const sub = (
	code: string,
	nameVi: string,
	weight: number,
	max = 10,
	aliases: string[] = []
): DdciSubIndex => ({
	code,
	nameVi,
	aliases,
	weight,
	max
});

/** A province with two sub-indices weighted 40/60 and a total on 0–10 (the brief's hand-worked case). */
const TWO: DdciConfig = {
	format: 1,
	source: '',
	totalMax: 10,
	subIndices: [sub('A', 'Tính minh bạch', 40), sub('VTNDD', 'Vai trò người đứng đầu', 60)],
	groups: { kind: 'published', labels: [] }
};

const total = (config: DdciConfig, values: Record<string, number | null>) => {
	const result = totalForVersion(ddciVersion(config), values);
	if (!result.ok) throw new Error(result.reason);
	return result.total;
};

describe('the default configuration', () => {
	it('is today’s catalog: nine sub-indices 0–10, equal weights, total 0–100, Hải Phòng’s labels', () => {
		const config = ddciDefaultConfig();
		expect(parseDdciConfig(config)).toEqual({ ok: true, config });
		expect(config.subIndices.map((s) => s.code)).toEqual(
			getVersion('DDCI-9-GENERIC').components.map((c) => c.code)
		);
		for (const s of config.subIndices) expect([s.weight, s.max]).toEqual([100 / 9, 10]);
		expect(config.totalMax).toBe(100);
		expect(config.groups).toEqual({ kind: 'published', labels: ['Rất tốt', 'Tốt', 'Khá'] });
		// English names stay names a file may use.
		expect(config.subIndices[0]!.aliases).toEqual([
			'Transparency and access to information',
			'Tính minh bạch'
		]);
	});

	it('gives the catalog’s total: eight sub-indices of 7 and one of 9 → (8 × 7 + 9) ÷ 9 × 10', () => {
		const values = Object.fromEntries(
			ddciDefaultConfig().subIndices.map((s, i) => [s.code, i === 0 ? 9 : 7])
		);
		expect(total(ddciDefaultConfig(), values)).toBeCloseTo(650 / 9, 10);
		const catalog = totalForVersion('DDCI-9-GENERIC', values);
		expect(catalog.ok && catalog.total).toBeCloseTo(650 / 9, 10);
	});
});

describe('ddciVersion: totals under a province’s configuration', () => {
	it.each([
		// 0,4 × 7 + 0,6 × 9 = 2,8 + 5,4 = 8,2 on 0–10
		['two sub-indices 7 and 9, weights 40/60, total 0–10', TWO, { A: 7, VTNDD: 9 }, 8.2],
		// the same on 0–100: × 10
		['the same on 0–100', { ...TWO, totalMax: 100 }, { A: 7, VTNDD: 9 }, 82],
		// 0,5 × 8/10 × 100 + 0,5 × 60/100 × 100 = 40 + 30
		[
			'sub-indices on different scales (0–10 and 0–100)',
			{ ...TWO, totalMax: 100, subIndices: [sub('A', 'a', 50), sub('B', 'b', 50, 100)] },
			{ A: 8, B: 60 },
			70
		],
		// 9 × 11,11 = 99,99: normalised, the weights are equal again → (8 × 7 + 9) ÷ 9 × 10
		[
			'nine weights of 11,11 % (a decision’s rounding)',
			{
				...ddciDefaultConfig(),
				subIndices: ddciDefaultConfig().subIndices.map((s) => ({ ...s, weight: 11.11 }))
			},
			Object.fromEntries(ddciDefaultConfig().subIndices.map((s, i) => [s.code, i === 0 ? 9 : 7])),
			650 / 9
		],
		// A zero weight is tracked, not counted, and not required.
		[
			'a sub-index of weight 0 left empty',
			{ ...TWO, subIndices: [...TWO.subIndices, sub('Z', 'Theo dõi', 0)] },
			{ A: 7, VTNDD: 9, Z: null },
			8.2
		],
		['a missing sub-index: no total', TWO, { A: 7, VTNDD: null }, null]
	])('%s', (_, config, values, expected) => {
		const result = total(config, values);
		if (expected === null) expect(result).toBeNull();
		else expect(result).toBeCloseTo(expected, 10);
	});

	it('keeps the catalog’s id and years, carries the province’s groups and drops the UNVERIFIED notes', () => {
		const version = ddciVersion({
			...TWO,
			source: '843/QĐ-UBND',
			groups: {
				kind: 'thresholds',
				groups: [
					{ label: 'Tốt', min: 8 },
					{ label: 'Khá', min: null }
				]
			}
		});
		expect([version.id, version.years, version.decisionRef]).toEqual([
			'DDCI-9-GENERIC',
			{ from: 2018, to: null },
			'843/QĐ-UBND'
		]);
		expect(version.totalRange).toEqual({ min: 0, max: 10 });
		expect(version.components.map((c) => [c.code, c.weight, c.range.max])).toEqual([
			['A', 0.4, 10],
			['VTNDD', 0.6, 10]
		]);
		expect(version.groupScheme).toEqual({
			id: 'DDCI-PROVINCE',
			kind: 'fixed_thresholds',
			groups: [
				{ label: 'Tốt', min: 8 },
				{ label: 'Khá', min: null }
			]
		});
		expect(version.unverified).toEqual([]);
		// The catalog is unchanged.
		expect(getVersion('DDCI-9-GENERIC').components).toHaveLength(9);
		expect(getVersion('DDCI-9-GENERIC').unverified).toHaveLength(3);
	});
});

describe('parseDdciConfig: what the editor is told', () => {
	const thresholds = (groups: { label: string; min: number | null }[]): DdciConfig => ({
		...TWO,
		groups: { kind: 'thresholds', groups }
	});
	it.each([
		[
			'weights summing to 95 %',
			{ ...TWO, subIndices: [sub('A', 'a', 40), sub('B', 'b', 55)] },
			[{ key: 'ddci.error.weightSum', params: { sum: 95 }, row: null, field: null }]
		],
		[
			'the same code twice (case ignored)',
			{ ...TWO, subIndices: [sub('A', 'a', 40), sub('a', 'b', 60)] },
			[{ key: 'ddci.error.codeTwice', params: { code: 'a', first: 1 }, row: 2, field: 'code' }]
		],
		[
			'a name that is another sub-index’s alias, written without diacritics',
			{
				...TWO,
				subIndices: [sub('A', 'a', 40, 10, ['Chi phí thời gian']), sub('B', 'Chi phi thoi gian', 60)]
			},
			[
				{
					key: 'ddci.error.nameTwice',
					params: { name: 'Chi phi thoi gian', first: 1 },
					row: 2,
					field: 'nameVi'
				}
			]
		],
		[
			'an empty name and a code with a space',
			{ ...TWO, subIndices: [sub('A', 'a', 40), sub('B 2', ' ', 60)] },
			[
				{ key: 'ddci.error.code', params: {}, row: 2, field: 'code' },
				{ key: 'ddci.error.name', params: {}, row: 2, field: 'nameVi' }
			]
		],
		[
			'a negative weight and a scale of 0',
			{ ...TWO, subIndices: [sub('A', 'a', -10, 0), sub('B', 'b', 110)] },
			[
				{ key: 'ddci.error.weight', params: {}, row: 1, field: 'weight' },
				{ key: 'ddci.error.max', params: {}, row: 1, field: 'max' },
				{ key: 'ddci.error.weight', params: {}, row: 2, field: 'weight' }
			]
		],
		[
			'no sub-index at all',
			{ ...TWO, subIndices: [] },
			[
				{ key: 'ddci.error.none', params: {}, row: null, field: null },
				{ key: 'ddci.error.weightSum', params: { sum: 0 }, row: null, field: null }
			]
		],
		[
			'cut-offs not descending',
			thresholds([
				{ label: 'Tốt', min: 7 },
				{ label: 'Khá', min: 8 },
				{ label: 'Yếu', min: null }
			]),
			[{ key: 'ddci.error.groupOrder', params: { label: 'Khá' }, row: null, field: null }]
		],
		[
			'a cut-off above the total’s scale, and a last group with a cut-off',
			thresholds([
				{ label: 'Tốt', min: 80 },
				{ label: 'Khá', min: 5 }
			]),
			[
				{ key: 'ddci.error.groupMin', params: { label: 'Tốt', max: 10 }, row: null, field: null },
				{ key: 'ddci.error.groupLast', params: {}, row: null, field: null }
			]
		],
		[
			'one group only',
			thresholds([{ label: 'Tốt', min: null }]),
			[{ key: 'ddci.error.groupCount', params: {}, row: null, field: null }]
		]
	])('%s', (_, input, expected) => {
		const result = parseDdciConfig(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems).toEqual(expected);
	});

	it('accepts weights summing to 100 within 0,1 (two decimals each)', () => {
		const config = { ...TWO, subIndices: [sub('A', 'a', 33.33), sub('B', 'b', 33.33), sub('C', 'c', 33.33)] };
		expect(parseDdciConfig(config).ok).toBe(true);
	});

	it('accepts well-ordered cut-offs ending with an open group', () => {
		const config = thresholds([
			{ label: 'Rất tốt', min: 9 },
			{ label: 'Tốt', min: 8 },
			{ label: 'Khá', min: null }
		]);
		expect(parseDdciConfig(config).ok).toBe(true);
	});
});

describe('codeForName', () => {
	it.each([
		['Vai trò người đứng đầu', [], 'VTNDD'],
		['Chỉ số 10', [], 'CS10'],
		['Đào tạo lao động', [], 'DTLD'],
		['Transparency', [], 'TRANSPARENCY'],
		['Tính minh bạch', ['TMB'], 'TMB2'],
		['Tính minh bạch', ['tmb', 'TMB2'], 'TMB3'],
		['—', [], 'CS']
	])('%s (taken %j) → %s', (name, taken, expected) => {
		expect(codeForName(name, taken)).toBe(expected);
	});
});
