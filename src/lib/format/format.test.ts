import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatDateTime, formatPercent, formatScore } from './index';

describe('formatScore', () => {
	it.each([
		[85.32, 2, 'vi', '85,32'],
		[91.4349, 2, 'vi', '91,43'],
		[1234.5, 2, 'vi', '1.234,50'],
		[45.7875, 4, 'vi', '45,7875'],
		[0.834, 4, 'vi', '0,8340'],
		[-0.5, 2, 'vi', '−0,50'],
		[1234.5, 2, 'en', '1,234.50'],
		[null, 2, 'vi', '–'],
		[undefined, 2, 'vi', '–'],
		[NaN, 2, 'vi', '–']
	] as const)('formatScore(%s, %s, %s) → %s', (value, decimals, lang, text) => {
		expect(formatScore(value, decimals, lang)).toBe(text);
	});
});

describe('formatCount, formatPercent, formatChange', () => {
	it.each([
		[85600, '85.600'],
		[36525, '36.525'],
		[1000000, '1.000.000'],
		[63, '63'],
		[null, '–']
	])('formatCount(%s) → %s', (value, text) => {
		expect(formatCount(value)).toBe(text);
	});
	it.each([
		[91.43, '91,43%'],
		[83.94, '83,94%'],
		[null, '–']
	])('formatPercent(%s) → %s', (value, text) => {
		expect(formatPercent(value)).toBe(text);
	});
	it.each([
		[1.28, '+1,28'],
		[-6.39, '−6,39'],
		[0, '+0,00']
	])('formatChange(%s) → %s', (value, text) => {
		expect(formatChange(value)).toBe(text);
	});
});

describe('formatDate', () => {
	it.each([
		['2025-04-06', '06/04/2025'],
		['2025-07-01', '01/07/2025'],
		[new Date(2024, 11, 31, 23, 59), '31/12/2024'],
		['not a date', '–'],
		[null, '–']
	])('formatDate(%j) → %s', (value, text) => {
		expect(formatDate(value)).toBe(text);
	});
	it('puts the time first in Vietnamese', () => {
		expect(formatDateTime(new Date(2025, 3, 6, 14, 5))).toBe('14:05 06/04/2025');
		expect(formatDateTime(new Date(2025, 3, 6, 14, 5), 'en')).toBe('06/04/2025 14:05');
	});
});
