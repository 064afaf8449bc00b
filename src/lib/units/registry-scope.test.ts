import { describe, expect, it } from 'vitest';
import { nameKind } from './fold';
import { makeLocalUnit } from './local-units';
import { createRegistry } from './registry';
import { provinceScope } from './scope';
import type { FindOptions, FindResult } from './types';

/*
 * Issue 14: a unit belongs to a province. A Vĩnh Long survey's "Sở Tư pháp" must not find Quảng Ninh's,
 * "UBND thành phố Vĩnh Long" is a city of Vĩnh Long, not the province, and suggestions stay in the province.
 */

const quangNinh = 'gso63:22';
const vinhLong = 'gso63:86';
const registry = createRegistry([
	makeLocalUnit({ parentKey: quangNinh, name: 'Sở Tư pháp', kind: 'agency', validTo: '2025-06-30' }),
	makeLocalUnit({ parentKey: quangNinh, name: 'Thành phố Hạ Long', kind: 'district', validTo: '2025-06-30' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Sở Xây dựng', kind: 'agency', validTo: '2025-06-30' }),
	makeLocalUnit({ parentKey: vinhLong, name: 'Huyện Long Hồ', kind: 'district', validTo: '2025-06-30' })
]);

function keyOf(result: FindResult): string {
	return result.status === 'found' ? result.unit.key : result.status;
}

describe('nameKind', () => {
	it.each([
		['Sở Tư pháp', 'agency'],
		['Ban Dân tộc', 'agency'],
		['Văn phòng UBND tỉnh', 'agency'],
		['UBND thành phố Vĩnh Long', 'city'],
		['TP. Vĩnh Long', 'city'],
		['UBND huyện Long Hồ', 'district'],
		['Thị xã Bình Minh', 'district'],
		['Quận 1', 'district'],
		['xã Tân Hạnh', 'commune'],
		['Phường 1', 'commune'],
		['Đặc khu Phú Quốc', 'commune'],
		['UBND tỉnh Vĩnh Long', 'province'],
		['Vĩnh Long', null],
		['Long Hồ', null],
		['Tịnh Biên', null], // "tịnh" is not "tỉnh"
		['Sơn La', null],
		['UBND Long Hồ', null]
	])('%s → %s', (text, kind) => {
		expect(nameKind(text)).toBe(kind);
	});
});

describe('find: a name below the province never matches a province', () => {
	it.each<[string, FindOptions, string]>([
		['UBND thành phố Vĩnh Long', { year: 2024 }, 'not-found'],
		['TP Vĩnh Long', { year: 2024 }, 'not-found'],
		['UBND huyện Vĩnh Long', { year: 2024 }, 'not-found'],
		['Sở Vĩnh Long', { year: 2024 }, 'not-found'],
		['UBND tỉnh Vĩnh Long', { year: 2024 }, vinhLong],
		['Vĩnh Long', { year: 2024 }, vinhLong],
		// A province-level city keeps its name with "thành phố"; Huế became one on 01/01/2025.
		['Thành phố Hà Nội', { year: 2024 }, 'gso63:01'],
		['UBND TP Hồ Chí Minh', { year: 2026 }, 'qd19:79'],
		['Thành phố Huế', { year: 2020 }, 'not-found'],
		['Thành phố Huế', { date: '2025-03-01' }, 'gso63:46']
	])('%s %j → %s', (text, opts, key) => {
		expect(keyOf(registry.find(text, opts))).toBe(key);
	});

	it('suggests no province for a district name ("UBND huyện Long Hồ" is not "Long An?")', () => {
		const result = registry.find('UBND huyện Long Hồ', { year: 2024, within: [] });
		expect(result).toEqual({ status: 'not-found', suggestions: [] });
	});
});

describe('find within a province', () => {
	it.each<[string, readonly string[] | undefined, string]>([
		['Sở Tư pháp', [quangNinh], 'local:gso63-22:tu-phap'],
		['Sở Tư pháp', [vinhLong], 'not-found'],
		['Sở Tư pháp', [], 'not-found'],
		['Sở Tư pháp', undefined, 'local:gso63-22:tu-phap'],
		['UBND huyện Long Hồ', [vinhLong], 'local:gso63-86:long-ho'],
		['UBND huyện Long Hồ', [quangNinh], 'not-found'],
		['local:gso63-22:tu-phap', [vinhLong], 'not-found'],
		// Provinces are not local units: `within` leaves them alone.
		['Quảng Ninh', [vinhLong], quangNinh]
	])('%s within %j → %s', (text, within, key) => {
		expect(keyOf(registry.find(text, { year: 2024, ...(within ? { within } : {}) }))).toBe(key);
	});

	it('suggests only units of the province', () => {
		const result = registry.find('Sở Xây dựn', { year: 2024, within: [quangNinh] });
		expect(result).toEqual({ status: 'not-found', suggestions: [] });
		const inVinhLong = registry.find('Sở Xây dựn', { year: 2024, within: [vinhLong] });
		expect(inVinhLong.status === 'not-found' && inVinhLong.suggestions.map((u) => u.key)).toEqual([
			'local:gso63-86:xay-dung'
		]);
	});

	it('gives the province of a local unit', () => {
		const unit = registry.get('local:gso63-86:long-ho');
		expect(unit && registry.provinceOf(unit).key).toBe(vinhLong);
	});
});

describe('provinceScope', () => {
	it.each<[string, number | null, string[]]>([
		[vinhLong, 2024, [vinhLong]],
		[vinhLong, 2025, ['qd19:86']],
		['qd19:86', 2025, ['qd19:86']],
		['qd19:86', 2024, [vinhLong]], // the old province of the same name, not Bến Tre or Trà Vinh
		['qd19:80', 2024, ['gso63:72']], // Tây Ninh (mới) before: Tây Ninh, not Long An (code 80)
		['qd19:24', 2024, ['gso63:27']],
		['qd19:79', 2024, ['gso63:79']],
		[vinhLong, null, [vinhLong, 'qd19:86']]
	])('%s in %s → %j', (key, year, scope) => {
		expect(provinceScope(registry, key, year)).toEqual(scope);
	});
});
