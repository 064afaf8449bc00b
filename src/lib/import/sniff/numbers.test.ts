import { describe, expect, it } from 'vitest';
import { detectNumberFormat, isNumberLike, parseNumber } from './numbers';
import type { NumberFormat } from './schema';
import { isValueError } from './value-error';

const VI: NumberFormat = { decimal: ',', thousands: '.', percent: false, negative: null };
const EN: NumberFormat = { decimal: '.', thousands: ',', percent: false, negative: null };

describe('detectNumberFormat', () => {
	it.each([
		// [values, decimal, thousands, basis]
		[['85,32', '90,1', '77'], ',', null, 'evidence'],
		[['85.32', '90.1', '77'], '.', null, 'evidence'],
		[['0,8340', '0,7125'], ',', null, 'evidence'], // four decimals: not grouping
		[['0,123'], ',', null, 'evidence'], // a leading 0 is never a thousands group
		[['1234,567'], ',', null, 'evidence'], // four digits before the mark: not grouping
		[['1.234.567', '2.000'], ',', '.', 'evidence'], // two dots: grouping, so the decimal is a comma
		[['1.234,5', '12.000'], ',', '.', 'evidence'],
		[['1,234,567', '0.5'], '.', ',', 'evidence'],
		[['1,234.56'], '.', ',', 'evidence'],
		[['1 234,5', '2 000'], ',', 'space', 'evidence'],
		[['1\u00a0234,5', '12'], ',', 'space', 'evidence'],
		[['1\u202f234.5', '12'], '.', 'space', 'evidence'],
		[['1.234', '85,5'], ',', '.', 'evidence'], // 85,5 decides, so 1.234 is 1234
		[['12', '7', '1'], ',', null, 'integers'],
		// majority: three decimal commas against one decimal point
		[['85,5', '90,25', '77,1', '88.5'], ',', null, 'evidence'],
		// nothing decides: "1.234" is 1234 in vi-VN and 1.234 in en-US
		[['1.234', '12.500', '3'], ',', '.', 'ambiguous'],
		[['1.234', '1,234'], ',', '.', 'ambiguous'],
		[['85,5', '85.5'], ',', null, 'ambiguous'] // a tie
	] as const)('%j → decimal %j, thousands %j (%s)', (values, decimal, thousands, basis) => {
		const guess = detectNumberFormat(values);
		expect(guess.format.decimal).toBe(decimal);
		expect(guess.format.thousands).toBe(thousands);
		expect(guess.basis).toBe(basis);
		expect(guess.ambiguous).toBe(basis === 'ambiguous');
	});

	it('lets the file decide a column that cannot tell by itself', () => {
		expect(detectNumberFormat(['1.234', '2.500'], '.')).toMatchObject({
			format: { decimal: '.' },
			basis: 'file',
			ambiguous: false,
			example: '1.234'
		});
		expect(detectNumberFormat(['12', '7'], '.')).toMatchObject({
			format: { decimal: '.' },
			basis: 'integers'
		});
		// the column's own evidence wins over the file's
		expect(detectNumberFormat(['85,5'], '.')).toMatchObject({ format: { decimal: ',' }, basis: 'evidence' });
	});

	it('counts values that read and values that do not, leaving missing ones out', () => {
		const guess = detectNumberFormat([
			'85,5',
			'90,25',
			'77,1',
			'88.5',
			'',
			'-',
			'KTL',
			'không trả lời',
			'abc'
		]);
		expect([guess.numeric, guess.nonNumeric]).toEqual([3, 2]);
		expect(guess.example).toBe('85,5');
	});

	it.each([
		[['85,32%', '90%', '77,1'], true, null],
		[['85,32', '90%'], false, null],
		[['(1,5)', '(2,5)', '-3'], false, 'parentheses'],
		[['-1,5', '2,5'], false, 'minus'],
		[['−1,5', '2,5'], false, 'minus'] // U+2212 minus sign
	] as const)('%j → percent %j, negative %j', (values, percent, negative) => {
		const guess = detectNumberFormat(values);
		expect(guess.format.percent).toBe(percent);
		expect(guess.format.negative).toBe(negative);
	});
});

