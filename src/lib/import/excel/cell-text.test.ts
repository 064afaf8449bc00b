import { describe, expect, test } from 'vitest';
import { cellText, dateText, excelNumber, numberText, percentText, plainDecimal } from './cell-text';

describe('numberText(raw)', () => {
	test.each([
		['85.319999999999993', '85.32'], // what Excel stores for a cell showing 85.32
		['88.400000000000006', '88.4'],
		['0.30000000000000004', '0.3'], // =0.1+0.2
		['85.228426395939096', '85.2284263959391'], // a real quotient keeps Excel's 15 digits
		['100', '100'],
		['-0.5', '-0.5'],
		['-0', '0'],
		['0', '0'],
		['1234567', '1234567'], // no thousands separator
		['1.5E-7', '0.00000015'], // no exponent: the CSV reader reads plain decimals only
		['1.2345678901234567E+20', '123456789012346000000'],
		['1E+21', '1000000000000000000000'],
		['45731', '45731']
	])('numberText(%j) is %j', (raw, expected) => {
		expect(numberText(raw)).toBe(expected);
	});

	test('text that is not a number is passed through trimmed, never turned into 0 or NaN', () => {
		expect(numberText(' abc ')).toBe('abc');
		expect(numberText('')).toBe('');
	});
});

describe('plainDecimal(x) and excelNumber(x)', () => {
	test.each([
		[1e-7, '0.0000001'],
		[-2.5e-8, '-0.000000025'],
		[1.5e21, '1500000000000000000000'],
		[123.456, '123.456']
	])('plainDecimal(%d) is %j', (x, expected) => {
		expect(plainDecimal(x)).toBe(expected);
	});

	test('excelNumber rounds away binary noise only', () => {
		expect(excelNumber(0.1 + 0.2)).toBe('0.3');
		expect(excelNumber(1 / 3)).toBe('0.333333333333333');
		expect(excelNumber(-0)).toBe('0');
	});
});

describe('percentText(raw)', () => {
	test.each([
		['0.85319999999999996', '85.32%'],
		['1', '100%'],
		['0.075', '7.5%'],
		['-0.1', '-10%']
	])('percentText(%j) is %j', (raw, expected) => {
		expect(percentText(raw)).toBe(expected);
	});
});

describe('dateText(date)', () => {
	test.each([
		['2025-03-15T00:00:00.000Z', '2025-03-15'],
		['2024-10-05T14:29:59.999Z', '2024-10-05 14:30:00'], // the library floors Excel's fractional day
		['2024-10-07T08:00:00.000Z', '2024-10-07 08:00:00'],
		['1899-12-30T14:30:00.000Z', '14:30:00'], // a time without a date is Excel day 0
		['0999-01-02T00:00:00.000Z', '0999-01-02']
	])('dateText(%s) is %j', (iso, expected) => {
		expect(dateText(new Date(iso))).toBe(expected);
	});
});

describe('cellText(text)', () => {
	test('NFC-normalises decomposed Vietnamese', () => {
		const nfd = 'Thành phố Hạ Long'.normalize('NFD');
		expect(nfd).not.toBe('Thành phố Hạ Long');
		expect(cellText(nfd)).toEqual({ text: 'Thành phố Hạ Long', joined: false });
	});

	test('joins the lines of an Alt+Enter cell with a space and says so', () => {
		expect(cellText('Ngày\nkhảo sát')).toEqual({ text: 'Ngày khảo sát', joined: true });
		expect(cellText('Điểm\r\nthẩm định')).toEqual({ text: 'Điểm thẩm định', joined: true });
	});

	test('keeps formulas, markup and spaces as written', () => {
		for (const text of [
			'=1+2',
			'+84 912 345 678',
			'-10%',
			'@SUM(A1:A2)',
			'<img src=x onerror=alert(1)>',
			'  a  '
		]) {
			expect(cellText(text)).toEqual({ text, joined: false });
		}
	});
});
