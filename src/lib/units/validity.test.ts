import { describe, expect, it } from 'vitest';
import type { Unit } from './types';
import { coversDate, isIsoDate, unitAt, yearEnd } from './validity';

describe('isIsoDate', () => {
	it.each([
		['2025-07-01', true],
		['2024-02-29', true],
		['2025-02-29', false],
		['2025-7-1', false],
		['01/07/2025', false],
		['2025-07-01T00:00', false]
	])('isIsoDate(%j) = %s', (text, ok) => {
		expect(isIsoDate(text)).toBe(ok);
	});
});

describe('coversDate', () => {
	it.each([
		[{}, '1990-01-01', true],
		[{ validTo: '2025-06-30' }, '2025-06-30', true],
		[{ validTo: '2025-06-30' }, '2025-07-01', false],
		[{ validFrom: '2025-07-01' }, '2025-07-01', true],
		[{ validFrom: '2025-07-01' }, '2025-06-30', false]
	])('coversDate(%j, %s) = %s', (span, date, ok) => {
		expect(coversDate(span, date)).toBe(ok);
	});
});

describe('yearEnd', () => {
	it('stands a year for its 31 December', () => {
		expect(yearEnd(2024)).toBe('2024-12-31');
		expect(() => yearEnd(2024.5)).toThrow(RangeError);
	});
});

describe('unitAt', () => {
	const plain: Unit = { key: 'gso63:22', system: 'GSO-63', code: '22', name: 'Quảng Ninh', kind: 'province' };
	it('returns a unit without name periods unchanged', () => {
		expect(unitAt(plain, '2020-01-01')).toBe(plain);
	});
});
