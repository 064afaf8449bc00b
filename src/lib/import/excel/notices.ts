/*
 * The Vietnamese notices of an Excel import: what was changed on the way to CSV and where. Cell lists are
 * shortened ("F6, H6 và 12 ô khác") so a notice stays one readable sentence.
 */

const SHOWN = 8;

/** "F6, H6, H8" or "F6, …, B9 và 12 ô khác". */
export function listCells(refs: readonly string[]): string {
	if (refs.length <= SHOWN) return refs.join(', ');
	return `${refs.slice(0, SHOWN).join(', ')} và ${refs.length - SHOWN} ô khác`;
}

function rows(top: number, bottom: number): string {
	return top === bottom ? `dòng ${top}` : `dòng ${top}–${bottom}`;
}

export const notices = {
	errorCells: (cells: readonly { ref: string; code: string }[]) =>
		`${cells.length} ô có lỗi công thức được để trống: ${listCells(cells.map((c) => `${c.ref} (${c.code})`))}. Nếu các ô này cần có giá trị, hãy sửa công thức trong Excel rồi nhập lại.`,
	uncachedFormulas: (refs: readonly string[]) =>
		`${refs.length} ô có công thức nhưng tệp không lưu sẵn kết quả nên được để trống: ${listCells(refs)}. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`,
	mergedHeader: (top: number, bottom: number, ranges: readonly string[]) =>
		`Tiêu đề cột (${rows(top, bottom)}) có ô gộp: ${listCells(ranges)}. Giá trị của mỗi vùng gộp chỉ nằm ở ô đầu tiên (trên cùng, bên trái); các ô còn lại của vùng để trống.`,
	mergedData: (ranges: readonly string[]) =>
		`Phần dữ liệu có ${ranges.length} vùng ô gộp: ${listCells(ranges)}. Giá trị chỉ nằm ở ô đầu tiên của mỗi vùng; các ô còn lại để trống.`,
	joinedLines: (refs: readonly string[]) =>
		`${refs.length} ô có xuống dòng trong ô (Alt+Enter) được nối thành một dòng: ${listCells(refs)}.`,
	percent: (refs: readonly string[], example: string) =>
		`${refs.length} ô định dạng phần trăm được ghi như Excel hiển thị (ví dụ ${example}): ${listCells(refs)}.`,
	noScan: () =>
		'Trình duyệt này không giải nén được từng phần của tệp (thiếu DecompressionStream) nên không kiểm tra được ô lỗi, ô gộp và ô phần trăm: ô lỗi để trống, ô phần trăm ghi dạng số thập phân (0.8532 thay vì 85.32%). Hãy dùng Chrome, Edge hoặc Firefox bản mới.',
	emptySheet: (name: string) => `Trang tính “${name}” không có dữ liệu.`
};
