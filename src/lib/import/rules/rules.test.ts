import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { literal } from '$lib/sql/quote';
import { fold, foldSql, trimCell, trimSql } from './fold';
import { likertErrorSql, likertValueSql, parseLikert, SATISFACTION_5 } from './likert';
import { isMissing, isMissingSql, MISSING_MARKS, MISSING_WORDS } from './missing';
import { parseNumber, parseNumberSql, type NumberFormat } from './number';

const COMMA: NumberFormat = { decimal: ',', thousands: '.' };
const POINT: NumberFormat = { decimal: '.', thousands: ',' };
const SPACE: NumberFormat = { decimal: ',', thousands: ' ' };
const PLAIN: NumberFormat = { decimal: '.', thousands: null };

describe('fold and trimCell', () => {
	it.each([
		['Rất KHÔNG hài lòng', 'rat khong hai long'],
		['Hoà Bình', 'hoa binh'],
		['Hòa Bình', 'hoa binh'],
		['Đà Nẵng', 'da nang'],
		['TP.HCM', 'tp hcm'],
		['  4 - Hài lòng ', '4 hai long'],
		['Thuỷ  sản', 'thuy san'],
		['', '']
	])('fold(%j) → %j', (text, folded) => {
		expect(fold(text)).toBe(folded);
	});
	it.each([
		['  85,32 ', '85,32'],
		['\u00a0Hà Nội\u202f', 'Hà Nội'],
		['\ufeffx', 'x'],
		['\t\r\n', '']
	])('trimCell(%j) → %j', (text, trimmed) => {
		expect(trimCell(text)).toBe(trimmed);
	});
});

describe('missing values', () => {
	// The fast check relies on it: a cell with a digit is never a missing value (normalize/classify.ts KEY).
	it('has no mark or word with a digit in it', () => {
		for (const m of [...MISSING_MARKS, ...MISSING_WORDS]) expect(m).not.toMatch(/[0-9]/);
		expect(isMissing('KTL')).toBe(true);
		expect(isMissing('KTL1')).toBe(false);
	});
});

describe('parseNumber', () => {
	it.each([
		['85,32', COMMA, 85.32],
		['1.234,5', COMMA, 1234.5],
		['1.234.567', COMMA, 1234567],
		['85,32%', COMMA, 85.32],
		['85,32 %', COMMA, 85.32],
		['-0,5', COMMA, -0.5],
		['1.5', COMMA, null],
		['12.34', COMMA, null],
		['1,234.5', POINT, 1234.5],
		['85.32', POINT, 85.32],
		['85,32', POINT, null],
		['1 234,5', SPACE, 1234.5],
		['1\u00a0234,5', SPACE, 1234.5],
		['1234.5', PLAIN, 1234.5],
		['1,5', PLAIN, null],
		['abc', PLAIN, null],
		['1e5', PLAIN, null],
		['', PLAIN, null],
		// Accounting exports write a negative in parentheses; never with a sign inside, never half-open.
		['(0,42)', COMMA, -0.42],
		['(1.234,5)', COMMA, -1234.5],
		['(85,32%)', COMMA, -85.32],
		['(85,32 %)', COMMA, -85.32],
		['(85,32)%', COMMA, -85.32],
		['(1,234.5)', POINT, -1234.5],
		['(1 234,5)', SPACE, -1234.5],
		['(12)', PLAIN, -12],
		['(-0,42)', COMMA, null],
		['(+0,42)', COMMA, null],
		['-(0,42)', COMMA, null],
		['(0,42', COMMA, null],
		['0,42)', COMMA, null],
		['((0,42))', COMMA, null],
		['( 0,42 )', COMMA, null],
		['(85,32%)%', COMMA, null],
		['()', COMMA, null],
		['(1.5)', COMMA, null]
	] as const)('parseNumber(%j, %o) → %s', (text, format, value) => {
		expect(parseNumber(text, format)).toBe(value);
	});
});

