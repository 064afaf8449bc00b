import { describe, expect, it } from 'vitest';
import { createRegistry, makeLocalUnit } from '$lib/units';
import { recordingResolver } from './choices';
import { decideProvince, fileProvinces, namesLocalUnits } from './province';
import { makeUnitResolver } from './resolve';

/*
 * Issue 14: a Vĩnh Long survey checked on a device whose units are the sample's (Quảng Ninh). Its
 * "Sở Tư pháp" fits Quảng Ninh (the sample has one), "UBND thành phố Vĩnh Long" fits Vĩnh Long: two
 * provinces, so the analyst is asked, and nothing is matched to Quảng Ninh in the meantime.
 */

const quangNinh = 'gso63:22';
const registry = createRegistry([
	makeLocalUnit({ parentKey: quangNinh, name: 'Sở Tư pháp', kind: 'agency', validTo: '2025-06-30' }),
	makeLocalUnit({ parentKey: quangNinh, name: 'Sở Xây dựng', kind: 'agency', validTo: '2025-06-30' })
]);

function check(names: string[], province: string | null, year = 2024) {
	const recorder = recordingResolver(makeUnitResolver(registry, new Map(), province));
	const matches = names.map((n) => recorder.resolve(n, year));
	return { matches, seen: recorder.seen() };
}

const keys = (units: { key: string }[]) => units.map((u) => u.key);

describe('the file’s province', () => {
	const vinhLongFile = ['Sở Tư pháp', 'Sở Xây dựng', 'UBND thành phố Vĩnh Long', 'UBND huyện Long Hồ'];

	it('asks when the names point to two provinces', () => {
		const { seen } = check(vinhLongFile, quangNinh);
		const fits = fileProvinces(registry, seen);
		expect(keys(fits.common)).toEqual([]);
		expect(keys(fits.any)).toEqual([quangNinh, 'gso63:86']);
		expect(decideProvince(registry, seen, fits, null)).toMatchObject({ status: 'ask' });
		// The analyst's own province decides only among provinces every name fits.
		expect(decideProvince(registry, seen, fits, null, quangNinh)).toMatchObject({ status: 'ask' });
	});

	it('matches nothing of Quảng Ninh once the analyst says Vĩnh Long', () => {
		const { matches, seen } = check(vinhLongFile, 'gso63:86');
		expect(matches.map((m) => ('code' in m ? m.code : m.unitKey))).toEqual([
			'unknown_unit',
			'unknown_unit',
			'unknown_unit',
			'unknown_unit'
		]);
		// "Long An?" is no answer for a district of Vĩnh Long.
		expect(matches[3]).toEqual({ code: 'unknown_unit', detail: '' });
		expect(decideProvince(registry, seen, fileProvinces(registry, seen), 'gso63:86')).toEqual({
			status: 'known',
			key: 'gso63:86'
		});
	});

	it('takes the one province the names point to', () => {
		const { seen } = check(['UBND thành phố Vĩnh Long', 'UBND huyện Long Hồ'], null);
		const fits = fileProvinces(registry, seen);
		expect(decideProvince(registry, seen, fits, null)).toEqual({ status: 'known', key: 'gso63:86' });
	});

	it('asks when the names point nowhere, and reads the title or file name when they do', () => {
		const { seen } = check(['Sở Tư pháp', 'UBND huyện Long Hồ'], null);
		const none = fileProvinces(createRegistry(), seen);
		expect(none).toEqual({ common: [], any: [] });
		expect(decideProvince(createRegistry(), seen, none, null)).toEqual({ status: 'ask', candidates: [] });
		const titled = ['KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG TỈNH VĨNH LONG NĂM 2024'];
		expect(keys(fileProvinces(createRegistry(), seen, titled).common)).toEqual(['gso63:86']);
		const named = fileProvinces(createRegistry(), seen, [], 'khao-sat_vinh-long_2024.csv');
		expect(keys(named.common)).toEqual(['gso63:86']);
		// A word of a title is not a province: "Long An" is not in "Xã Long An Phú" unless said "tỉnh".
		expect(fileProvinces(createRegistry(), seen, ['Xã Long An Phú năm 2024']).any).toEqual([]);
	});

	it('does not ask about a table of provinces, even with a misspelt one', () => {
		const { seen } = check(['Hà Nội', 'Quảng Nnh', 'Vĩnh Long'], null);
		expect(namesLocalUnits(registry, seen)).toBe(false);
		expect(decideProvince(registry, seen, fileProvinces(registry, seen), null)).toEqual({ status: 'none' });
	});

	it('counts Vĩnh Long of the 63 and of the 34 as one province', () => {
		const a = check(['UBND thành phố Vĩnh Long'], null, 2024).seen;
		const b = check(['Vĩnh Long (mới)', 'Sở Tư pháp'], null, 2026).seen;
		const titled = ['TỈNH VĨNH LONG'];
		expect(keys(fileProvinces(registry, [...a, ...b], titled).common)).toEqual(['gso63:86']);
	});

	it('takes the province every name fits, once the file’s generic agency names are several provinces’', () => {
		const both = createRegistry([
			makeLocalUnit({ parentKey: quangNinh, name: 'Sở Tư pháp', kind: 'agency' }),
			makeLocalUnit({ parentKey: 'gso63:86', name: 'Sở Tư pháp', kind: 'agency' }),
			makeLocalUnit({ parentKey: 'gso63:86', name: 'UBND huyện Long Hồ', kind: 'district' })
		]);
		const recorder = recordingResolver(makeUnitResolver(both, new Map(), quangNinh));
		for (const n of ['Sở Tư pháp', 'UBND huyện Long Hồ']) recorder.resolve(n, 2024);
		const seen = recorder.seen();
		const fits = fileProvinces(both, seen);
		expect(keys(fits.common)).toEqual(['gso63:86']);
		expect(decideProvince(both, seen, fits, null)).toEqual({ status: 'known', key: 'gso63:86' });
		// Only generic names: the analyst's own province among those that fit, else asked.
		const generic = recordingResolver(makeUnitResolver(both, new Map(), null));
		generic.resolve('Sở Tư pháp', 2024);
		const only = generic.seen();
		expect(decideProvince(both, only, fileProvinces(both, only), null, 'gso63:86')).toEqual({
			status: 'known',
			key: 'gso63:86'
		});
		expect(decideProvince(both, only, fileProvinces(both, only), null)).toMatchObject({ status: 'ask' });
	});
});
