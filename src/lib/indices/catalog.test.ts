import { describe, expect, it } from 'vitest';
import {
	INDEX_CODES,
	INDICES,
	componentsOf,
	findVersion,
	getIndex,
	getVersion,
	indexShortName,
	isIndexCode,
	versionForYear
} from './catalog';
import { fold } from './fold';
import type { IndexCode } from './types';

const allVersions = INDEX_CODES.flatMap((code) => INDICES[code].versions);

describe('INDICES', () => {
	it('lists every index code once, in INDEX_CODES order', () => {
		expect(Object.keys(INDICES)).toEqual([...INDEX_CODES]);
	});

	it.each([
		['PAR', 'percent', 2],
		['SIPAS', 'percent', 2],
		['PAPI', 'points', 4],
		['PCI', 'points', 2],
		['DTI', 'ratio', 4],
		['DDCI', 'points', 2],
		['ICT', 'ratio', 4]
	] as const)('getIndex(%s) has unit %s and %i published decimals', (code, unit, decimals) => {
		const index = getIndex(code);
		expect(index.code).toBe(code);
		expect(index.unit).toBe(unit);
		expect(index.decimals).toBe(decimals);
		expect(index.higherIsBetter).toBe(true);
	});

	it('has unique version ids across the catalog', () => {
		const ids = allVersions.map((v) => v.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(INDEX_CODES)(
		'%s: versions are in year order, do not overlap, and only the last is open-ended',
		(code) => {
			const versions = INDICES[code].versions;
			versions.forEach((v, i) => {
				expect(v.indexCode).toBe(code);
				expect(v.years.to === null || v.years.to >= v.years.from).toBe(true);
				const next = versions[i + 1];
				if (next) {
					expect(v.years.to).not.toBeNull();
					expect(next.years.from).toBe((v.years.to ?? Number.NaN) + 1);
				}
			});
			expect(versions.at(-1)?.years.to).toBeNull();
		}
	);
});

describe.each(allVersions.map((v) => [v.id, v] as const))('version %s', (_id, version) => {
	it('has unique component codes, and every parent exists in the version', () => {
		const codes = version.components.map((c) => c.code);
		expect(new Set(codes).size).toBe(codes.length);
		for (const c of version.components) {
			if (c.parent !== undefined) expect(codes).toContain(c.parent);
			expect(c.range.min).toBeLessThan(c.range.max);
		}
	});

	it('has no folded name shared by two components (a header must not be ambiguous)', () => {
		const owner = new Map<string, string>();
		for (const c of version.components) {
			for (const name of [c.code, c.nameVi, c.nameEn, ...(c.aliases ?? [])]) {
				const key = fold(name);
				expect(owner.get(key) ?? c.code, `"${name}"`).toBe(c.code);
				owner.set(key, c.code);
			}
		}
	});

	it('builds its total from a level it has, and has a sensible total range', () => {
		expect(version.totalRange.min).toBeLessThan(version.totalRange.max);
		if (version.totalFrom !== undefined) {
			expect(componentsOf(version.id, version.totalFrom).length).toBeGreaterThan(0);
		}
	});

	it('writes every UNVERIFIED note as non-empty text', () => {
		for (const note of version.unverified) expect(note.trim().length).toBeGreaterThan(10);
	});
});

describe('versionForYear', () => {
	it.each([
		['PAR', 2011, undefined],
		['PAR', 2012, 'PAR-2012'],
		['PAR', 2020, 'PAR-2012'],
		['PAR', 2021, 'PAR-1149-2021'],
		['PAR', 2022, 'PAR-876-2022'],
		['PAR', 2030, 'PAR-876-2022'],
		['SIPAS', 2016, undefined],
		['SIPAS', 2017, 'SIPAS-2640-2017'],
		['SIPAS', 2021, 'SIPAS-2640-2017'],
		['SIPAS', 2022, 'SIPAS-1001-2023'],
		['SIPAS', 2024, 'SIPAS-1001-2023'],
		['PAPI', 2010, undefined],
		['PAPI', 2011, 'PAPI-6D-2011'],
		['PAPI', 2017, 'PAPI-6D-2011'],
		['PAPI', 2018, 'PAPI-8D-2018'],
		['PCI', 2008, undefined],
		['PCI', 2009, 'PCI-9-2009'],
		['PCI', 2012, 'PCI-9-2009'],
		['PCI', 2013, 'PCI-10-2013'],
		['DTI', 2019, undefined],
		['DTI', 2020, 'DTI-1726-2020'],
		['DTI', 2021, 'DTI-922-2021'],
		['DTI', 2024, 'DTI-922-2021'],
		['DTI', 2025, 'DTI-405-2025'],
		['DDCI', 2017, undefined],
		['DDCI', 2018, 'DDCI-9-GENERIC'],
		['ICT', 2004, undefined],
		['ICT', 2005, 'ICT-3-2005'],
		['ICT', 2023, 'ICT-3-2005']
	] as const)('versionForYear(%s, %i) → %s', (code, year, id) => {
		expect(versionForYear(code, year)?.id).toBe(id);
	});

	it.each([2022.5, Number.NaN])('throws a RangeError for the non-integer year %d', (year) => {
		expect(() => versionForYear('PAPI', year)).toThrow(RangeError);
	});
});

describe('version look-ups', () => {
	it('findVersion returns undefined and getVersion throws for an unknown id', () => {
		expect(findVersion('PAPI-1999')).toBeUndefined();
		expect(() => getVersion('PAPI-1999')).toThrow(/Unknown method version: PAPI-1999/);
		expect(() => componentsOf('PAPI-1999')).toThrow(/Unknown method version/);
	});

	it.each([
		['PAPI-8D-2018', undefined, 8],
		['SIPAS-1001-2023', undefined, 50],
		['SIPAS-1001-2023', 'part', 2],
		['SIPAS-1001-2023', 'element', 9],
		['SIPAS-1001-2023', 'item', 39],
		['DTI-922-2021', 'subindex', 9],
		['DTI-922-2021', 'pillar', 3],
		['PAR-2012', undefined, 0]
	] as const)('componentsOf(%s, %s) has %i components', (id, level, count) => {
		expect(componentsOf(id, level)).toHaveLength(count);
	});
});

describe('isIndexCode', () => {
	it.each([
		['PAR', true],
		['DDCI', true],
		['par', false],
		['EGOV_MIC', false],
		['toString', false],
		['', false]
	])('isIndexCode(%j) → %s', (value, expected) => {
		expect(isIndexCode(value)).toBe(expected);
		if (expected) expect(getIndex(value as IndexCode).code).toBe(value);
	});
});

describe('indexShortName', () => {
	it.each([
		['PAR', 'vi', 'Chỉ số CCHC'],
		['PAR', 'en', 'PAR Index'],
		['PCI', 'vi', 'PCI'],
		['PCI', 'en', 'PCI'],
		['ICT', 'en', 'ICT Index']
	] as const)('%s in %s: %s', (code, lang, expected) => {
		expect(indexShortName(getIndex(code), lang)).toBe(expected);
	});
});
