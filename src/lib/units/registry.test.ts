import { describe, expect, it } from 'vitest';
import { makeLocalUnit } from './local-units';
import { createRegistry } from './registry';
import type { FindResult } from './types';

const registry = createRegistry();

/** The key of a found unit, or the status otherwise: keeps the tables short. */
function keyOf(result: FindResult): string {
	return result.status === 'found' ? result.unit.key : result.status;
}

describe('provincesAt', () => {
	it.each([
		['2010-01-01', 63],
		['2024-12-31', 63],
		['2025-06-30', 63],
		['2025-07-01', 34],
		['2030-01-01', 34]
	])('%s → %i provinces', (date, count) => {
		expect(registry.provincesAt(date)).toHaveLength(count);
	});

	it('names code 46 as it was named on the date', () => {
		const name = (date: string) => registry.provincesAt(date).find((u) => u.code === '46')?.name;
		expect([name('2024-12-31'), name('2025-01-01'), name('2025-07-01')]).toEqual([
			'Thừa Thiên Huế',
			'Huế',
			'Huế'
		]);
		expect(registry.provincesAt('2025-03-01').find((u) => u.code === '46')?.key).toBe('gso63:46');
	});

	it('rejects a date that is not yyyy-mm-dd', () => {
		expect(() => registry.provincesAt('2025-7-1')).toThrow(RangeError);
	});
});

describe('systemForYear', () => {
	it.each([
		[2012, 'GSO-63'],
		[2024, 'GSO-63'],
		[2025, 'QD19-2025'],
		[2026, 'QD19-2025']
	])('%i → %s', (year, system) => {
		expect(registry.systemForYear(year)).toBe(system);
	});

	it.each([2012, 2024, 2025, 2026])('agrees with provincesAt for round %i', (year) => {
		const systems = new Set(registry.provincesAt(`${year}-12-31`).map((u) => u.system));
		expect([...systems]).toEqual([registry.systemForYear(year)]);
	});
});

describe('find by code', () => {
	it.each([
		['24', { year: 2024 }, 'gso63:24'],
		['24', { year: 2025 }, 'qd19:24'],
		['24', { date: '2025-06-30' }, 'gso63:24'],
		['24', { date: '2025-07-01' }, 'qd19:24'],
		['1', { year: 2020 }, 'gso63:01'],
		['79', { year: 2026 }, 'qd19:79'],
		['46', { date: '2025-03-01' }, 'gso63:46'],
		['gso63:27', {}, 'gso63:27'],
		['qd19:24', { year: 2026 }, 'qd19:24'],
		['02', {}, 'gso63:02']
	])('find(%j, %j) → %s', (code, opts, key) => {
		const result = registry.find(code, opts);
		expect(keyOf(result)).toBe(key);
		expect(result).toMatchObject({ via: 'code' });
	});

	it('reports a code that means two territories when no date is given', () => {
		const result = registry.find('24');
		expect(result.status).toBe('ambiguous');
		if (result.status === 'ambiguous')
			expect(result.candidates.map((u) => u.key)).toEqual(['gso63:24', 'qd19:24']);
	});

	it('reports an old code asked for after the merger, with its successor', () => {
		const result = registry.find('27', { year: 2025 });
		expect(result).toMatchObject({ status: 'not-valid-at', unit: { key: 'gso63:27' } });
		if (result.status === 'not-valid-at') expect(result.successors.map((u) => u.key)).toEqual(['qd19:24']);
	});

	it('does not find a code no province has', () => {
		expect(registry.find('03', { year: 2020 })).toEqual({ status: 'not-found', suggestions: [] });
	});
});

