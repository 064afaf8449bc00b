import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from './encoding';
import { SniffResultSchema, type SniffResult } from './schema';
import { sniffFile } from './sniff';

/** A fixture written by scripts/make-import-fixtures.js (or by hand: survey-likert.csv). */
function fixture(name: string): SniffResult {
	const bytes = new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));
	const result = sniffFile(bytes, name);
	// The result is what the schema says (it is kept in import history and posted to workers).
	expect(SniffResultSchema.parse(result)).toEqual(result);
	return result;
}

const messages = (list: { message: string }[]) => list.map((n) => n.message);
const text = (value: string) => new TextEncoder().encode(value);

/** The province table the legacy-encoding fixtures hold, once decoded. */
const SCORES_HEADER = ['Tỉnh/thành phố', 'Vùng', 'Điểm SIPAS', 'Xếp hạng'];

describe('sniffFile on the fixture files: what the user sees', () => {
	it('windows-1258.csv: converted from Windows-1258, decimal points', () => {
		const r = fixture('windows-1258.csv');
		expect(r.encoding).toMatchObject({
			status: 'text',
			label: 'Windows-1258',
			confidence: 'high',
			transcode: true
		});
		expect(messages(r.notices)).toEqual([
			'Tệp được lưu bằng bảng mã Windows-1258; chiso đã chuyển sang Unicode.',
			'Số được ghi với dấu chấm ngăn phần thập phân (ví dụ “85.32”), không theo kiểu Việt Nam.'
		]);
		expect(r.problems).toEqual([]);
		expect(r.layout?.header?.names).toEqual(SCORES_HEADER);
		expect(r.columns[0]?.samples).toEqual([
			'Hà Nội',
			'Quảng Ninh',
			'Thừa Thiên Huế',
			'Đắk Lắk',
			'Bà Rịa - Vũng Tàu'
		]);
		expect(r.lineEnding).toBe('crlf');
		expect(r.rowCount).toEqual({ value: 6, exact: true });
	});

	it('utf16le-bom.txt: Excel "Unicode Text", tab-separated, decimal commas', () => {
		const r = fixture('utf16le-bom.txt');
		expect(r.encoding).toMatchObject({ label: 'UTF-16 LE', bom: true, transcode: true });
		expect(r.delimiter?.delimiter).toBe('\t');
		expect(messages(r.notices)).toEqual([
			'Tệp được lưu bằng Unicode UTF-16 LE (thường do Excel lưu dạng “Unicode Text”); chiso đọc được trực tiếp.',
			'Dấu phân cách cột: dấu tab.',
			'Số được ghi theo kiểu Việt Nam: dấu phẩy ngăn phần thập phân (ví dụ “85,32”).'
		]);
		expect(r.layout?.header?.names).toEqual(SCORES_HEADER);
		expect(r.columns.map((c) => c.kind)).toEqual(['text', 'text', 'number', 'number']);
	});

	it('utf16be-bom.csv: UTF-16 big-endian with a BOM', () => {
		const r = fixture('utf16be-bom.csv');
		expect(r.encoding).toMatchObject({ label: 'UTF-16 BE', bom: true });
		expect(messages(r.notices)[0]).toBe(
			'Tệp được lưu bằng Unicode UTF-16 BE (thường do Excel lưu dạng “Unicode Text”); chiso đọc được trực tiếp.'
		);
		expect(r.layout?.header?.names).toEqual(SCORES_HEADER);
		expect(r.rowCount.value).toBe(6);
	});

	it.each(['tcvn3.csv', 'tcvn3-saved-as-utf8.csv'])(
		'%s: TCVN3 (.VnTime) converted, capitals of the title kept',
		(name) => {
			const r = fixture(name);
			expect(r.encoding.status === 'text' && r.encoding.encoding.repair).toBe('tcvn3');
			const encodingNotice =
				name === 'tcvn3.csv'
					? 'Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); chiso đã chuyển sang Unicode. Hãy kiểm tra chữ in hoa có dấu (phông .VnTimeH) ở phần xem trước.'
					: 'Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) rồi lưu lại bằng Unicode (UTF-8); chiso đã chuyển sang Unicode. Hãy kiểm tra chữ in hoa có dấu (phông .VnTimeH) ở phần xem trước.';
			expect(messages(r.notices)).toEqual([
				encodingNotice,
				'Bỏ qua dòng 1–3 (tiêu đề)',
				'Số được ghi theo kiểu Việt Nam: dấu phẩy ngăn phần thập phân (ví dụ “91,43”).'
			]);
			expect(r.layout?.skipped.map((s) => s.text)).toEqual([
				'UBND TỈNH QUẢNG NINH',
				'BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
				''
			]);
			expect(r.layout?.header?.names).toEqual(['STT', 'Đơn vị', 'Điểm', 'Xếp loại']);
			expect(r.columns[1]?.samples).toEqual([
				'Sở Nội vụ',
				'Sở Tài chính',
				'Sở Giáo dục và Đào tạo',
				'UBND huyện Vân Đồn',
				'UBND thị xã Đông Triều'
			]);
			expect(r.columns[3]?.samples).toEqual(['Xuất sắc', 'Tốt', 'Khá']);
		}
	);

	it('vni.csv: VNI-Times converted, capitals with tones included', () => {
		const r = fixture('vni.csv');
		expect(r.encoding).toMatchObject({ label: 'VNI-Windows', confidence: 'high' });
		expect(messages(r.notices)).toEqual([
			'Tệp được gõ bằng bảng mã VNI (phông VNI-Times); chiso đã chuyển sang Unicode.',
			'Bỏ qua dòng 1 (tiêu đề)',
			'Số được ghi với dấu chấm ngăn phần thập phân (ví dụ “85.32”), không theo kiểu Việt Nam.'
		]);
		expect(r.layout?.skipped[0]?.text).toBe('KẾT QUẢ CHỈ SỐ SIPAS NĂM 2024');
		expect(r.layout?.header?.names).toEqual(SCORES_HEADER);
		expect(r.columns[1]?.samples).toContain('Bắc Trung Bộ và Duyên hải miền Trung');
	});

	it('semicolon-decimal-comma.csv: semicolons, thousands dots settled by the file, percent signs', () => {
		const r = fixture('semicolon-decimal-comma.csv');
		expect(r.delimiter?.delimiter).toBe(';');
		expect(messages(r.notices)).toEqual([
			'Dấu phân cách cột: dấu chấm phẩy (;).',
			'Số được ghi theo kiểu Việt Nam: dấu phẩy ngăn phần thập phân (ví dụ “90,61%”).',
			'Cột “Tỷ lệ hài lòng” ghi số kèm dấu %; chiso bỏ dấu % và giữ nguyên giá trị (ví dụ 90,61% → 90,61).'
		]);
		const votes = r.columns.find((c) => c.label === 'Số phiếu');
		// "1.234" alone could be 1234 or 1.234: the decimal commas of the other columns settle it
		expect(votes?.numberFormat).toMatchObject({
			basis: 'file',
			ambiguous: false,
			format: { decimal: ',', thousands: '.' }
		});
		const change = r.columns.find((c) => c.label === 'Thay đổi');
		// "(0,42)" and "-0,8": both read as negatives; with one of each the format names the minus sign
		expect(change?.numberFormat?.format.negative).toBe('minus');
		expect(change?.invalidCount).toBe(0);
		expect([change?.present, change?.missing]).toEqual([4, 1]); // "–" is missing
	});

	it('excel-export-titles-totals.csv: titles, a two-row header, column numbers, groups, totals and notes', () => {
		const r = fixture('excel-export-titles-totals.csv');
		expect(messages(r.notices)).toEqual([
			'Bỏ qua dòng 1–5 (tiêu đề), dòng 8 (dòng đánh số cột), dòng 9, 14 (dòng tên nhóm), dòng 18–19 (dòng tổng cộng) và dòng 20–26 (ghi chú, chữ ký)',
			'Tên cột nằm trên hai dòng (dòng 6 và 7); chiso ghép lại, ví dụ “Kết quả - Tỷ lệ hài lòng (%)”.',
			'Số được ghi theo kiểu Việt Nam: dấu phẩy ngăn phần thập phân (ví dụ “91,43”).'
		]);
		expect(r.problems).toEqual([]);
		expect(r.layout).toMatchObject({ firstDataLine: 10, lastDataLine: 16, dataRowCount: 6, columnCount: 6 });
		expect(r.layout?.header?.names).toEqual([
			'STT',
			'Đơn vị',
			'Số phiếu',
			'Kết quả - Tỷ lệ hài lòng (%)',
			'Kết quả - Xếp hạng',
			'Ghi chú'
		]);
		expect(r.columns.map((c) => c.kind)).toEqual(['number', 'text', 'number', 'number', 'number', 'text']);
		// the cell with a line break in it belongs to the record that starts on line 16
		expect(r.columns[5]?.samples).toEqual(['Khảo sát bổ sung\r\ntháng 12']);
	});

	it('survey-likert.csv: Likert answers as labels and numbers, a date written month first', () => {
		const r = fixture('survey-likert.csv');
		expect(messages(r.notices)).toEqual([
			'Cột “Ngày khảo sát” có giá trị như “03/25/2025”: không thể là ngày/tháng/năm (có thể tệp ghi tháng trước ngày). chiso chỉ đọc ngày/tháng/năm; hãy sửa cột này.'
		]);
		expect(r.columns.map((c) => [c.label, c.kind, c.likert?.scale ?? null])).toEqual([
			['Mã phiếu', 'text', null],
			['Ngày khảo sát', 'date', null],
			['Đơn vị', 'text', null],
			['Giới tính', 'text', null],
			['Câu 9.1', 'likert', 'satisfaction-5'],
			['Câu 9.2', 'likert', 'satisfaction-5'],
			['Câu 9.3', 'likert', 'satisfaction-5'],
			['Câu 1.1', 'likert', 'interest-4']
		]);
		const q91 = r.columns[4];
		expect([q91?.present, q91?.missing]).toEqual([10, 2]); // "không trả lời" and "Không biết" are missing
		expect(q91?.invalid).toEqual([
			{ line: 9, text: 'Rất tốt', reason: 'Không phải câu trả lời của thang 1–5 (Câu 9 (mức độ hài lòng))' }
		]);
		expect(r.columns[6]?.invalid).toEqual([
			{ line: 10, text: '5 - Hài lòng', reason: 'Số 5 không khớp với nhãn “Hài lòng” (nhãn này là 4)' }
		]);
	});

	it('html-export.xls: a web page saved with an Excel name is explained, not imported', () => {
		const r = fixture('html-export.xls');
		expect(messages(r.problems)).toEqual([
			'Đây là trang HTML (thường là bảng do phần mềm “xuất ra Excel”), không phải tệp CSV. Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)”.'
		]);
		expect(r.columns).toEqual([]);
	});

	it('xlsx-renamed.csv: an Excel workbook named .csv', () => {
		const r = fixture('xlsx-renamed.csv');
		expect(r.encoding).toMatchObject({ status: 'binary', format: 'xlsx' });
		expect(messages(r.problems)).toEqual([
			'Tệp “xlsx-renamed.csv” có đuôi .csv nhưng không phải tệp CSV. Đây là tệp Excel (.xlsx), không phải tệp văn bản CSV. Hãy mở tệp, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên tệp CSV đó.'
		]);
	});

	it('binary.csv: bytes that are not text', () => {
		const r = fixture('binary.csv');
		expect(messages(r.problems)).toEqual([
			'Tệp “binary.csv” có đuôi .csv nhưng không phải tệp CSV. Tệp không phải tệp văn bản (có byte rỗng hoặc ký tự điều khiển): có thể là tệp nén, tệp Excel hoặc tệp bị hỏng. Hãy tải lên tệp CSV.'
		]);
		expect([r.layout, r.delimiter, r.notices]).toEqual([null, null, []]);
	});

	it.each([
		['empty.csv', 'Tệp rỗng (0 byte): không có dữ liệu để nhập.'],
		['bom-only.csv', 'Tệp chỉ có dấu BOM của UTF-8, không có dữ liệu.'],
		['whitespace-only.csv', 'Tệp chỉ có khoảng trắng và dòng trống, không có dữ liệu.']
	])('%s: %s', (name, message) => {
		const r = fixture(name);
		expect(r.encoding.status).toBe('empty');
		expect(r.problems).toEqual([{ code: 'empty', message }]);
	});

	it('the legacy fixtures decode to the same table as the UTF-16 one', () => {
		const read = (name: string) => {
			const bytes = new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));
			const r = sniffFile(bytes, name);
			if (r.encoding.status !== 'text') throw new Error(name);
			return decode(bytes, r.encoding.encoding).replaceAll('\r\n', '\n');
		};
		const reference = read('utf16be-bom.csv');
		expect(read('windows-1258.csv')).toBe(reference);
		expect(read('vni.csv')).toBe(`KẾT QUẢ CHỈ SỐ SIPAS NĂM 2024,,,\n${reference}`);
	});
});

