import { describe, expect, it } from 'vitest';
import { GSO63_PROVINCES, QD19_PROVINCES, parseProvinces } from './provinces';
import type { Unit } from './types';
import { unitAt } from './validity';

function countBy(units: readonly Unit[], by: (u: Unit) => string): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const u of units) counts[by(u)] = (counts[by(u)] ?? 0) + 1;
	return counts;
}

describe('GSO-63 provinces', () => {
	it('has 63 units with distinct 2-digit codes', () => {
		expect(GSO63_PROVINCES).toHaveLength(63);
		expect(new Set(GSO63_PROVINCES.map((u) => u.code)).size).toBe(63);
		expect(GSO63_PROVINCES.every((u) => /^\d{2}$/.test(u.code) && u.key === `gso63:${u.code}`)).toBe(true);
	});

	it('splits 14/11/14/5/6/13 over the six MoHA regions', () => {
		expect(countBy(GSO63_PROVINCES, (u) => u.region ?? '')).toEqual({
			TDMNPB: 14,
			DBSH: 11,
			BTB_DHMT: 14,
			TN: 5,
			DNB: 6,
			DBSCL: 13
		});
	});

	it.each([
		['2024-12-31', ['01', '31', '48', '79', '92']],
		['2025-01-01', ['01', '31', '46', '48', '79', '92']]
	])('on %s the centrally-run cities are %j', (date, codes) => {
		const cities = GSO63_PROVINCES.map((u) => unitAt(u, date)).filter((u) => u.provinceType === 'thanh_pho');
		expect(cities.map((u) => u.code)).toEqual(codes);
	});

	it('ends every province on 2025-06-30 and starts none (before the data we hold)', () => {
		expect(GSO63_PROVINCES.every((u) => u.validTo === '2025-06-30' && u.validFrom === undefined)).toBe(true);
	});

	it('keeps code 46 as one unit whose name changed on 2025-01-01', () => {
		const hue = GSO63_PROVINCES.find((u) => u.code === '46') as Unit;
		expect(hue.names?.map((p) => [p.name, p.provinceType, p.validFrom, p.validTo])).toEqual([
			['Thừa Thiên Huế', 'tinh', undefined, '2024-12-31'],
			['Huế', 'thanh_pho', '2025-01-01', '2025-06-30']
		]);
		expect(unitAt(hue, '2020-06-01')).toMatchObject({ name: 'Thừa Thiên Huế', provinceType: 'tinh' });
		expect(unitAt(hue, '2024-12-31').name).toBe('Thừa Thiên Huế');
		expect(unitAt(hue, '2025-01-01')).toMatchObject({
			name: 'Huế',
			nameEn: 'Hue',
			provinceType: 'thanh_pho'
		});
	});
});

describe('QD19-2025 provinces', () => {
	it('has 34 units: 28 tỉnh and 6 thành phố, all from 2025-07-01', () => {
		expect(QD19_PROVINCES).toHaveLength(34);
		expect(countBy(QD19_PROVINCES, (u) => u.provinceType ?? '')).toEqual({ tinh: 28, thanh_pho: 6 });
		expect(QD19_PROVINCES.every((u) => u.validFrom === '2025-07-01' && u.validTo === undefined)).toBe(true);
	});

	it('uses the codes of QĐ 19/2025/QĐ-TTg', () => {
		const codes =
			'01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96';
		expect(QD19_PROVINCES.map((u) => u.code).join(' ')).toBe(codes);
	});

	it('leaves the region blank exactly for the 7 provinces that straddle two MoHA regions', () => {
		const blank = QD19_PROVINCES.filter((u) => u.region === undefined).map((u) => u.code);
		expect(blank).toEqual(['24', '25', '51', '52', '66', '68', '80']);
	});
});

describe('parseProvinces', () => {
	const header = 'code,name,name_en,kind,region,valid_from,valid_to\n';
	it.each([
		['a bad kind', '01,Hà Nội,Hanoi,city,DBSH,,\n'],
		['a bad region', '01,Hà Nội,Hanoi,tinh,NORTH,,\n'],
		['a bad date', '01,Hà Nội,Hanoi,tinh,DBSH,2025-02-30,\n'],
		['a 1-digit code', '1,Hà Nội,Hanoi,tinh,DBSH,,\n'],
		['overlapping name periods', '46,A,,tinh,,,2025-01-01\n46,B,,tinh,,2025-01-01,\n']
	])('rejects %s', (_what, rows) => {
		expect(() => parseProvinces(header + rows, 'GSO-63')).toThrow();
	});
});