describe('find by name', () => {
	it.each([
		['Bắc Ninh', { year: 2024 }, 'gso63:27'],
		['Bắc Ninh', { year: 2026 }, 'qd19:24'],
		['Bắc Ninh', { date: '2025-06-30' }, 'gso63:27'],
		['Thừa Thiên Huế', { year: 2020 }, 'gso63:46'],
		['Huế', { date: '2025-03-01' }, 'gso63:46'],
		['Huế', { year: 2020 }, 'gso63:46'],
		['Huế', { year: 2025 }, 'qd19:46'],
		['Thành phố Huế', { date: '2025-01-01' }, 'gso63:46'],
		['Thanh pho Hue', { date: '2025-01-01' }, 'gso63:46'],
		['Thành phố Hồ Chí Minh', { year: 2024 }, 'gso63:79'],
		['Ho Chi Minh', { year: 2024 }, 'gso63:79'],
		['Hồ Chí Minh', { year: 2026 }, 'qd19:79'],
		['Ho Chi Minh City', { year: 2026 }, 'qd19:79'],
		['Quang Ninh', { year: 2022 }, 'gso63:22'],
		['QUẢNG NINH', { year: 2022 }, 'gso63:22'],
		['Tỉnh Quảng Ninh', { year: 2026 }, 'qd19:22'],
		['UBND tỉnh Thanh Hoá', { year: 2023 }, 'gso63:38'],
		['Hoà Bình', { year: 2023 }, 'gso63:17'],
		['Hòa Bình', { year: 2023 }, 'gso63:17'],
		['Thanh Hoá', { year: 2023 }, 'gso63:38'],
		['Khánh Hoà', { year: 2026 }, 'qd19:56'],
		['Bà Rịa Vũng Tàu', { year: 2021 }, 'gso63:77'],
		['Ba Ria - Vung Tau', { year: 2021 }, 'gso63:77'],
		['Dak Lak', { year: 2021 }, 'gso63:66'],
		['Đăk Lăk', { year: 2021 }, 'gso63:66'],
		['Dak Nong', { year: 2021 }, 'gso63:67'],
		['Lào Cai', { year: 2024 }, 'gso63:10'],
		['Lào Cai', { year: 2025 }, 'qd19:15']
	])('find(%j, %j) → %s by name', (name, opts, key) => {
		const result = registry.find(name, opts);
		expect(keyOf(result)).toBe(key);
		expect(result).toMatchObject({ via: 'name' });
	});

	it('returns the unit named as on the date', () => {
		expect(registry.find('Huế', { year: 2020 })).toMatchObject({ unit: { name: 'Thừa Thiên Huế' } });
		expect(registry.find('Thừa Thiên Huế', { date: '2025-02-01' })).toMatchObject({ unit: { name: 'Huế' } });
	});

	it('reports a name that two territories carried when no date is given', () => {
		const result = registry.find('Bắc Ninh');
		expect(result.status).toBe('ambiguous');
		if (result.status === 'ambiguous')
			expect(result.candidates.map((u) => u.key)).toEqual(['gso63:27', 'qd19:24']);
	});

	it('rejects a date and a year that disagree', () => {
		expect(() => registry.find('Bắc Ninh', { date: '2024-05-01', year: 2025 })).toThrow(RangeError);
	});
});

describe('find by alias', () => {
	it.each([
		['TP HCM', { year: 2024 }, 'gso63:79'],
		['TPHCM', { year: 2024 }, 'gso63:79'],
		['tp.hcm', { year: 2024 }, 'gso63:79'],
		['TP. HCM', { year: 2026 }, 'qd19:79'],
		['HCM', { year: 2026 }, 'qd19:79'],
		['Sài Gòn', { year: 2024 }, 'gso63:79'],
		['Sai Gon', { year: 2026 }, 'qd19:79'],
		['BR-VT', { year: 2024 }, 'gso63:77'],
		['BRVT', { year: 2024 }, 'gso63:77'],
		['TT Huế', { year: 2024 }, 'gso63:46'],
		['TT-Huế', { year: 2024 }, 'gso63:46'],
		['Thừa Thiên Huế', { year: 2026 }, 'qd19:46'],
		['Đắc Lắc', { year: 2024 }, 'gso63:66'],
		['Daklak', { year: 2026 }, 'qd19:66'],
		['Đắc Nông', { year: 2024 }, 'gso63:67'],
		['Bắc Cạn', { year: 2024 }, 'gso63:06'],
		['Danang', { year: 2024 }, 'gso63:48']
	])('find(%j, %j) → %s by alias', (alias, opts, key) => {
		const result = registry.find(alias, opts);
		expect(keyOf(result)).toBe(key);
		expect(result).toMatchObject({ via: 'alias' });
	});

	it('accepts extra aliases pointing at registered keys, and rejects unknown keys', () => {
		const withAlias = createRegistry([], [{ alias: 'Xứ Thanh', key: 'gso63:38' }]);
		expect(keyOf(withAlias.find('xu thanh', { year: 2020 }))).toBe('gso63:38');
		expect(() => createRegistry([], [{ alias: 'Nowhere', key: 'gso63:99' }])).toThrow(/unknown/);
	});
});

