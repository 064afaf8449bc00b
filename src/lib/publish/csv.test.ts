import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, publicationCsv, publicationFileName, toCsv } from './csv';
import { rankingPublication } from './ranking';
import { META, publication, ROWS } from './test-fixture';

const parse = (text: string) =>
	Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('toCsv(columns, rows)', () => {
	it('starts with a UTF-8 BOM, ends lines with CRLF and keeps Vietnamese text', () => {
		const text = toCsv(['name'], [{ name: 'Bà Rịa – Vũng Tàu' }]);
		expect(text).toBe('\uFEFFname\r\nBà Rịa – Vũng Tàu\r\n');
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	it.each([
		{
			cell: '=HYPERLINK("http://x","y")',
			written: `"'=HYPERLINK(""http://x"",""y"")"`,
			read: `'=HYPERLINK("http://x","y")`
		},
		{ cell: '+84 912', written: `"'+84 912"`, read: "'+84 912" },
		{ cell: '-2+3', written: `"'-2+3"`, read: "'-2+3" },
		{ cell: '@SUM(A1)', written: `"'@SUM(A1)"`, read: "'@SUM(A1)" },
		{ cell: '\t=1', written: `"'\t=1"`, read: "'\t=1" },
		{ cell: '=1\n=2', written: `"'=1\n=2"`, read: "'=1\n=2" },
		{ cell: 'a=b', written: 'a=b', read: 'a=b' },
		{ cell: 'Sở "Nội vụ", tỉnh', written: '"Sở ""Nội vụ"", tỉnh"', read: 'Sở "Nội vụ", tỉnh' }
	])('writes the text cell $cell safely', ({ cell, written, read }) => {
		const text = toCsv(['x'], [{ x: cell }]);
		expect(text).toBe(`\uFEFFx\r\n${written}\r\n`);
		expect(parse(text)[1]).toEqual([read]);
	});

	it('writes numbers as numbers (a negative change is no formula) and null as an empty cell', () => {
		expect(toCsv(['a', 'b', 'c', 'd'], [{ a: -1.25, b: null, c: undefined, d: true }])).toBe(
			'\uFEFFa,b,c,d\r\n-1.25,,,true\r\n'
		);
	});
});

describe('publicationCsv(publication)', () => {
	it('has a header and one line per unit, with the provenance on every line', () => {
		const rows = parse(publicationCsv(publication()));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.length).toBe(4);
		const line = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
		expect(line).toMatchObject({
			rank: '1',
			ranked_of: '3',
			name: 'Hải Phòng',
			value: '96.17',
			prev_rank: '',
			suppressed: 'false',
			year: '2024',
			index: 'PAR',
			is_sample: 'false'
		});
	});

	it('neutralises a unit name that came from a file as a formula', () => {
		const rows = [{ ...ROWS[0]!, name: '=HYPERLINK("http://x","y")' }];
		const line = parse(publicationCsv(rankingPublication(rows, META)))[1]!;
		expect(line[CSV_COLUMNS.indexOf('name')]).toBe(`'=HYPERLINK("http://x","y")`);
	});

	it('leaves a suppressed value empty', () => {
		const rows = ROWS.map((r) => ({ ...r, n: 10 }));
		const line = parse(publicationCsv(rankingPublication(rows, { ...META, minN: 30 })))[1]!;
		expect([line[CSV_COLUMNS.indexOf('value')], line[CSV_COLUMNS.indexOf('suppressed')]]).toEqual([
			'',
			'true'
		]);
	});

	it('names the download after the publication', () => {
		expect(publicationFileName(publication(), 'csv')).toBe('chiso-par-province-2024.csv');
	});
});
