import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CSV_COLUMNS,
	publicationCsv,
	publicationFileName,
	SURVEY_CSV_COLUMNS,
	toCsv,
	TREND_CSV_COLUMNS
} from './csv';
import { rankingPublication } from './ranking';
import { surveyPublication } from './survey';
import {
	META,
	publication,
	ROWS,
	survey,
	SURVEY_INPUT,
	SURVEY_META,
	trend,
	TREND_AVERAGE,
	TREND_META,
	TREND_UNITS
} from './test-fixture';
import { trendPublication } from './trend';

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

describe('publicationCsv of a trend', () => {
	it('has one line per point, the average first, with the method of each year', () => {
		const rows = parse(publicationCsv(trend()));
		expect(rows[0]).toEqual([...TREND_CSV_COLUMNS]);
		const lines = rows.slice(1).map((r) => Object.fromEntries(TREND_CSV_COLUMNS.map((c, i) => [c, r[i]])));
		expect(lines.length).toBe(3 + 3 + 2);
		expect(lines[0]).toMatchObject({
			series_key: 'average',
			series: 'Trung bình cả nước',
			is_average: 'true',
			year: '2020',
			value: '80',
			n: '63',
			method_version: 'PAR-2012',
			index: 'PAR',
			unit_kind: 'province'
		});
		expect(lines[4]).toMatchObject({
			series: 'Hà Nội',
			is_average: 'false',
			year: '2021',
			value: '86.1',
			rank: '2',
			ranked_of: '63',
			method_version: 'PAR-1149-2021'
		});
		expect(lines[7]).toMatchObject({ series: 'Quảng Ninh', year: '2021', value: '' });
	});
});

describe('publicationCsv of a survey', () => {
	const lines = () => {
		const rows = parse(publicationCsv(survey()));
		expect(rows[0]).toEqual([...SURVEY_CSV_COLUMNS]);
		return rows.slice(1).map((r) => Object.fromEntries(SURVEY_CSV_COLUMNS.map((c, i) => [c, r[i]])));
	};

	it('lists the units, the elements and the items, told apart by section', () => {
		const all = lines();
		expect(all.map((l) => l.section)).toEqual([
			'unit',
			'unit',
			'unit',
			'element',
			'element',
			'element',
			'item',
			'item'
		]);
		expect(all[0]).toMatchObject({
			unit: 'Sở Tư pháp',
			value: '91.5',
			low: '88.25',
			high: '94.25',
			n: '120',
			rank: '1',
			ranked_of: '2',
			suppressed: 'false',
			year: '2025',
			index: 'SIPAS',
			method_version: 'SIPAS-1001-2023'
		});
		expect(all[6]).toMatchObject({ code: 'q9_01', name: 'Câu 9.1', share_1: '2.5', share_5: '40', n: '179' });
	});

	it('gives a withheld unit its name and "n < 30", every number empty', () => {
		const small = lines().find((l) => l.unit === 'Sở Xây dựng')!;
		expect(small).toMatchObject({ suppressed: 'true', note: 'n < 30' });
		for (const column of ['value', 'low', 'high', 'n', 'rank', 'ranked_of', 'mean_score', 'share_1']) {
			expect(small[column], column).toBe('');
		}
	});
});

describe('publicationCsv neutralises = + - @ in every kind', () => {
	it.each(['=1+1', '+84 912', '-2+3', '@SUM(A1)'])('a unit named %s', (evil) => {
		const trendFile = trendPublication([{ ...TREND_UNITS[0]!, name: evil }], TREND_AVERAGE, TREND_META);
		const surveyFile = surveyPublication(
			{ ...SURVEY_INPUT, units: SURVEY_INPUT.units.map((u) => ({ ...u, name: evil })) },
			SURVEY_META
		);
		const ranking = rankingPublication([{ ...ROWS[0]!, name: evil }], META);
		for (const text of [publicationCsv(trendFile), publicationCsv(surveyFile), publicationCsv(ranking)]) {
			const cells = parse(text).flat();
			expect(cells).toContain(`'${evil}`);
			expect(cells).not.toContain(evil);
		}
	});
});
