import { describe, expect, test } from 'vitest';
import { csvField, csvRecord } from './csv';

describe('csvField(text)', () => {
	test.each([
		['Hạ Long', 'Hạ Long'],
		['85.32', '85.32'],
		['', ''],
		['a,b', '"a,b"'],
		['Sở "Nội vụ"', '"Sở ""Nội vụ"""'],
		['a;b', '"a;b"'],
		['a\tb', '"a\tb"'],
		['a|b', '"a|b"'],
		['a\nb', '"a\nb"'],
		['  Sở Tư pháp  ', '"  Sở Tư pháp  "'],
		['=1+2', '=1+2']
	])('csvField(%j) is %j', (text, expected) => {
		expect(csvField(text)).toBe(expected);
	});
});

describe('csvRecord(fields)', () => {
	test('joins fields with commas, keeping empty fields', () => {
		expect(csvRecord(['', 'Tổng cộng', '849.1', ''])).toBe(',Tổng cộng,849.1,');
	});

	test('a row with no value is an empty line', () => {
		expect(csvRecord(['', '', ''])).toBe('');
		expect(csvRecord([])).toBe('');
	});
});