describe('find: "(mới)" and "(cũ)"', () => {
	it.each([
		['Bắc Ninh (mới)', {}, 'qd19:24'],
		['Bắc Ninh (cũ)', {}, 'gso63:27'],
		['Lào Cai mới', {}, 'qd19:15'],
		['Lao Cai (new)', { year: 2026 }, 'qd19:15']
	])('find(%j, %j) → %s', (name, opts, key) => {
		expect(keyOf(registry.find(name, opts))).toBe(key);
	});

	it('says the new province did not exist yet in 2024', () => {
		expect(registry.find('Bắc Ninh (mới)', { year: 2024 })).toMatchObject({
			status: 'not-valid-at',
			unit: { key: 'qd19:24' },
			successors: []
		});
	});
});

describe('find: not valid at the date', () => {
	it.each([
		['Bắc Giang', 2025, 'gso63:24', ['qd19:24']],
		['Yên Bái', 2025, 'gso63:15', ['qd19:15']],
		['Hà Giang', 2026, 'gso63:02', ['qd19:08']],
		['Bình Dương', 2025, 'gso63:74', ['qd19:79']],
		['Bà Rịa - Vũng Tàu', 2025, 'gso63:77', ['qd19:79']],
		['Hậu Giang', 2030, 'gso63:93', ['qd19:92']]
	])('find(%j, {year: %i}) → %s, successors %j', (name, year, key, successors) => {
		const result = registry.find(name, { year });
		expect(result).toMatchObject({ status: 'not-valid-at', unit: { key } });
		if (result.status === 'not-valid-at') expect(result.successors.map((u) => u.key)).toEqual(successors);
	});
});

describe('find: suggestions', () => {
	it('suggests Quảng Ninh for "Quảng Nnh"', () => {
		const result = registry.find('Quảng Nnh', { year: 2024 });
		expect(result.status).toBe('not-found');
		if (result.status === 'not-found') expect(result.suggestions[0]?.key).toBe('gso63:22');
	});

	it('offers the nearest names only, best first', () => {
		const result = registry.find('Quảng Nnh', { year: 2024 });
		if (result.status !== 'not-found') throw new Error(result.status);
		expect(result.suggestions.map((u) => u.name)).toEqual(['Quảng Ninh', 'Quảng Bình', 'Quảng Nam']);
	});

	it('offers an old province for a typo of its name, each name once, the valid unit first', () => {
		const old = registry.find('Kien Gian', { year: 2026 });
		if (old.status !== 'not-found') throw new Error(old.status);
		expect(old.suggestions[0]?.key).toBe('gso63:91');
		const both = registry.find('Ha Noii', { year: 2026 });
		if (both.status !== 'not-found') throw new Error(both.status);
		expect(both.suggestions.map((u) => u.key)).toEqual(['qd19:01']);
	});

	it('suggests nothing for a name far from every unit', () => {
		expect(registry.find('Atlantis', { year: 2024 })).toEqual({ status: 'not-found', suggestions: [] });
	});

	it.each(['', '   ', '---'])('does not find %j', (text) => {
		expect(registry.find(text)).toEqual({ status: 'not-found', suggestions: [] });
	});
});

