import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
	it.each([
		[
			'a plain file',
			'a,b\n1,2\n3,4\n',
			[
				{ a: '1', b: '2' },
				{ a: '3', b: '4' }
			]
		],
		[
			'CRLF and no final newline',
			'a,b\r\n1,2\r\n3,4',
			[
				{ a: '1', b: '2' },
				{ a: '3', b: '4' }
			]
		],
		['a BOM', '\uFEFFa,b\n1,2\n', [{ a: '1', b: '2' }]],
		['empty fields', 'a,b,c\n,,x\n', [{ a: '', b: '', c: 'x' }]],
		[
			'quoted commas, quotes and newlines',
			'a,b\n"x, y","say ""hi""\nthere"\n',
			[{ a: 'x, y', b: 'say "hi"\nthere' }]
		],
		['blank lines', 'a\n\n1\n\n', [{ a: '1' }]],
		['only a header', 'a,b\n', []],
		['nothing', '', []]
	])('reads %s', (_what, text, rows) => {
		expect(parseCsv(text)).toEqual(rows);
	});

	it.each([
		['a short row', 'a,b\n1\n'],
		['a long row', 'a,b\n1,2,3\n'],
		['an unterminated quote', 'a\n"x\n']
	])('rejects %s', (_what, text) => {
		expect(() => parseCsv(text)).toThrow();
	});
});
