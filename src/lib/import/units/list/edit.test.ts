import { describe, expect, it } from 'vitest';
import { makeLocalUnit } from '$lib/units';
import { checkEdit, type UnitEdit } from './edit';

const VINH_LONG = 'gso63:86';
const tuPhap = {
	...makeLocalUnit({ parentKey: VINH_LONG, name: 'Sở Tư pháp', kind: 'agency' }),
	code: 'H62.05'
};
const xayDung = makeLocalUnit({
	parentKey: VINH_LONG,
	name: 'Sở Xây dựng',
	kind: 'agency',
	validFrom: '2020-01-01'
});
const longHo = makeLocalUnit({ parentKey: VINH_LONG, name: 'Huyện Long Hồ', kind: 'district' });
const xaLongHo = makeLocalUnit({
	parentKey: longHo.key,
	name: 'Xã Long Hồ',
	kind: 'commune',
	validTo: '2024-12-31'
});
const existing = [tuPhap, xayDung, longHo, xaLongHo];

describe('one unit changed on the list page', () => {
	it.each<[string, typeof tuPhap, UnitEdit, string]>([
		['renames', xayDung, { name: ' Sở Xây Dựng ' }, 'name=Sở Xây Dựng'],
		['refuses an empty name', xayDung, { name: '  ' }, 'empty_name'],
		['refuses a formula', xayDung, { name: '=1+2' }, 'formula_name'],
		['refuses markup', xayDung, { name: '<i>Sở</i>' }, 'markup_name'],
		['refuses another agency’s name', xayDung, { name: 'SO TU PHAP' }, 'name_taken'],
		[
			'lets a commune share a district’s name',
			xaLongHo,
			{ name: 'Thị trấn Long Hồ' },
			'name=Thị trấn Long Hồ'
		],
		['gives a code', xayDung, { code: 'H62.11' }, 'code=H62.11'],
		['takes a code away (the key’s slug again)', tuPhap, { code: '' }, 'code=tu-phap'],
		['refuses a province-like code', xayDung, { code: '7' }, 'code_like_province'],
		['refuses another unit’s code', xayDung, { code: 'h62.05' }, 'code_taken'],
		['retires', xayDung, { retireOn: '2026-03-31' }, 'validTo=2026-03-31'],
		['refuses a retirement before the start', xayDung, { retireOn: '2019-12-31' }, 'dates_reversed'],
		['refuses a district after 30/06/2025', longHo, { retireOn: '2025-07-01' }, 'district_after_2025'],
		['retires a district earlier', longHo, { retireOn: '2024-12-31' }, 'validTo=2024-12-31'],
		['refuses a date that is none', xayDung, { retireOn: '2026-02-30' }, 'bad_date'],
		['takes a commune back', xaLongHo, { reinstate: true }, 'validTo=undefined'],
		[
			'takes a district back to 30/06/2025 only',
			{ ...longHo, validTo: '2020-01-01' },
			{ reinstate: true },
			'validTo=2025-06-30'
		]
	])('%s', (_, unit, edit, outcome) => {
		const { unit: after, problem } = checkEdit(existing, unit, edit);
		if (problem) return expect(problem.code).toBe(outcome);
		const [field, value] = outcome.split('=') as ['name' | 'code' | 'validTo', string];
		expect(String(after![field])).toBe(value);
		expect(after!.key).toBe(unit.key);
	});
});
