import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { excelKind, isExcelFile } from './detect';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/import/excel/${name}`));
const docx = zipSync({
	'[Content_Types].xml': strToU8('<Types/>'),
	'word/document.xml': strToU8('<w:document/>')
});
const csv = strToU8('STT,Đơn vị,Điểm\n1,Hạ Long,91.25\n');

describe('excelKind(bytes, fileName)', () => {
	test('an .xlsx workbook is recognised by its bytes, whatever its name', () => {
		expect(excelKind(fixture('par-quang-ninh.xlsx'), 'par-quang-ninh.xlsx')).toBe('xlsx');
		expect(excelKind(fixture('par-quang-ninh.xlsx'), 'bao-cao.csv')).toBe('xlsx');
		expect(excelKind(fixture('khao-sat-hai-long.xlsx'), '')).toBe('xlsx');
	});

	test('a legacy .xls is recognised by the OLE2 signature', () => {
		expect(excelKind(fixture('excel-97-2003.xls'), 'excel-97-2003.xls')).toBe('xls');
		expect(excelKind(fixture('excel-97-2003.xls'), 'bao-cao.xlsx')).toBe('xls');
	});

	test('a password-protected workbook is an OLE2 file with an encrypted package', () => {
		expect(excelKind(fixture('co-mat-khau.xlsx'), 'co-mat-khau.xlsx')).toBe('encrypted');
	});

	test('OLE2 files of other Office programs are not claimed', () => {
		expect(excelKind(fixture('excel-97-2003.xls'), 'cong-van.doc')).toBeNull();
		expect(excelKind(fixture('co-mat-khau.xlsx'), 'bao-cao.docx')).toBeNull();
	});

	test('a truncated workbook is still a workbook (its first part names it), to be refused clearly', () => {
		expect(excelKind(fixture('hong.xlsx'), 'hong.xlsx')).toBe('xlsx');
		expect(excelKind(fixture('hong.xlsx'), 'tai-ve')).toBe('xlsx');
	});

	test('other ZIP files are claimed only under an Excel name', () => {
		expect(excelKind(docx, 'quyet-dinh.docx')).toBeNull();
		expect(excelKind(docx, 'doi-ten.xlsx')).toBe('xlsx');
	});

	test('text is left to the CSV sniffer, even named .xls (HTML or TSV "Excel exports")', () => {
		expect(excelKind(csv, 'du-lieu.csv')).toBeNull();
		expect(excelKind(strToU8('<table><tr><td>1</td></tr></table>'), 'xuat-excel.xls')).toBeNull();
		expect(excelKind(csv, 'du-lieu.XLSX')).toBe('xlsx');
	});
});

describe('isExcelFile(bytes, fileName)', () => {
	test('true for the files the Excel reader handles or refuses', () => {
		expect(isExcelFile(fixture('par-quang-ninh.xlsx'), 'a.xlsx')).toBe(true);
		expect(isExcelFile(fixture('excel-97-2003.xls'), 'a.xls')).toBe(true);
		expect(isExcelFile(fixture('hong.xlsx'), 'hong.xlsx')).toBe(true);
	});

	test('false for CSV text and empty files', () => {
		expect(isExcelFile(csv, 'du-lieu.csv')).toBe(false);
		expect(isExcelFile(new Uint8Array(0), 'trong.csv')).toBe(false);
	});
});
