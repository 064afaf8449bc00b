import { describe, expect, test } from 'vitest';
import { parseRange, parseRef } from './refs';
import { percentStyles, scanCells, sheetParts } from './sheet-xml';

const rels = (target: string) =>
	`<Relationships><Relationship Id="rId2" Target="${target}"/></Relationships>`;

describe('sheetParts(workbookXml, relsXml)', () => {
	test('maps sheet names to part paths through the relationships', () => {
		const workbook =
			'<workbook xmlns:r="r"><sheets><sheet name="Ghi chú" sheetId="1" r:id="rId1"/>' +
			'<sheet name="Dữ liệu khảo sát" sheetId="2" r:id="rId2"/></sheets></workbook>';
		const rels =
			'<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/>' +
			'<Relationship Id="rId2" Type="t" Target="/xl/worksheets/data.xml"/></Relationships>';
		expect([...sheetParts(workbook, rels)]).toEqual([
			['Ghi chú', 'xl/worksheets/sheet1.xml'],
			['Dữ liệu khảo sát', 'xl/worksheets/data.xml']
		]);
	});

	test('accepts namespace prefixes on elements and on the relationship id', () => {
		const workbook =
			'<x:workbook><x:sheets><x:sheet name="A" sheetId="1" ns:id="R1"/></x:sheets></x:workbook>';
		const rels =
			'<Relationships><Relationship Target="./worksheets/../worksheets/a.xml" Id="R1"/></Relationships>';
		expect(sheetParts(workbook, rels).get('A')).toBe('xl/worksheets/a.xml');
	});

	test.each([
		[
			'both quote styles and entities',
			`<sheet name='Nhập liệu &amp; kiểm tra' r:id="rId2"/>`,
			'Nhập liệu & kiểm tra'
		],
		['numeric references, above U+FFFF too', `<sheet name="&#x1EA1;&#7841;&#128202;" r:id='rId2'/>`, 'ạạ📊'],
		// XML allows ">" unescaped in an attribute; the regular expressions ended the tag there.
		['a ">" inside the name', `<sheet name="Điểm > 80" r:id="rId2"/>`, 'Điểm > 80']
	])('reads a sheet name with %s', (_, sheet, name) => {
		const workbook = `<workbook xmlns:r="r"><sheets>${sheet}</sheets></workbook>`;
		expect([...sheetParts(workbook, rels('worksheets/s.xml'))]).toEqual([[name, 'xl/worksheets/s.xml']]);
	});

	test('throws on a part that is not XML, as read-excel-file does', () => {
		expect(() => sheetParts('<workbook><sheets></workbook>', rels('s.xml'))).toThrow();
	});
});

describe('percentStyles(stylesXml)', () => {
	test('built-in 9 and 10 and custom codes with a % outside quotes', () => {
		const styles =
			'<styleSheet><numFmts><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="&quot;%&quot;0"/>' +
			'<numFmt numFmtId="166" formatCode="0\\%"/></numFmts>' +
			'<cellStyleXfs><xf numFmtId="10"/></cellStyleXfs>' +
			'<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10" applyNumberFormat="1"/>' +
			'<xf numFmtId="164"></xf><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>';
		expect([...percentStyles(styles)]).toEqual([1, 2, 3]);
	});

	test('no styles part, no percentages', () => {
		expect(percentStyles('').size).toBe(0);
	});
});

describe('scanCells(sheetXml, percentStyleIds)', () => {
	const sheet =
		'<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
		'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"/></row>' +
		'<row r="2"><c r="A2" t="e"><f>VLOOKUP(1,B:B,2,0)</f><v>#N/A</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>' +
		'<row r="3"><c r="A3"><f>SUM(1,2)</f></c><c r="B3" t="str"><f>A1&amp;""</f><v></v></c>' +
		'<c r="C3"><f t="shared" si="0"/></c></row>' +
		'<row r="4"><c r="A4" s="1"><v>0.8532</v></c><c r="B4" s="1" t="s"><v>1</v></c><c r="C4" s="2"><v>1</v></c></row>' +
		'</sheetData><mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="D2:F2"/></mergeCells></worksheet>';
	const facts = scanCells(sheet, new Set([1]));

	test('finds error cells with their codes', () => {
		expect(facts.errors).toEqual([
			{ ref: 'A2', code: '#N/A' },
			{ ref: 'B2', code: '#DIV/0!' }
		]);
	});

	test('finds formulas saved without a result (an empty result is a result)', () => {
		expect(facts.uncached).toEqual(['A3', 'C3']);
	});

	test('finds numbers in percent styles only', () => {
		expect([...facts.percent]).toEqual(['A4']);
	});

	test('lists merged ranges', () => {
		expect(facts.merges).toEqual(['A1:G1', 'D2:F2']);
	});

	test.each([
		[
			'in a CDATA section',
			'<c r="A1" t="e"><v><![CDATA[#N/A]]></v></c><c r="B1" t="e"><v>#DIV&#x2F;0!</v></c>',
			[
				{ ref: 'A1', code: '#N/A' },
				{ ref: 'B1', code: '#DIV/0!' }
			]
		],
		// A cell inside a comment is no cell (the regular expressions found one).
		['commented out', '<!-- <c r="A1" t="e"><v>#REF!</v></c> --><c r="B1"><v>1</v></c>', []]
	])('reads an error value %s', (_, cells, errors) => {
		const xml = `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
		expect(scanCells(xml, new Set()).errors).toEqual(errors);
	});

	test('reads cells with a namespace prefix', () => {
		const prefixed =
			'<x:sheetData><x:row r="1"><x:c r="A1" t="e"><x:v>#REF!</x:v></x:c></x:row></x:sheetData>';
		expect(scanCells(prefixed, new Set()).errors).toEqual([{ ref: 'A1', code: '#REF!' }]);
	});
});

describe('parseRef and parseRange', () => {
	test.each([
		['A1', { row: 1, column: 1 }],
		['AB12', { row: 12, column: 28 }],
		['$C$7', { row: 7, column: 3 }],
		['7', null]
	])('parseRef(%j)', (ref, expected) => {
		expect(parseRef(ref)).toEqual(expected);
	});

	test('a range is normalised to its corners; one cell is a range of one', () => {
		expect(parseRange('F2:D3')).toEqual({ top: 2, left: 4, bottom: 3, right: 6 });
		expect(parseRange('B5')).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
		expect(parseRange('x')).toBeNull();
	});
});
