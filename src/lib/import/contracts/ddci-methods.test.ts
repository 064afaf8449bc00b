import { describe, expect, it } from 'vitest';
import { ddciDefaultConfig, type DdciConfig, type IndexCode } from '$lib/indices';
import { autoMap } from '../mapping/auto-map';
import { componentMap, type ComponentMatch } from './component-map';
import { rangeProblem } from './score-rules';
import { scoresContract } from './scores';
import { scoresLongContract } from './scores-long';
import { describeMismatch, totalMismatches, writtenDecimals } from './total-check';

/*
 * A province's own DDCI passed into the score contracts: its sub-indices are the components, its weights and
 * scales check the total; without it, DDCI stays the catalog's and no other index changes. The province below
 * is worked by hand: two sub-indices weighted 40/60 on 0–10, the total on 0–10, so 7,0 and 9,0 give
 * 0,4 × 7 + 0,6 × 9 = 8,2.
 */

const PROVINCE: DdciConfig = {
	format: 1,
	source: '',
	totalMax: 10,
	subIndices: [
		{ code: 'TMB', nameVi: 'Tính minh bạch', aliases: ['Minh bạch'], weight: 40, max: 10 },
		{ code: 'VTNDD', nameVi: 'Vai trò người đứng đầu', aliases: [], weight: 60, max: 10 }
	],
	groups: { kind: 'published', labels: [] }
};
const methods = { ddci: PROVINCE };

describe('writtenDecimals', () => {
	it.each([
		['8,0', 8, 1],
		['8.0', 8, 1],
		['8', 8, 0],
		['85,30', 85.3, 2],
		['85,30 %', 85.3, 2],
		['1.234', 1234, 0],
		['1.234,5', 1234.5, 1],
		['-0,50', -0.5, 2],
		[undefined, 8.25, 2]
	])('"%s" (read %d) has %d decimals', (text, value, expected) => {
		expect(writtenDecimals(text, value)).toBe(expected);
	});
});

describe('a DDCI total against the province’s weights', () => {
	const values = (total: number, a: number, b: number, written: [string, string, string]) => ({
		total,
		components: { TMB: a, VTNDD: b },
		written: { total: written[0], components: { TMB: written[1], VTNDD: written[2] } }
	});
	it.each([
		['7,0 and 9,0 (40/60) with a total of 8,0: 8,2 computed', values(8, 7, 9, ['8,0', '7,0', '9,0']), [8.2]],
		['7,0 and 9,0 with the right total, 8,2', values(8.2, 7, 9, ['8,2', '7,0', '9,0']), []],
		// Written without decimals, 7 and 9 may be 6,5…9,5: a total of 8 is within their rounding.
		['7 and 9 with a total of 8, all whole numbers', values(8, 7, 9, ['8', '7', '9']), []],
		// Each value as written may be off by half a tenth: 8,15…8,25 computed, 8,25…8,35 given, so 8,3 passes.
		['7,0 and 9,0 with a total of 8,3: within the rounding', values(8.3, 7, 9, ['8,3', '7,0', '9,0']), []],
		['7,0 and 9,0 with a total of 8,4: beyond it', values(8.4, 7, 9, ['8,4', '7,0', '9,0']), [8.2]],
		['7,0 and 9,0 with a total of 8,25 (two decimals)', values(8.25, 7, 9, ['8,25', '7,0', '9,0']), []]
	])('%s', (_, row, expected) => {
		const found = totalMismatches('DDCI', 2024, row, methods);
		expect(found.map((m) => Math.round(m.computed * 1e9) / 1e9)).toEqual(expected);
	});

	it('describes the mismatch in the total’s decimals', () => {
		const [m] = totalMismatches('DDCI', 2024, values(8, 7, 9, ['8,0', '7,0', '9,0']), methods);
		expect(describeMismatch('Sở Tư pháp', 2024, m!)).toBe(
			'Sở Tư pháp, năm 2024: tính từ tổng có trọng số của các thành phần được 8,20; tệp ghi 8,00.'
		);
	});

	it.each([
		['no configuration: the catalog’s equal weights are nobody’s, nothing is checked', {}],
		['a configuration of null', { ddci: null }]
	])('%s', (_, none) => {
		expect(totalMismatches('DDCI', 2024, values(8, 7, 9, ['8,0', '7,0', '9,0']), none)).toEqual([]);
	});

	it('checks the default nine when the analyst saved them as their own', () => {
		const nine = ddciDefaultConfig();
		const components = Object.fromEntries(nine.subIndices.map((s) => [s.code, 7]));
		// Nine whole numbers of weight 10/9 each may move the total by 9 × 10/9 × 0,5 = 5, the total's own
		// rounding by 0,5: 75 passes, 80 does not.
		expect(totalMismatches('DDCI', 2024, { total: 75, components }, { ddci: nine })).toEqual([]);
		const found = totalMismatches('DDCI', 2024, { total: 80, components }, { ddci: nine });
		expect(found.map((m) => Math.round(m.computed * 1e9) / 1e9)).toEqual([70]);
	});

	it('leaves the other indices as they were: a PAPI total read from the number, not as written', () => {
		const papi = { D1: 1, D2: 1, D3: 1, D4: 1, D5: 1, D6: 1 };
		const written = {
			total: '6,0',
			components: Object.fromEntries(Object.keys(papi).map((k) => [k, '1,0']))
		};
		// 6,4 is within the rounding of six values read as "1": the written "1,0" changes nothing for PAPI.
		expect(totalMismatches('PAPI', 2015, { total: 6.4, components: papi, written }, methods)).toEqual([]);
	});
});