describe('parseLikert', () => {
	it.each([
		['5', { value: 5 }],
		['1', { value: 1 }],
		['Rất hài lòng', { value: 5 }],
		['RAT HAI LONG', { value: 5 }],
		['hai long', { value: 4 }],
		['Bình thường', { value: 3 }],
		['Không hài lòng', { value: 2 }],
		['Rất không hài lòng', { value: 1 }],
		['4 - Hài lòng', { value: 4 }],
		['4. Hài lòng', { value: 4 }],
		['+3', { value: 3 }],
		['03', { value: 3 }],
		['3.5', { error: 'not_likert' }],
		['3.0', { value: 3 }],
		['4,00', { value: 4 }],
		['6.0', { error: 'likert_out_of_scale' }],
		['3.01', { error: 'not_likert' }],
		['4 - Rất hài lòng', { error: 'not_likert' }],
		['6 - Rất hài lòng', { error: 'not_likert' }],
		['6', { error: 'likert_out_of_scale' }],
		['0', { error: 'likert_out_of_scale' }],
		['Tốt', { error: 'not_likert' }],
		['hài lòng lắm', { error: 'not_likert' }],
		// a word every JavaScript object answers to is no label
		['constructor', { error: 'not_likert' }],
		['4 - constructor', { error: 'not_likert' }]
	] as const)('parseLikert(%j) → %o', (text, result) => {
		expect(parseLikert(text, SATISFACTION_5)).toEqual(result);
	});
});

describe('the SQL twins', () => {
	// DuckDB turns `x IN (…)` with five or more constants into a join per list: a check of the survey's 39
	// answers carried over a hundred of them and ran for 20 s on five rows.
	it('hold no IN list of constants', () => {
		const sql = [isMissingSql('t'), likertValueSql('t', SATISFACTION_5), likertErrorSql('t', SATISFACTION_5)];
		for (const s of sql) expect(s).not.toMatch(/\bIN\s*\(/i);
	});
});

describe('the SQL twins agree with JavaScript on the real engine', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	const samples = [
		'85,32',
		'1.234,5',
		'1.234.567',
		'85,32%',
		'85,32 %',
		'-0,5',
		'1.5',
		'12.34',
		'1,234.5',
		'85.32',
		'1 234,5',
		'1\u00a0234,5',
		'1234.5',
		'abc',
		'1e5',
		'',
		'5',
		'6',
		'0',
		'99999999999',
		'Rất hài lòng',
		'RAT HAI LONG',
		'4 - Hài lòng',
		'4 - Rất hài lòng',
		'3.5',
		'3.0',
		'4,00',
		'6.0',
		'3.01',
		'+3',
		'03',
		'0x03',
		'6 - Rất hài lòng',
		'Không hài lòng',
		'Rất không hài lòng',
		'Tốt',
		'-',
		'–',
		'N/A',
		'không trả lời',
		'KTL',
		'Không biết',
		'Hoà Bình',
		'Đắk Lắk',
		'Thừa Thiên – Huế',
		'ỹ ự ẫ ặ ộ',
		'  \u00a0x\u202f ',
		'(0,42)',
		'(1.234,5)',
		'(85,32%)',
		'(85,32)%',
		'(1,234.5)',
		'(1 234,5)',
		'(12)',
		'(0)',
		'-0',
		'(-0,42)',
		'(+0,42)',
		'-(0,42)',
		'(0,42',
		'0,42)',
		'((0,42))',
		'( 0,42 )',
		'()',
		'(5)',
		'(1.5)'
	];

	it.each(samples)('%j', async (text) => {
		const t = trimCell(text);
		const sql = `SELECT ${foldSql('v')} AS fold, ${trimSql('v')} AS trimmed, ${isMissingSql('t')} AS missing,
			${parseNumberSql('t', COMMA)} AS comma, ${parseNumberSql('t', POINT)} AS point,
			${parseNumberSql('t', SPACE)} AS space, ${parseNumberSql('t', PLAIN)} AS plain,
			${likertValueSql('t', SATISFACTION_5)} AS likert, ${likertErrorSql('t', SATISFACTION_5)} AS likert_error
			FROM (SELECT ${literal(text)} AS v, ${trimSql(literal(text))} AS t)`;
		const [row] = await db.query(sql);
		const likert = parseLikert(t, SATISFACTION_5);
		expect(row).toEqual({
			fold: fold(text),
			trimmed: t,
			missing: isMissing(t),
			comma: parseNumber(t, COMMA),
			point: parseNumber(t, POINT),
			space: parseNumber(t, SPACE),
			plain: parseNumber(t, PLAIN),
			likert: 'value' in likert ? likert.value : null,
			likert_error: 'error' in likert ? likert.error : null
		});
	});
});
