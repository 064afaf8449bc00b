import { describe, expect, it } from 'vitest';
import { dateKind, detectDateColumn, parseDate } from './dates';
import { isValueError } from './value-error';

describe('parseDate', () => {
	it.each([
		['15/03/2025', '2025-03-15'],
		['5/3/2025', '2025-03-05'],
		['15-03-2025', '2025-03-15'],
		['15.03.2025', '2025-03-15'],
		[' 01/12/2024 ', '2024-12-01'],
		['29/02/2024', '2024-02-29'], // leap year
		['2025-03-15', '2025-03-15'],
		['2025/3/5', '2025-03-05'],
		['15/03/2025 08:30', '2025-03-15T08:30:00'],
		['15/03/2025 8:30:12', '2025-03-15T08:30:12'],
		['2025-03-15T23:59:59', '2025-03-15T23:59:59'],
		['2024', '2024']
	])('parseDate(%j) = %j', (text, expected) => {
		expect(parseDate(text)).toBe(expected);
	});

	it.each(['', '  ', '-', 'N/A', 'không trả lời'])('parseDate(%j) = null', (text) => {
		expect(parseDate(text)).toBeNull();
	});

	it.each([
		// month first is never assumed: 03/25/2025 is not the 3rd of the 25th month
		[
			'03/25/2025',
			'Tháng 25 không tồn tại; có thể tệp ghi tháng trước ngày (kiểu Mỹ), chiso chỉ đọc ngày/tháng/năm'
		],
		['13/25/2024', 'Tháng 25 không tồn tại'],
		['31/02/2024', 'Ngày 31/2/2024 không tồn tại'],
		['29/02/2023', 'Ngày 29/2/2023 không tồn tại'],
		['00/01/2024', 'Ngày 0/1/2024 không tồn tại'],
		['2025-13-01', 'Tháng 13 không tồn tại'],
		['15/03/2025 25:00', 'Giờ 25:00 không hợp lệ'],
		['15/03/25', 'Năm phải có đủ 4 chữ số (ví dụ 15/03/2025)'],
		['15/03-2025', 'Không phải ngày (chiso đọc ngày/tháng/năm hoặc năm-tháng-ngày)'],
		['ngày 15 tháng 3', 'Không phải ngày (chiso đọc ngày/tháng/năm hoặc năm-tháng-ngày)'],
		['45000', 'Không phải ngày (chiso đọc ngày/tháng/năm hoặc năm-tháng-ngày)'] // an Excel serial day
	])('parseDate(%j) is an error: %s', (text, reason) => {
		const result = parseDate(text);
		expect(isValueError(result) && result.reason).toBe(reason);
	});
});

describe('dateKind', () => {
	it.each([
		['15/03/2025', 'dmy'],
		['31/02/2024', 'dmy'], // the shape, whether or not the day exists
		['2025-03-15', 'iso'],
		['2024', 'year'],
		['15/03/25', null],
		['Hà Nội', null]
	])('dateKind(%j) = %j', (text, expected) => {
		expect(dateKind(text)).toBe(expected);
	});
});

describe('detectDateColumn', () => {
	it.each([
		[['15/03/2025', '16/03/2025', ''], { format: 'dmy', parsed: 2, failed: 0, monthFirst: null }],
		[['2025-03-15', '2025-03-16'], { format: 'iso', parsed: 2, failed: 0, monthFirst: null }],
		[['2023', '2024'], { format: 'year', parsed: 2, failed: 0, monthFirst: null }],
		[['15/03/2025', '2025-03-16'], { format: 'mixed', parsed: 2, failed: 0, monthFirst: null }],
		[['15/03/2025', '2024'], { format: 'dmy', parsed: 2, failed: 0, monthFirst: null }],
		// a US export: the values with a day above 12 give it away
		[
			['03/12/2025', '03/25/2025', '04/30/2025', '13/25/2024'],
			{ format: 'dmy', parsed: 1, failed: 3, monthFirst: { count: 3, example: '03/25/2025' } }
		],
		[[], { format: null, parsed: 0, failed: 0, monthFirst: null }]
	])('detectDateColumn(%j)', (values, expected) => {
		expect(detectDateColumn(values)).toEqual(expected);
	});
});
