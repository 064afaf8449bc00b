import { describe, expect, it } from 'vitest';
import { createRegistry, makeLocalUnit } from '$lib/units';
import { guessKind, kindsAt, searchUnits, suggestedUnits, unitGroups } from './picker';

const quangNinh = 'gso63:22';
const vinhLong = 'gso63:86';
const registry = createRegistry([
	makeLocalUnit({ parentKey: quangNinh, name: 'Sở Tư pháp', kind: 'agency' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Sở Tư pháp', kind: 'agency' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Sở Xây dựng', kind: 'agency' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Huyện Long Hồ', kind: 'district' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Huyện Long Phú', kind: 'district' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Xã Long Hòa', kind: 'commune' })
]);

describe('the unit picker', () => {
	it.each([
		['Sở Tư pháp', '2024-12-31', 'agency'],
		['UBND huyện Long Hồ', '2024-12-31', 'district'],
		['UBND thành phố Vĩnh Long', '2024-12-31', 'district'],
		['UBND huyện Long Hồ', '2025-12-31', null], // no districts after 30/06/2025
		['Xã Tân Hạnh', '2026-12-31', 'commune'],
		['Long Hồ', '2024-12-31', 'agency']
	])('offers %s (at %s) as a new %s', (text, date, kind) => {
		expect(guessKind(text, date)).toBe(kind);
	});

	it('offers no district kind after 30/06/2025', () => {
		expect(kindsAt('2025-06-30')).toEqual(['agency', 'district', 'commune']);
		expect(kindsAt('2025-07-01')).toEqual(['agency', 'commune']);
	});

	it('suggests units of the file’s province only, of the name’s kind first', () => {
		const keys = (text: string, within: string[]) =>
			suggestedUnits(registry, text, '2024-12-31', within).map((u) => u.key);
		expect(keys('Sở Tư phap', [vinhLong])).toEqual(['local:gso63-86:tu-phap']);
		expect(keys('Huyện Long Hổ', [vinhLong])[0]).toBe('local:gso63-86:long-ho');
		expect(keys('Huyện Long Hổ', [quangNinh])).toEqual([]);
		// "UBND huyện Long Hồ" is never "Long An?".
		expect(keys('UBND huyện Long Hồ', [])).toEqual([]);
	});

	it('groups the file’s province’s units by kind, then the provinces of both lists', () => {
		const groups = unitGroups(registry, [vinhLong], '2024-12-31');
		expect(groups.map((g) => [g.province, g.kind, g.list ?? '', g.units.length])).toEqual([
			['Vĩnh Long', 'agency', '', 2],
			['Vĩnh Long', 'district', '', 2],
			['Vĩnh Long', 'commune', '', 1],
			['', 'province', '34', 34],
			['', 'province', '63', 63]
		]);
		expect(groups[0]!.units.map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Xây dựng']);
	});

	it('searches without diacritics', () => {
		const units = registry.all();
		// Typed as it is searched: "long ho" is also the start of "Long Hòa".
		expect(searchUnits(units, 'long ho').map((u) => u.name)).toEqual(['Huyện Long Hồ', 'Xã Long Hòa']);
		expect(searchUnits(units, 'huyen long ho').map((u) => u.name)).toEqual(['Huyện Long Hồ']);
		expect(searchUnits(units, 'LONG HÒA').map((u) => u.name)).toEqual(['Xã Long Hòa']);
		expect(searchUnits(units, 'vinh long').map((u) => u.key)).toEqual(['gso63:86', 'qd19:86']);
		expect(searchUnits(units, '')).toHaveLength(units.length);
	});
});
