import { describe, expect, it } from 'vitest';
import { INTEGER, KEY, NONE, TEXT, digitClass, isDigitClass, isPlainCell, type CellClass } from './classify';

const enc = (s: string) => new TextEncoder().encode(s);

/** The cell on its own: start 0, end its length in UTF-8 bytes. */
function plain(cell: string, cls: CellClass): boolean {
	const bytes = enc(cell);
	return isPlainCell(bytes, 0, bytes.length, cls);
}

const LIKERT = digitClass([1, 2, 3, 4, 5]);

describe('digitClass', () => {
	it.each([10, -1, 1.5, Number.NaN])('throws RangeError for %s', (v) => {
		expect(() => digitClass([v])).toThrow(RangeError);
	});

	it('is a digit class, whatever the mask; the other classes are not', () => {
		expect(isDigitClass(LIKERT)).toBe(true);
		expect(isDigitClass(digitClass([0, 9]))).toBe(true);
		expect(isDigitClass(digitClass([]))).toBe(true);
		expect(isDigitClass(NONE)).toBe(false);
		expect(isDigitClass(TEXT)).toBe(false);
		expect(isDigitClass(INTEGER)).toBe(false);
	});
});

describe('isPlainCell', () => {
	// Likert 1–5: empty or one allowed ASCII digit, nothing else.
	it.each([
		['', true],
		['1', true],
		['5', true],
		['0', false],
		['6', false],
		['+3', false],
		['03', false],
		['3.0', false],
		[' 3', false],
		['3 ', false],
		['"3"', false],
		['a', false],
		['12', false]
	])('DIGIT(1–5) %j → %s', (cell, expected) => {
		expect(plain(cell, LIKERT)).toBe(expected);
	});

	it.each([
		['0', true],
		['9', true],
		['5', false]
	])('DIGIT(0, 9) %j → %s', (cell, expected) => {
		expect(plain(cell, digitClass([0, 9]))).toBe(expected);
	});

	// Mã phiếu: plain text that holds a digit (so it cannot be a missing value), or an unquoted empty cell.
	it.each([
		['', true],
		['P001', true],
		['1', true],
		['"HN-2024-7"', true],
		['HN,7', true],
		['""', false],
		['KTL', false],
		['N/A', false],
		['Nguyễn Văn A', false],
		[' P001', false],
		['P001\u00a0', false]
	])('KEY %j → %s', (cell, expected) => {
		expect(plain(cell, KEY)).toBe(expected);
	});

	// Năm: empty or 1–9 ASCII digits, no leading zero.
	it.each([
		['', true],
		['0', true],
		['2024', true],
		['123456789', true],
		['02024', false],
		['00', false],
		['1234567890', false],
		['20 24', false],
		['+2024', false],
		['2024.0', false],
		['-1', false],
		['"2024"', false],
		['2024 ', false]
	])('INTEGER %j → %s', (cell, expected) => {
		expect(plain(cell, INTEGER)).toBe(expected);
	});

	// Text: no space, tab, CR, LF, U+00A0, U+202F or BOM at either end (inside the quotes when quoted).
	it.each([
		['', true],
		['Hà Nội', true],
		['Huế', true], // ế = E1 BA BF: last byte 0xBF, but not U+FEFF
		['xỿ', true], // ỿ = E1 BB BF: only the lead byte differs from the BOM
		['Nà', true], // à = C3 A0: last byte 0xA0, but not U+00A0
		['Hữ', true], // ữ = E1 BB AF: last byte 0xAF, but not U+202F
		['©x', true], // C2 A9: lead byte of U+00A0 only
		['€x', true], // E2 82 AC: lead byte of U+202F only
		['ｘ', true], // EF BD 98: lead byte of the BOM only
		['Thừa Thiên Huế', true],
		['""', true],
		['"Hà Nội, cũ"', true],
		['"a ""b"""', true],
		['""""', true], // one escaped quote: the value is '"'
		[' Hà Nội', false],
		['Hà Nội ', false],
		['\tx', false],
		['x\r', false],
		['x\n', false],
		['Nam\u00a0', false],
		['\u00a0Nam', false],
		['x\u202f', false],
		['\u202fx', false],
		['\ufeffx', false],
		['x\ufeff', false],
		['"  x"', false],
		['"x "', false],
		['" "', false],
		['"x', false],
		['"', false]
	])('TEXT %j → %s', (cell, expected) => {
		expect(plain(cell, TEXT)).toBe(expected);
	});

	it.each(['', ' x ', '"', 'ab"c', '\ufeff', '007', 'Hài lòng '])('NONE %j → true', (cell) => {
		expect(plain(cell, NONE)).toBe(true);
	});

	it('looks only at bytes[start, end)', () => {
		const bytes = enc('a, 3,Huế ,x');
		expect(isPlainCell(bytes, 2, 4, LIKERT)).toBe(false); // ' 3'
		expect(isPlainCell(bytes, 3, 4, LIKERT)).toBe(true); // '3'
		expect(isPlainCell(bytes, 5, 11, TEXT)).toBe(false); // 'Huế '
		expect(isPlainCell(bytes, 5, 10, TEXT)).toBe(true); // 'Huế'
		// A lone 0xA0 whose 0xC2 lies before `start` is not a no-break space of this cell.
		const nbsp = enc('\u00a0');
		expect(isPlainCell(nbsp, 1, 2, TEXT)).toBe(true);
	});
});
