import type { Lang } from '$lib/format/locale';

/*
 * What can be wrong with a cell or a line, as codes shared by both validation paths (JavaScript for small
 * files, SQL in DuckDB for large ones). A test feeds the same files to both and compares these tuples.
 */

export const ISSUE_CODES = [
	'required',
	'not_a_number',
	'not_an_integer',
	'not_a_date',
	'year_date_missing',
	'year_date_invalid',
	'year_date_out_of_range',
	'date_year_mismatch',
	'out_of_range',
	'not_likert',
	'likert_out_of_scale',
	'duplicate_id',
	'unknown_unit',
	'ambiguous_unit',
	'unit_not_valid',
	'field_count',
	'unclosed_quote',
	'invalid_utf8',
	'nul_char',
	'record_too_long',
	'unknown_component',
	'ambiguous_component',
	'duplicate_component',
	'duplicate_unit_year',
	'already_imported',
	'out_of_version_range',
	'component_not_in_version',
	'total_mismatch'
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Codes that warn about data quality without rejecting the row: it is loaded, and the warning is kept with
 * the import (`import_errors`, told apart by its code) so that later pages can show it.
 */
export const WARNING_CODES: readonly IssueCode[] = ['total_mismatch', 'date_year_mismatch'];

export function isWarning(code: IssueCode): boolean {
	return WARNING_CODES.includes(code);
}

/** One problem: the line in the file (header = line 1), the column as written, the value as written. */
export interface ImportIssue {
	line: number;
	column: string;
	value: string;
	code: IssueCode;
	/** Parameters of the message: "1–5", the other line of a duplicate, a successor's name… */
	detail: string;
}

const MESSAGES: Record<Lang, Record<IssueCode, string>> = {
	vi: {
		required: 'Ô bắt buộc đang để trống',
		not_a_number: 'Không phải là số theo định dạng của cột ({detail})',
		not_an_integer: 'Không phải là số nguyên',
		not_a_date: 'Không phải là ngày theo dạng ngày/tháng/năm (ví dụ 05/12/2024)',
		year_date_missing:
			'Ô ngày để trống nên dòng này không có năm khảo sát: tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này',
		year_date_invalid:
			'Không đọc được ngày (cần dạng ngày/tháng/năm, ví dụ 05/12/2024) nên dòng này không có năm khảo sát: tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này',
		year_date_out_of_range:
			'Năm của ngày này ngoài khoảng cho phép của năm khảo sát ({detail}): tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này',
		date_year_mismatch:
			'Cảnh báo: ngày này không thuộc năm khảo sát {detail} của dòng; dòng vẫn được nạp, với năm {detail}',
		out_of_range: 'Ngoài khoảng cho phép {detail}',
		not_likert:
			'Không phải câu trả lời hợp lệ: dùng số {detail} hoặc nhãn "Rất không hài lòng" … "Rất hài lòng"',
		likert_out_of_scale: 'Ngoài thang đo {detail}',
		duplicate_id: 'Mã phiếu trùng với dòng {detail}',
		unknown_unit: 'Không tìm thấy đơn vị này trong danh mục. {detail}',
		ambiguous_unit: 'Tên đơn vị khớp với nhiều đơn vị: {detail}',
		unit_not_valid: 'Đơn vị không còn tồn tại vào năm của dòng này ({detail})',
		field_count: 'Số ô của dòng khác số cột của tiêu đề ({detail})',
		unclosed_quote: 'Dấu ngoặc kép mở nhưng không đóng: dòng cuối tệp bị cắt?',
		invalid_utf8:
			'Ô có byte không phải chữ Unicode (UTF-8), hiện thành �: dòng này có lẽ được ghép từ một tệp lưu bằng bảng mã khác (Windows-1258/ANSI, TCVN3, VNI), hoặc tệp bị cắt giữa chừng. Hãy gõ lại ô này, hoặc chuyển tệp gốc sang Unicode (ví dụ bằng Unikey) rồi chép lại',
		nul_char:
			'Ô có ký tự NUL (byte 0, hiện thành ␀), không phải chữ: tệp có thể bị hỏng ở dòng này. Hãy xóa ký tự này hoặc xuất lại tệp',
		record_too_long:
			'Dòng dài hơn 1 triệu byte: tệp có thể bị hỏng, hoặc một dấu ngoặc kép mở mà không đóng nên nhiều dòng dính vào nhau',
		unknown_component: 'Không phải thành phần của chỉ số này. {detail}',
		ambiguous_component: 'Tên thành phần khớp với nhiều thành phần, hãy ghi mã: {detail}',
		duplicate_component: 'Đơn vị, năm và thành phần trùng với dòng {detail}',
		duplicate_unit_year: 'Đơn vị và năm trùng với dòng {detail}',
		already_imported:
			'Trùng với dữ liệu đã nhập ở lần nhập số {detail}. Nếu tệp này thay thế lần nhập đó, hãy xóa lần nhập đó trong Lịch sử nhập rồi kiểm tra lại',
		out_of_version_range: 'Ngoài khoảng cho phép theo phương pháp của năm này: {detail}',
		component_not_in_version: 'Phương pháp của năm này không có thành phần này ({detail})',
		total_mismatch: 'Cảnh báo: giá trị tổng không khớp với các thành phần. {detail}'
	},
	en: {
		required: 'Required cell is empty',
		not_a_number: "Not a number in this column's format ({detail})",
		not_an_integer: 'Not a whole number',
		not_a_date: 'Not a date written day/month/year (e.g. 05/12/2024)',
		year_date_missing:
			"The date is empty, so this row has no survey year: the file has no year column, and each row's year is taken from this date column",
		year_date_invalid:
			"Not a date written day/month/year (e.g. 05/12/2024), so this row has no survey year: the file has no year column, and each row's year is taken from this date column",
		year_date_out_of_range:
			"The year of this date is outside the survey years allowed ({detail}): the file has no year column, and each row's year is taken from this date column",
		date_year_mismatch:
			"Warning: this date is not in the row's survey year {detail}; the row is loaded, with the year {detail}",
		out_of_range: 'Outside the allowed range {detail}',
		not_likert: 'Not a valid answer: use {detail} or the labels "Rất không hài lòng" … "Rất hài lòng"',
		likert_out_of_scale: 'Outside the scale {detail}',
		duplicate_id: 'Respondent id repeats line {detail}',
		unknown_unit: 'Unit not found in the registry. {detail}',
		ambiguous_unit: 'Unit name matches several units: {detail}',
		unit_not_valid: 'Unit no longer exists in the year of this row ({detail})',
		field_count: 'The line has a different number of cells than the header ({detail})',
		unclosed_quote: 'A quote is opened and never closed: was the last line cut off?',
		invalid_utf8:
			'The cell has bytes that are not Unicode (UTF-8) text, shown as �: the line was probably joined from a file saved in another encoding (Windows-1258/ANSI, TCVN3, VNI), or the file was cut off. Retype the cell, or convert the source file to Unicode (with Unikey, say) and copy it again',
		nul_char:
			'The cell holds a NUL character (byte 0, shown as ␀), which is not text: the file may be damaged on this line. Delete the character or export the file again',
		record_too_long:
			'The line is longer than a million bytes: the file may be damaged, or a quote was opened and never closed so that many lines ran together',
		unknown_component: 'Not a component of this index. {detail}',
		ambiguous_component: 'Component name matches several components, write the code: {detail}',
		duplicate_component: 'Same unit, year and component as line {detail}',
		duplicate_unit_year: 'Same unit and year as line {detail}',
		already_imported:
			'Already loaded by import no. {detail}. If this file replaces that import, remove it in the import history and check again',
		out_of_version_range: 'Outside the range of the method in force that year: {detail}',
		component_not_in_version: 'The method in force that year has no such component ({detail})',
		total_mismatch: 'Warning: the total does not agree with its components. {detail}'
	}
};

export function issueMessage(issue: Pick<ImportIssue, 'code' | 'detail'>, lang: Lang = 'vi'): string {
	return MESSAGES[lang][issue.code].replaceAll('{detail}', issue.detail).trim();
}

/** Stable order for reports and comparisons: by line, then column, then code. */
export function compareIssues(a: ImportIssue, b: ImportIssue): number {
	return a.line - b.line || a.column.localeCompare(b.column) || a.code.localeCompare(b.code);
}