describe('parseNumber', () => {
	it.each([
		['85,32', VI, 85.32],
		['1.234', VI, 1234],
		['1.234,5', VI, 1234.5],
		['1.234.567,89', VI, 1234567.89],
		['  85,32 ', VI, 85.32],
		['\u00a085,32\u00a0', VI, 85.32],
		['\t85,32', VI, 85.32],
		['85,32%', VI, 85.32], // the percent sign is dropped, the value kept as written
		['85,32 %', VI, 85.32],
		['(12,5)', VI, -12.5],
		['(12,5%)', VI, -12.5],
		['-0,8', VI, -0.8],
		['+1,25', VI, 1.25],
		['0', VI, 0],
		['007', VI, 7],
		['1,234.5', EN, 1234.5],
		['85.32', EN, 85.32],
		['1.234', EN, 1.234],
		['1,234', EN, 1234]
	] as const)('parseNumber(%j, %o) = %j', (text, format, expected) => {
		expect(parseNumber(text, format)).toBe(expected);
	});

	it.each([
		'',
		'   ',
		'-',
		'–',
		'—',
		'N/A',
		'n/a',
		'#N/A',
		'NA',
		'KTL',
		'ktl',
		'không trả lời',
		'Khong tra loi',
		'...'
	])('parseNumber(%j) = null: missing, never 0', (text) => {
		expect(parseNumber(text, VI)).toBeNull();
	});

	it.each([
		['85.32', VI, 'Dấu “.” không đúng vị trí ngăn cách hàng nghìn (cột này ghi phần thập phân sau dấu “,”)'],
		['1.23,4', VI, 'Dấu “.” không đúng vị trí ngăn cách hàng nghìn (cột này ghi phần thập phân sau dấu “,”)'],
		['1,234.5', VI, 'Dấu “.” đứng sau dấu thập phân “,”'],
		['1,2,3', VI, 'Có nhiều hơn một dấu thập phân “,”'],
		['85,5', EN, 'Dấu “,” không đúng vị trí ngăn cách hàng nghìn (cột này ghi phần thập phân sau dấu “.”)'],
		['1 23', VI, 'Khoảng trắng không đúng vị trí ngăn cách hàng nghìn'],
		['1 234.5', VI, 'Dấu “.” không phải dấu thập phân của cột này (cột dùng dấu “,”)'],
		['abc', VI, 'Không phải số'],
		['85,32 điểm', VI, 'Không phải số'],
		['12abc', VI, 'Không phải số'],
		['--5', VI, 'Không phải số'],
		['(-5)', VI, 'Không phải số'],
		['#DIV/0!', VI, 'Ô lỗi của Excel (#DIV/0!)'],
		['#value!', VI, 'Ô lỗi của Excel (#VALUE!)']
	] as const)('parseNumber(%j) is an error: %s', (text, format, reason) => {
		const result = parseNumber(text, format);
		expect(isValueError(result) && result.reason).toBe(reason);
		expect(isValueError(result) && result.text).toBe(text.trim());
	});

	it.each([
		['− 3', VI], // U+2212, not a hyphen
		['1 234,5', VI], // spaces, in a column grouped with dots
		['1\u00a0234', VI],
		[',5', VI],
		['1,23E+05', VI],
		['1.5e-3', EN]
	] as const)('%j is not a number to the check (rules/number.ts), so not here either', (text, format) => {
		const result = parseNumber(text, format);
		expect(isValueError(result) && result.reason).toBe(
			`Không đúng cách ghi số của cột (ví dụ ${format === VI ? '1.234,5' : '1,234.5'})`
		);
	});

	it('reads spaces as thousands grouping in a column grouped with spaces', () => {
		const SPACED: NumberFormat = { decimal: ',', thousands: 'space', percent: false, negative: null };
		expect(parseNumber('1 234,5', SPACED)).toBe(1234.5);
		expect(parseNumber('1\u202f234', SPACED)).toBe(1234);
	});

	it('reads a Vietnamese "1.234,5" under the en-US format as an error, never as 1.2345', () => {
		expect(isValueError(parseNumber('1.234,5', EN))).toBe(true);
	});
});

describe('isNumberLike', () => {
	it.each([
		['85,32', true],
		['1.234.567', true],
		['(12)', true],
		['85%', true],
		['2024', true],
		['1.2.3', false],
		['STT', false],
		['15/03/2025', false],
		['', false]
	])('isNumberLike(%j) = %j', (text, expected) => {
		expect(isNumberLike(text)).toBe(expected);
	});
});
