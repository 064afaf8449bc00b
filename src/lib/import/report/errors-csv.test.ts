import { describe, expect, it } from 'vitest';
import { issuesToCsv, neutralizeFormula } from './errors-csv';

describe('issuesToCsv', () => {
	it('starts with a BOM and the "Dòng" column, and quotes what needs quoting', () => {
		const csv = issuesToCsv([
			{ line: 7, column: 'Câu 9.1', value: '6', code: 'likert_out_of_scale', detail: '1–5' },
			{ line: 9, column: 'Đơn vị', value: 'Sở "Nội vụ", tỉnh', code: 'unknown_unit', detail: '' }
		]);
		expect(csv).toBe(
			'\ufeffDòng,Cột,Giá trị,Lỗi\r\n7,Câu 9.1,6,Ngoài thang đo 1–5\r\n9,Đơn vị,"Sở ""Nội vụ"", tỉnh",Không tìm thấy đơn vị này trong danh mục.\r\n'
		);
	});

	it('never exports a live formula', () => {
		const csv = issuesToCsv([
			{ line: 2, column: 'Mã phiếu', value: '=HYPERLINK("http://x","y")', code: 'duplicate_id', detail: '1' }
		]);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
	});

	it.each([
		['=1+1', "'=1+1"],
		['+84', "'+84"],
		['-5', "'-5"],
		['@SUM(A1)', "'@SUM(A1)"],
		['Hà Nội', 'Hà Nội'],
		['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>']
	])('neutralizeFormula(%j) → %j', (text, safe) => {
		expect(neutralizeFormula(text)).toBe(safe);
	});
});