describe('the component map of a long DDCI table', () => {
	const ok = (code: string | null, max: number): ComponentMatch => ({ target: { code, min: 0, max } });
	it.each([
		['Vai trò người đứng đầu', ok('VTNDD', 10)],
		['VAI TRO NGUOI DUNG DAU', ok('VTNDD', 10)],
		['VTNDD', ok('VTNDD', 10)],
		['Minh bạch', ok('TMB', 10)],
		['Tổng', ok(null, 10)],
		['', ok(null, 10)],
		[
			'Chi phí thời gian',
			{
				code: 'unknown_component',
				detail: 'Mã hợp lệ: TMB, VTNDD; để trống hoặc ghi "Tổng" cho giá trị tổng.'
			} as ComponentMatch
		]
	])('with the province’s configuration: "%s"', (text, expected) => {
		expect(componentMap('DDCI', methods).resolve(text, 2024)).toEqual(expected);
	});

	it('without it, the province’s sub-index is unknown and the catalog’s are known', () => {
		expect(componentMap('DDCI').resolve('Vai trò người đứng đầu', 2024)).toMatchObject({
			code: 'unknown_component'
		});
		expect(componentMap('DDCI').resolve('Chi phí thời gian', 2024)).toEqual(ok('time_costs', 10));
	});
});

describe('the wide DDCI contract', () => {
	const headers = ['Đơn vị', 'Năm', 'Tính minh bạch', 'Vai trò người đứng đầu', 'Điểm DDCI'];
	it('maps the province’s sub-indices by name, and only those', () => {
		expect(autoMap(scoresContract('DDCI', methods), headers)).toEqual({
			unit_key: 0,
			year: 1,
			'component:TMB': 2,
			'component:VTNDD': 3,
			total: 4
		});
		const keys = scoresContract('DDCI', methods)
			.fields.map((f) => f.key)
			.filter((k) => k.startsWith('component:'));
		expect(keys).toEqual(['component:TMB', 'component:VTNDD']);
		// The catalog's contract leaves the province's own sub-index unmapped.
		expect(autoMap(scoresContract('DDCI', {}), headers)).not.toHaveProperty('component:VTNDD');
	});

	it.each([
		[
			'a sub-index above its scale',
			2024,
			'VTNDD',
			10.5,
			'out_of_version_range',
			'0–10 (DDCI-9-GENERIC, 2018–)'
		],
		[
			'a total above the configured 0–10',
			2024,
			null,
			12,
			'out_of_version_range',
			'0–10 (DDCI-9-GENERIC, 2018–)'
		],
		[
			'a catalog sub-index the province does not have',
			2024,
			'time_costs',
			5,
			'component_not_in_version',
			'DDCI-9-GENERIC, 2018–'
		]
	])('range: %s', (_, year, component, value, code, detail) => {
		expect(rangeProblem('DDCI', year, component, value, methods)).toEqual({ code, detail });
		expect(rangeProblem('DDCI', year, component, 5, methods)?.code).toBe(
			component === 'time_costs' ? 'component_not_in_version' : undefined
		);
	});

	it.each(['PAR', 'SIPAS', 'PAPI', 'PCI', 'DTI', 'ICT'] as IndexCode[])(
		'%s: the same contract with or without a DDCI configuration',
		(index) => {
			const strip = (c: ReturnType<typeof scoresContract>) =>
				c.fields.map(({ key, headers, labelVi }) => ({ key, headers, labelVi }));
			expect(strip(scoresContract(index, methods))).toEqual(strip(scoresContract(index, {})));
			expect(strip(scoresLongContract(index, methods))).toEqual(strip(scoresLongContract(index, {})));
		}
	);
});
