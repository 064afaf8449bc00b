/*
 * Why an Excel file cannot be read, as data (`code`) and as a Vietnamese sentence that says what to do
 * (`message`), so the import screen shows the message and tests check the code.
 */

export type ExcelErrorCode =
	'xls' | 'encrypted' | 'xlsb' | 'broken' | 'not-xlsx' | 'too-large' | 'unreadable' | 'sheet-not-found';

const SAVE_AS =
	'Hãy mở tệp trong Excel, chọn Lưu thành (Save As) → “Sổ làm việc Excel (*.xlsx)” hoặc “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên tệp mới.';

const MESSAGES: Record<Exclude<ExcelErrorCode, 'too-large' | 'sheet-not-found'>, string> = {
	xls: `Đây là tệp Excel 97–2003 (.xls), định dạng cũ mà chiso không đọc được. ${SAVE_AS}`,
	encrypted:
		'Tệp Excel này được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi tải lên.',
	xlsb: `Đây là sổ làm việc nhị phân của Excel (.xlsb), chiso không đọc được. ${SAVE_AS}`,
	broken: `Tệp Excel bị hỏng hoặc chưa tải về hết nên không mở được. ${SAVE_AS}`,
	'not-xlsx': `Tệp không phải sổ làm việc Excel (.xlsx): bên trong không có trang tính nào. ${SAVE_AS}`,
	unreadable: `Nội dung tệp Excel không hợp lệ nên không đọc được. ${SAVE_AS}`
};

export class ExcelImportError extends Error {
	readonly code: ExcelErrorCode;

	constructor(code: ExcelErrorCode, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'ExcelImportError';
		this.code = code;
	}
}

/** The error for a code whose message needs no detail. */
export function excelError(code: keyof typeof MESSAGES, cause?: unknown): ExcelImportError {
	return new ExcelImportError(code, MESSAGES[code], { cause });
}

export function tooLargeError(unpackedBytes: number, limitBytes: number): ExcelImportError {
	const mb = (n: number) => Math.round(n / 1024 / 1024);
	return new ExcelImportError(
		'too-large',
		`Tệp Excel quá lớn để mở trong trình duyệt (khoảng ${mb(unpackedBytes)} MB dữ liệu sau khi giải nén, tối đa ${mb(limitBytes)} MB). Hãy lưu trang tính thành CSV UTF-8 rồi tải lên tệp CSV: chiso đọc được tệp CSV lớn.`
	);
}

export function sheetNotFoundError(name: string, available: string[]): ExcelImportError {
	return new ExcelImportError(
		'sheet-not-found',
		`Không có trang tính “${name}” trong tệp. Các trang tính có trong tệp: ${available.map((n) => `“${n}”`).join(', ')}.`
	);
}