describe('sniffFile on generated text', () => {
	it('a clean UTF-8 comma file has nothing to tell', () => {
		const r = sniffFile(text('Tỉnh,Điểm\nHà Nội,85\nHuế,80\n'), 'diem.csv');
		expect(r.notices).toEqual([]);
		expect(r.problems).toEqual([]);
		expect(r.columns.map((c) => [c.letter, c.name, c.kind])).toEqual([
			['A', 'Tỉnh', 'text'],
			['B', 'Điểm', 'number']
		]);
	});

	it('warns about a column that truly cannot tell "1.234" from 1,234', () => {
		const r = sniffFile(text('Tỉnh,Số phiếu\nHà Nội,1.234\nHuế,2.500\nVinh,870\n'), 'phieu.csv');
		expect(messages(r.notices)).toEqual([
			'Cột “Số phiếu”: không rõ “1.234” là 1234 hay 1,234 vì cột không có giá trị nào khác để phân biệt; chiso tạm đọc theo kiểu Việt Nam (1234). Hãy kiểm tra.'
		]);
		expect(r.columns[1]?.numberFormat?.ambiguous).toBe(true);
	});

	it('reports an unclosed quote as a problem with its line', () => {
		const r = sniffFile(text('Tỉnh,Ghi chú\nHà Nội,"chưa đóng\nHuế,x\nVinh,y\n'), 'q.csv');
		expect(r.problems).toEqual([
			{
				code: 'unclosed-quote',
				lines: [2],
				message:
					'Dòng 2: một ô mở dấu ngoặc kép (") mà không đóng, nên phần còn lại của tệp bị gộp vào một ô. Hãy sửa ô đó trong tệp (thường do một dấu " lẻ).'
			}
		]);
	});

	it('reports a header without data rows', () => {
		const r = sniffFile(text('Tỉnh,Điểm,Hạng\n'), 'rong.csv');
		expect(messages(r.problems)).toEqual(['Không tìm thấy dòng dữ liệu nào trong tệp.']);
	});

	it('tells about lost letters, decomposed text, a misleading extension and column names', () => {
		const nfd = 'Tên,Tên,,Điểm\nH? N?i,Qu?ng Ninh,x,85\nHa\u0300 No\u0323\u0302i,B,y,80\n';
		const r = sniffFile(text(nfd), 'bang.xlsx');
		expect(messages(r.notices)).toEqual([
			'Có 3 chữ bị mất dấu (thay bằng “?” hoặc “�”, ví dụ “H?”): tệp có thể đã được lưu bằng bảng mã không có chữ tiếng Việt. Hãy lưu lại từ Excel dạng “CSV UTF-8”.',
			'Chữ có dấu trong tệp ở dạng tổ hợp (NFD); chiso đã chuẩn hoá sang dạng dựng sẵn (NFC) để so khớp tên.',
			'Tệp có đuôi .xlsx nhưng là tệp văn bản; chiso đọc như tệp CSV.',
			'Cột C có dữ liệu nhưng không có tên.',
			'Tên cột bị trùng: “Tên” (cột A, B).'
		]);
		expect(r.columns[0]?.samples).toEqual(['H? N?i', 'Hà Nội']);
	});

	it('reports rows with more cells than names, and a one-column file', () => {
		const ragged = sniffFile(text('Tỉnh,Điểm\nHà Nội,85\nHuế,80,lạc\nVinh,70\n'), 'a.csv');
		expect(messages(ragged.notices)).toEqual([
			'Dấu phân cách cột: dấu phẩy (,). chiso không chắc chắn, hãy kiểm tra phần xem trước.',
			'Cột C có dữ liệu nhưng không có tên.',
			'1 dòng có nhiều ô hơn số tên cột (2 cột), ví dụ dòng 3.'
		]);
		const single = sniffFile(text('Tỉnh\nHà Nội\nHuế\n'), 'b.csv');
		expect(messages(single.notices)).toEqual([
			'Không tìm thấy dấu phân cách cột: tệp có vẻ chỉ có một cột.',
			'Tệp chỉ có một cột: hãy kiểm tra dấu phân cách, hoặc xem tệp có đúng là bảng số liệu không.'
		]);
	});

	it('reads only the start and the end of a large file, with exact line numbers and an estimated count', () => {
		const rows = Array.from(
			{ length: 40_000 },
			(_, i) => `${i + 1},Đơn vị số ${i + 1},"${80 + (i % 20)},5",${(i % 5) + 1}`
		);
		const lines = [
			'UBND TỈNH THANH HÓA,,,',
			',,,',
			'STT,Đơn vị,Điểm,Câu 1',
			...rows,
			'Tổng cộng,,,',
			'Người lập biểu,,,'
		];
		const bytes = text(`${lines.join('\r\n')}\r\n`);
		const r = sniffFile(bytes, 'lon.csv', { headBytes: 64 << 10, tailBytes: 8 << 10 });
		expect(r.sampled).toBe(true);
		expect(r.layout).toMatchObject({ firstDataLine: 4, lastDataLine: 40_003 });
		expect(r.layout?.skipped.map((s) => [s.line, s.reason])).toEqual([
			[1, 'title'],
			[2, 'blank'],
			[40_004, 'total'],
			[40_005, 'note']
		]);
		expect(r.rowCount.exact).toBe(false);
		expect(Math.abs(r.rowCount.value - 40_000)).toBeLessThan(200);
		expect(messages(r.notices)[0]).toMatch(
			/^Tệp lớn \(1,\d MB\): chiso đoán định dạng từ phần đầu và phần cuối tệp; số dòng dữ liệu \(khoảng 40\.\d{3}\) là ước tính\.$/
		);
		expect(r.columns.map((c) => c.kind)).toEqual(['number', 'text', 'number', 'likert']);
	});
});

describe('sniffFile with a known decimal mark', () => {
	const text = 'Tỉnh,Năm,Điểm\nHà Nội,2024,1.234\nHuế,2024,5.678\nCần Thơ,2024,12.500\n';
	const bytes = new TextEncoder().encode(text);

	it('reads "1.234" the vi-VN way when nothing in the file tells, and says so', () => {
		const result = sniffFile(bytes, 'diem.csv');
		const points = result.columns[2]!.numberFormat!;
		expect(points.ambiguous).toBe(true);
		expect(points.format.decimal).toBe(',');
		expect(result.notices.map((n) => n.code)).toContain('ambiguous-numbers');
	});

	it('reads it with a decimal point when the file came from an Excel sheet', () => {
		const result = sniffFile(bytes, 'diem.csv', { decimal: '.' });
		const points = result.columns[2]!.numberFormat!;
		expect(points.ambiguous).toBe(false);
		expect(points.basis).toBe('file');
		expect(points.format.decimal).toBe('.');
		expect(result.notices.map((n) => n.code)).not.toContain('ambiguous-numbers');
	});
});
