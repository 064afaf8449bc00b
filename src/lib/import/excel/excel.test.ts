/*
 * The public API end to end on the fixtures of tests/fixtures/import/excel (written by
 * scripts/make-excel-fixtures.js): the expected lines below are what that script puts in each sheet.
 */
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ExcelImportError, listSheets, sheetToCsv } from './index';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/import/excel/${name}`));
const lines = (csv: string) => csv.split('\n');

/** A fixture with one part rewritten. */
function edited(name: string, part: string, edit: (xml: string) => string): Uint8Array {
	const files = unzipSync(fixture(name));
	files[part] = strToU8(edit(strFromU8(files[part]!)));
	return zipSync(files);
}

async function rejection(promise: Promise<unknown>): Promise<ExcelImportError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ExcelImportError);
	return error as ExcelImportError;
}

describe('listSheets(bytes)', () => {
	test('one sheet, with its rows up to the totals row', async () => {
		expect(await listSheets(fixture('par-quang-ninh.xlsx'))).toEqual([
			{ name: 'Chỉ số CCHC 2024', rows: 15 }
		]);
	});

	test('several sheets in workbook order, Vietnamese names intact', async () => {
		expect(await listSheets(fixture('khao-sat-hai-long.xlsx'))).toEqual([
			{ name: 'Ghi chú', rows: 3 },
			{ name: 'Dữ liệu khảo sát', rows: 11 }
		]);
	});

	test('a name with XML escapes', async () => {
		expect(await listSheets(fixture('cong-thuc-va-html.xlsx'))).toEqual([
			{ name: 'Nhập liệu & kiểm tra', rows: 16 }
		]);
	});
});

describe('sheetToCsv: PAR Index table (title rows, header, 10 units, totals row)', async () => {
	const { csv, notices } = await sheetToCsv(fixture('par-quang-ninh.xlsx'), 'Chỉ số CCHC 2024');

	test('line N is row N of the sheet, title rows and the blank row 3 kept', () => {
		expect(lines(csv).slice(0, 4)).toEqual([
			'UBND TỈNH QUẢNG NINH,,,,,,',
			'KẾT QUẢ CHỈ SỐ CCHC NĂM 2024,,,,,,',
			'',
			'STT,Đơn vị,Điểm đạt được,Điểm tối đa,Chỉ số (%),Xếp hạng,Ngày công bố'
		]);
	});

	test('data rows: NFC names, decimals without float noise, ISO dates', () => {
		expect(lines(csv).slice(4, 14)).toEqual([
			'1,Thành phố Hạ Long,91.25,100,91.25,1,2025-03-15',
			'2,Thành phố Móng Cái,88.4,100,88.4,2,2025-03-15',
			'3,Thành phố Cẩm Phả,86.75,100,86.75,4,2025-03-15',
			'4,Thành phố Uông Bí,87.1,100,87.1,3,2025-03-15',
			'5,Thị xã Đông Triều,85.32,100,85.32,5,2025-03-15',
			'6,Thị xã Quảng Yên,84.6,100,84.6,7,2025-03-15',
			'7,Huyện Vân Đồn,83.95,98.5,85.2284263959391,6,2025-03-15',
			'8,Huyện Tiên Yên,80.2,98.5,81.4213197969543,9,2025-03-15',
			'9,Huyện Hải Hà,82.05,100,82.05,8,2025-03-15',
			'10,Huyện Đầm Hà,79.48,98.5,80.6903553299492,10,2025-03-15'
		]);
		// Hạ Long is stored decomposed in the file.
		expect(lines(csv)[4]).toBe(lines(csv)[4]!.normalize('NFC'));
	});

	test('the totals row is kept, with the cached results of its formulas', () => {
		expect(lines(csv).slice(14)).toEqual([',Tổng cộng,849.1,995.5,85.2938221998996,,', '']);
	});

	test('merged title rows need no notice', () => {
		expect(notices).toEqual([]);
	});
});

describe('sheetToCsv: survey workbook, second sheet', async () => {
	const bytes = fixture('khao-sat-hai-long.xlsx');
	const { csv, notices } = await sheetToCsv(bytes, 'Dữ liệu khảo sát');

	test('an empty first row stays an empty first line; two header rows under merged cells', () => {
		expect(lines(csv).slice(0, 3)).toEqual([
			'',
			'STT,Giới tính,Ngày khảo sát,Mức độ hài lòng,,,Đồng ý công bố,Điểm TB,Thời điểm nhập',
			',,,Câu 1,Câu 2,Câu 3,,,'
		]);
	});

	test('answers as numbers and Likert labels, booleans, dates, times; error cells empty', () => {
		expect(lines(csv).slice(3, 9)).toEqual([
			'1,Nam,2024-10-05,5,Hài lòng,4,TRUE,4.5,2024-10-05 14:30:00',
			'2,Nữ,2024-10-05,4,Rất hài lòng,5,FALSE,4.5,2024-10-05 15:05:00',
			'3,Nữ,2024-10-07,3,Bình thường,,TRUE,,2024-10-07 08:00:00',
			'4,Nam,2024-10-07,2,Không hài lòng,3,TRUE,2.5,2024-10-07 09:45:00',
			'5,Nữ,2024-10-08,,Rất không hài lòng,,FALSE,,2024-10-08 10:10:00',
			'6,Nam,2024-10-08,5,Hài lòng,5,TRUE,5,2024-10-08 16:20:00'
		]);
	});

	test('the blank row 10 and the note on row 11 keep their lines', () => {
		expect(lines(csv).slice(9)).toEqual(['', 'Ghi chú: phiếu số 5 bỏ trống câu 1 và câu 3.,,,,,,,,', '']);
	});

	test('notices: merged header, error cells with their places, the joined Alt+Enter header', () => {
		expect(notices).toEqual([
			'Tiêu đề cột (dòng 2–3) có ô gộp: A2:A3, B2:B3, C2:C3, D2:F2, G2:G3, H2:H3, I2:I3. Giá trị của mỗi vùng gộp chỉ nằm ở ô đầu tiên (trên cùng, bên trái); các ô còn lại của vùng để trống.',
			'3 ô có lỗi công thức được để trống: F6 (#N/A), H6 (#N/A), H8 (#DIV/0!). Nếu các ô này cần có giá trị, hãy sửa công thức trong Excel rồi nhập lại.',
			'1 ô có xuống dòng trong ô (Alt+Enter) được nối thành một dòng: C2.'
		]);
	});

	test('the first sheet is read on its own', async () => {
		expect(await sheetToCsv(bytes, 'Ghi chú')).toEqual({
			csv: 'Phiếu khảo sát sự hài lòng (SIPAS) năm 2024,\nĐơn vị thực hiện: Sở Nội vụ tỉnh Quảng Ninh,\nSố phiếu hợp lệ,6\n',
			notices: []
		});
	});

	test('a sheet name stored decomposed is found by its NFC name', async () => {
		const nfd = edited('khao-sat-hai-long.xlsx', 'xl/workbook.xml', (xml) =>
			xml.replace('Ghi chú', 'Ghi chú'.normalize('NFD'))
		);
		expect((await listSheets(nfd))[0]!.name).toBe('Ghi chú');
		expect(lines((await sheetToCsv(nfd, 'Ghi chú')).csv)[2]).toBe('Số phiếu hợp lệ,6');
	});

	test('an unknown sheet name is refused with the names there are', async () => {
		const error = await rejection(sheetToCsv(bytes, 'Sheet1'));
		expect(error.code).toBe('sheet-not-found');
		expect(error.message).toBe(
			'Không có trang tính “Sheet1” trong tệp. Các trang tính có trong tệp: “Ghi chú”, “Dữ liệu khảo sát”.'
		);
	});
});

describe('sheetToCsv: formulas and markup stay inert text', async () => {
	const { csv, notices } = await sheetToCsv(fixture('cong-thuc-va-html.xlsx'), 'Nhập liệu & kiểm tra');

	test('every line as written in the fixture', () => {
		expect(lines(csv)).toEqual([
			'Trường hợp,Giá trị',
			'Công thức HYPERLINK,y',
			'Thẻ HTML,<img src=x onerror=alert(1)>',
			'Văn bản bắt đầu bằng =,=1+2',
			'Văn bản bắt đầu bằng +,+84 912 345 678',
			'Văn bản bắt đầu bằng -,-10%',
			'Văn bản bắt đầu bằng @,@SUM(A1:A2)',
			'Công thức chưa tính,',
			'"0,1 + 0,2",0.3',
			'Số rất nhỏ,0.00000015',
			'Số rất lớn,123456789012346000000',
			'Dấu phẩy và ngoặc kép,"Sở ""Nội vụ"", tỉnh Quảng Ninh"',
			'Khoảng trắng đầu cuối,"  Sở Tư pháp  "',
			'Số âm,-0.5',
			'Logic,TRUE',
			'Phần trăm,85.32%',
			''
		]);
	});

	test('a formula gives its saved result, never its text or its link', () => {
		expect(csv).not.toContain('HYPERLINK(');
		expect(lines(csv)[1]!.split(',')[1]).toBe('y');
		expect(csv).not.toContain('http://x');
	});

	test('notices: the formula without a result, the percent cell', () => {
		expect(notices).toEqual([
			'1 ô có công thức nhưng tệp không lưu sẵn kết quả nên được để trống: B8. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.',
			'1 ô định dạng phần trăm được ghi như Excel hiển thị (ví dụ 85.32%): B16.'
		]);
	});
});

describe('files that are refused, with a Vietnamese reason', () => {
	test('a broken ZIP named .xlsx', async () => {
		for (const call of [listSheets(fixture('hong.xlsx')), sheetToCsv(fixture('hong.xlsx'), 'Sheet1')]) {
			const error = await rejection(call);
			expect(error.code).toBe('broken');
			expect(error.message).toMatch(/^Tệp Excel bị hỏng hoặc chưa tải về hết nên không mở được\./);
		}
	});

	test('a legacy .xls', async () => {
		const error = await rejection(listSheets(fixture('excel-97-2003.xls')));
		expect(error.code).toBe('xls');
		expect(error.message).toMatch(/^Đây là tệp Excel 97–2003 \(\.xls\).*Lưu thành \(Save As\)/);
	});

	test('a password-protected workbook', async () => {
		const error = await rejection(listSheets(fixture('co-mat-khau.xlsx')));
		expect(error.code).toBe('encrypted');
		expect(error.message).toContain('được đặt mật khẩu');
	});

	test('a ZIP that is not a workbook', async () => {
		const docx = zipSync({
			'[Content_Types].xml': strToU8('<Types/>'),
			'word/document.xml': strToU8('<w/>')
		});
		expect((await rejection(listSheets(docx))).code).toBe('not-xlsx');
	});

	test('a workbook whose XML would be too large to hold in the tab', async () => {
		const files = unzipSync(fixture('par-quang-ninh.xlsx'));
		// Declared sizes are checked before anything is inflated: patch the declared size of one part.
		const bytes = zipSync(files);
		const view = new DataView(bytes.buffer);
		for (let p = 0; p + 46 < bytes.length; p++) {
			if (view.getUint32(p, true) === 0x02014b50) {
				const name = strFromU8(bytes.subarray(p + 46, p + 46 + view.getUint16(p + 28, true)));
				if (name === 'xl/worksheets/sheet1.xml') view.setUint32(p + 24, 300 * 1024 * 1024, true);
			}
		}
		const error = await rejection(listSheets(bytes));
		expect(error.code).toBe('too-large');
		expect(error.message).toMatch(
			/^Tệp Excel quá lớn để mở trong trình duyệt \(khoảng 300 MB.*tối đa 256 MB\)/
		);
	});
});
