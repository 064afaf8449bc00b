import { describe, expect, it } from 'vitest';
import { searchUnits } from './unit-search';

const u = (unit_key: string, name: string, first_year = 2018, last_year = 2024) => ({
	unit_key,
	name,
	first_year,
	last_year
});
const units = [
	u('gso63:66', 'Đắk Lắk'),
	u('qd19:66', 'Đắk Lắk', 2025, 2025),
	u('gso63:67', 'Đắk Nông'),
	u('gso63:01', 'Hà Nội'),
	u('gso63:35', 'Hà Nam'),
	u('gso63:31', 'Hải Phòng')
];
const keys = (rows: { unit_key: string }[]) => rows.map((r) => r.unit_key);

describe('searchUnits', () => {
	it.each([
		{ query: 'dak lak', found: ['gso63:66', 'qd19:66'] },
		{ query: 'ĐẮK', found: ['gso63:66', 'qd19:66', 'gso63:67'] },
		{ query: 'lak dak', found: ['gso63:66', 'qd19:66'] },
		{ query: 'ha', found: ['gso63:35', 'gso63:01', 'gso63:31'] }, // Hà Nam, Hà Nội, Hải Phòng (vi order)
		{ query: 'nam', found: ['gso63:35'] },
		{ query: 'xyz', found: [] }
	])('"$query"', ({ query, found }) => expect(keys(searchUnits(units, query))).toEqual(found));

	it('puts names that start with the query first', () => {
		expect(keys(searchUnits(units, 'no'))).toEqual(['gso63:67', 'gso63:01']); // "Nông", "Nội": neither starts
		expect(keys(searchUnits(units, 'hai'))).toEqual(['gso63:31']);
	});

	it('leaves out the chosen units and stops at the limit', () => {
		expect(keys(searchUnits(units, 'dak', ['gso63:66']))).toEqual(['qd19:66', 'gso63:67']);
		expect(searchUnits(units, '', [], 3)).toHaveLength(3);
	});
});
