import { describe, expect, it } from 'vitest';
import { createRegistry } from '$lib/units';
import type { IndexCode } from '$lib/indices';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { checkWithJs } from '../validate/run';
import { isRequired, rangeOf } from './field';
import { scoresLongContract } from './scores-long';

/*
 * The long score contract: its fields, header mapping, and the row check on the JavaScript path without a
 * database (ranges of the method version of the row's year: PCI 2022 sub-indices 0–10).
 */

describe('scoresLongContract', () => {
	it('has unit, year and value required; component, points, maximum, rank and group optional', () => {
		const { kind, fields } = scoresLongContract('PAR');
		expect(kind).toBe('scores-long');
		expect(fields.map((f) => [f.key, f.kind, isRequired(f)])).toEqual([
			['unit_key', 'unit', true],
			['year', 'integer', true],
			['component', 'component', false],
			['value', 'number', true],
			['points', 'number', false],
			['max_points', 'number', false],
			['published_rank', 'integer', false],
			['group_label', 'text', false]
		]);
	});

	it.each<IndexCode>(['PAR', 'PAPI', 'DTI', 'PCI', 'SIPAS'])(
		'%s values carry no range of their own: the row check holds them to their version’s',
		(code) => {
			const value = scoresLongContract(code).fields.find((f) => f.key === 'value')!;
			expect(rangeOf(value)).toEqual({ min: null, max: null, integer: false });
		}
	);

	it.each<[string, string[], Record<string, number>]>([
		[
			'Vietnamese',
			['Tỉnh', 'Năm', 'Thành phần', 'Giá trị', 'Xếp hạng', 'Nhóm'],
			{ unit_key: 0, year: 1, component: 2, value: 3, published_rank: 4, group_label: 5 }
		],
		[
			'English',
			['Province', 'Year', 'Component', 'Value', 'Rank', 'Group'],
			{ unit_key: 0, year: 1, component: 2, value: 3, published_rank: 4, group_label: 5 }
		],
		[
			'PAR words',
			['Đơn vị', 'Năm đánh giá', 'Lĩnh vực', 'Điểm'],
			{ unit_key: 0, year: 1, component: 2, value: 3 }
		],
		[
			'sub-index words',
			['Chỉ số thành phần', 'tinh', 'nam', 'score'],
			{ component: 0, unit_key: 1, year: 2, value: 3 }
		],
		['criteria', ['unit', 'year', 'Tiêu chí', 'Điểm số'], { unit_key: 0, year: 1, component: 2, value: 3 }]
	])('maps %s headers', (_name, headers, mapping) => {
		expect(autoMap(scoresLongContract('PAR'), headers)).toEqual(mapping);
	});
});

describe('long score rows on the JavaScript path', () => {
	const resolve = makeUnitResolver(createRegistry());
	/** Normalized records: the file's line first, as normalize.ts writes them. */
	const run = (code: IndexCode, headers: string[], lines: string[]) => {
		const contract = scoresLongContract(code);
		const plan = makePlan(contract, headers, autoMap(contract, headers), []);
		const text = lines.map((l, i) => `${i + 2},${l}`).join('\n');
		return checkWithJs(text, ',', plan, resolve);
	};

	it('resolves components to codes, checks their own ranges and repeats', () => {
		const { rows, issues } = run(
			'PCI',
			['Tỉnh', 'Năm', 'Chỉ số thành phần', 'Điểm'],
			[
				'Hà Nội,2022,PCI,68.8', // 2: total
				'Hà Nội,2022,Gia nhập thị trường,7.1', // 3: entry_costs
				'Hà Nội,2022,Tinh minh bach,12', // 4: transparency, 12 > 10
				'TP HCM,2022,Dao tao lao dong,6.5', // 5: labor_training
				'TP. Hồ Chí Minh,2022,labor_training,6.6', // 6: same unit and component as line 5
				'Hà Nội,2022,Chi phí gia nhập,7' // 7: not a name of the catalog
			]
		);
		expect(rows.map((r) => [r.__line, r.unit_key, r.component, r.value])).toEqual([
			[2, 'gso63:01', null, 68.8],
			[3, 'gso63:01', 'entry_costs', 7.1],
			[5, 'gso63:79', 'labor_training', 6.5]
		]);
		expect(issues.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[4, 'Điểm', '12', 'Ngoài khoảng cho phép theo phương pháp của năm này: 0–10 (PCI-10-2013, 2013–)'],
			[6, 'Chỉ số thành phần', 'labor_training', 'Đơn vị, năm và thành phần trùng với dòng 5'],
			[
				7,
				'Chỉ số thành phần',
				'Chi phí gia nhập',
				'Không phải thành phần của chỉ số này. Mã hợp lệ: entry_costs, land_access, transparency, time_costs, informal_charges, proactivity, business_support, labor_training, legal_institutions, policy_bias; để trống hoặc ghi "Tổng" cho giá trị tổng.'
			]
		]);
	});

	it('without a component column every row is a total, and a repeat is reported on the unit', () => {
		const { rows, issues } = run(
			'DTI',
			['Tỉnh', 'Năm', 'Giá trị'],
			['Hà Nội,2022,0.6123', 'Ha Noi,2022,0.6']
		);
		expect(rows.map((r) => [r.__line, r.component, r.value])).toEqual([[2, null, 0.6123]]);
		expect(issues.map((i) => [i.line, i.column, i.code, i.detail])).toEqual([
			[3, 'Tỉnh', 'duplicate_component', '2']
		]);
	});
});
