import { describe, expect, it } from 'vitest';
import { detectLineEnding, parseRecords } from './rows';

const parse = (text: string, delimiter: ',' | ';' | '\t' | '|' = ',') =>
	parseRecords(text, delimiter).records.map((r) => [r.line, r.endLine, r.fields]);

describe('parseRecords', () => {
	it.each([
		[
			'LF',
			'a,b\nc,d\n',
			[
				[1, 1, ['a', 'b']],
				[2, 2, ['c', 'd']]
			]
		],
		[
			'CRLF',
			'a,b\r\nc,d\r\n',
			[
				[1, 1, ['a', 'b']],
				[2, 2, ['c', 'd']]
			]
		],
		[
			'lone CR',
			'a,b\rc,d',
			[
				[1, 1, ['a', 'b']],
				[2, 2, ['c', 'd']]
			]
		],
		[
			'no final line break',
			'a\nb',
			[
				[1, 1, ['a']],
				[2, 2, ['b']]
			]
		],
		[
			'blank lines',
			'a\n\n\nb\n',
			[
				[1, 1, ['a']],
				[2, 2, ['']],
				[3, 3, ['']],
				[4, 4, ['b']]
			]
		],
		['empty fields', ',a,,\n', [[1, 1, ['', 'a', '', '']]]],
		['quoted delimiter', '"Sở Văn hóa, Thể thao",1\n', [[1, 1, ['Sở Văn hóa, Thể thao', '1']]]],
		['doubled quotes', '"Ông ""Ba""",2\n', [[1, 1, ['Ông "Ba"', '2']]]],
		['empty quoted field', '"",x\n', [[1, 1, ['', 'x']]]],
		[
			'line breaks inside quotes: the next record starts on the right line',
			'a,"dòng 1\r\ndòng 2\ndòng 3"\r\nb,c\r\n',
			[
				[1, 3, ['a', 'dòng 1\r\ndòng 2\ndòng 3']],
				[4, 4, ['b', 'c']]
			]
		],
		['a quote inside an unquoted field is a character', '5" màn hình,x\n', [[1, 1, ['5" màn hình', 'x']]]],
		['text after a closing quote is kept', '"85,5"%,x\n', [[1, 1, ['85,5%', 'x']]]],
		['spaces are kept', ' a , b \n', [[1, 1, [' a ', ' b ']]]],
		['semicolons', 'a;"b;c";d\n', [[1, 1, ['a', 'b;c', 'd']]]],
		['empty text', '', []]
	] as const)('%s', (_, text, expected) => {
		const delimiter = text.includes(';') && !text.includes(',') ? ';' : ',';
		expect(parse(text, delimiter)).toEqual(expected);
	});

	it('reports an unclosed quote with the line where it opens', () => {
		const parsed = parseRecords('a,b\nc,"d\ne,f\ng,h\n', ',');
		expect(parsed.unclosedQuoteLine).toBe(2);
		expect(parsed.records.map((r) => r.line)).toEqual([1, 2]);
		expect(parsed.records[1]?.fields).toEqual(['c', 'd\ne,f\ng,h\n']);
	});

	it('stops after maxRecords and numbers from firstLine', () => {
		const parsed = parseRecords('a\nb\nc\n', ',', { maxRecords: 2, firstLine: 100 });
		expect(parsed.records.map((r) => [r.line, r.fields[0]])).toEqual([
			[100, 'a'],
			[101, 'b']
		]);
		expect(parsed.end).toBe(4);
	});

	it('splits on tabs and bars', () => {
		expect(parse('a\tb|c\n', '\t')).toEqual([[1, 1, ['a', 'b|c']]]);
		expect(parse('a\tb|c\n', '|')).toEqual([[1, 1, ['a\tb', 'c']]]);
	});
});

describe('detectLineEnding', () => {
	it.each([
		['a\r\nb\r\n', 'crlf'],
		['a\nb\n', 'lf'],
		['a\rb\r', 'cr'],
		['a\r\nb\nc', 'mixed'],
		['a,b', 'none']
	])('detectLineEnding(%j) = %j', (text, expected) => {
		expect(detectLineEnding(text)).toBe(expected);
	});
});