describe('local units', () => {
	const thanhHoa = 'gso63:38';
	const ngheAn = 'gso63:40';
	const local = [
		makeLocalUnit({ parentKey: thanhHoa, name: 'Sở Nội vụ', kind: 'agency' }),
		makeLocalUnit({ parentKey: ngheAn, name: 'Sở Nội vụ', kind: 'agency' }),
		makeLocalUnit({ parentKey: thanhHoa, name: 'Ban Dân tộc', kind: 'agency' }),
		makeLocalUnit({ parentKey: thanhHoa, name: 'Thành phố Thanh Hóa', kind: 'district' }),
		makeLocalUnit({ parentKey: thanhHoa, name: 'Huyện Quan Hóa', kind: 'district' }),
		makeLocalUnit({ parentKey: thanhHoa, name: 'Huyện Hà Trung', kind: 'district', validTo: '2025-06-30' }),
		makeLocalUnit({
			parentKey: 'qd19:38',
			name: 'Phường Hạc Thành',
			kind: 'commune',
			validFrom: '2025-07-01'
		})
	];
	const withLocal = createRegistry(local);

	it('reports an agency name that exists in two provinces when no parent is given', () => {
		const result = withLocal.find('Sở Nội vụ', { year: 2024 });
		expect(result.status).toBe('ambiguous');
		if (result.status === 'ambiguous') {
			expect(result.candidates.map((u) => u.key).sort()).toEqual([
				'local:gso63-38:noi-vu',
				'local:gso63-40:noi-vu'
			]);
		}
	});

	it.each([
		['Sở Nội vụ', { year: 2024, parentKey: 'gso63:40' }, 'local:gso63-40:noi-vu'],
		['Nội vụ', { year: 2024, parentKey: thanhHoa }, 'local:gso63-38:noi-vu'],
		['ban dan toc', { year: 2024, parentKey: thanhHoa }, 'local:gso63-38:ban-dan-toc'],
		['Quan Hoa', { year: 2024, parentKey: thanhHoa }, 'local:gso63-38:quan-hoa'],
		['Thành phố Thanh Hóa', { year: 2024 }, 'local:gso63-38:thanh-hoa'],
		['Thanh Hóa', { year: 2024 }, 'gso63:38'],
		['Thanh Hóa', { year: 2024, kind: 'district' as const }, 'local:gso63-38:thanh-hoa'],
		['Hạc Thành', { year: 2025, kind: 'commune' as const }, 'local:qd19-38:hac-thanh']
	])('find(%j, %j) → %s', (name, opts, key) => {
		expect(keyOf(withLocal.find(name, opts))).toBe(key);
	});

	it('reads "TP Thanh Hóa" as the city of the tỉnh, never the province (issue 14)', () => {
		expect(keyOf(withLocal.find('TP Thanh Hóa', { year: 2024 }))).toBe('local:gso63-38:thanh-hoa');
	});

	it('ends a local unit with its own end date and with its parent province', () => {
		expect(withLocal.find('Hà Trung', { year: 2025, parentKey: thanhHoa })).toMatchObject({
			status: 'not-valid-at',
			successors: []
		});
		expect(withLocal.isValidAt('local:gso63-38:noi-vu', '2025-06-30')).toBe(true);
		expect(withLocal.isValidAt('local:gso63-38:noi-vu', '2025-07-01')).toBe(false);
	});

	it('suggests a local unit for a typo within its parent', () => {
		const result = withLocal.find('Sở Nội vu̇ụ', { year: 2024, parentKey: thanhHoa });
		expect(result.status).toBe('not-found');
		if (result.status === 'not-found')
			expect(result.suggestions.map((u) => u.key)).toEqual(['local:gso63-38:noi-vu']);
	});

	it('rejects duplicate keys and unknown parents', () => {
		expect(() => createRegistry([local[0], local[0]].filter((u) => u !== undefined))).toThrow(/duplicate/);
		const orphan = makeLocalUnit({
			parentKey: 'local:gso63-38:nga-son',
			name: 'Xã Nga Thủy',
			kind: 'commune'
		});
		expect(() => createRegistry([orphan])).toThrow(/unknown parent/);
	});
});

describe('registry contents', () => {
	it('holds the 97 provinces and gets them by key', () => {
		expect(registry.all()).toHaveLength(97);
		expect(registry.get('qd19:24')?.name).toBe('Bắc Ninh');
		expect(registry.get('gso63:24')?.name).toBe('Bắc Giang');
		expect(registry.get('gso63:99')).toBeUndefined();
	});

	it('links old and new provinces both ways', () => {
		expect(registry.successorsOf('gso63:27').map((u) => u.name)).toEqual(['Bắc Ninh']);
		expect(registry.predecessorsOf('qd19:24').map((u) => u.name)).toEqual(['Bắc Giang', 'Bắc Ninh']);
	});
});
