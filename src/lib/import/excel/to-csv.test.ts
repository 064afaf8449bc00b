import { describe, expect, test } from 'vitest';
import { RawNumber } from './cell-text';
import type { CellFacts } from './sheet-xml';
import { columnLetter, guessHeaderRow, rowsToCsv, type SheetCell } from './to-csv';

const n = (raw: string) => new RawNumber(raw);
const noFacts = (): CellFacts => ({ errors: [], uncached: [], percent: new Set(), merges: [] });

describe('columnLetter(column)', () => {
	test.each([
		[1, 'A'],
		[26, 'Z'],
		[27, 'AA'],
		[703, 'AAA']
	])('columnLetter(%i) is %s', (column, letter) => {
		expect(columnLetter(column)).toBe(letter);
	});
});

describe('guessHeaderRow(rows)', () => {
	test('passes over title rows and blank rows', () => {
		const rows: SheetCell[][] = [
			['UBND TỈNH QUẢNG NINH', null, null, null],
			[],
			['STT', 'Đơn vị', 'Điểm', 'Xếp hạng'],
			[n('1'), 'Hạ Long', n('91.25'), n('1')]
		];
		expect(guessHeaderRow(rows)).toBe(3);
	});

	test('a sheet with no row of two values has no header', () => {
		expect(guessHeaderRow([['Ghi chú'], [], ['Nguồn']])).toBeNull();
		expect(guessHeaderRow([])).toBeNull();
	});
});

describe('rowsToCsv(rows, facts, sheetName)', () => {
	test('one line per sheet row, blank rows as empty lines, leading empty columns kept', () => {
		const rows: SheetCell[][] = [
			[],
			[null, 'STT', 'Điểm'],
			[null, n('1'), n('85.319999999999993')],
			[null, null, null]
		];
		expect(rowsToCsv(rows, noFacts(), 'A')).toEqual({
			csv: '\n,STT,Điểm\n,1,85.32\n\n',
			notices: []
		});
	});

	test('values of every kind', () => {
		const rows: SheetCell[][] = [
			[
				'Hạ Long'.normalize('NFD'),
				n('0.30000000000000004'),
				new Date('2025-03-15T00:00:00Z'),
				true,
				false,
				7.5
			]
		];
		expect(rowsToCsv(rows, noFacts(), 'A').csv).toBe('Hạ Long,0.3,2025-03-15,TRUE,FALSE,7.5\n');
	});

	test('percent cells as Excel shows them, with a notice', () => {
		const facts = { ...noFacts(), percent: new Set(['B1']) };
		const { csv, notices } = rowsToCsv([[n('0.8532'), n('0.8532')]], facts, 'A');
		expect(csv).toBe('0.8532,85.32%\n');
		expect(notices).toEqual(['1 ô định dạng phần trăm được ghi như Excel hiển thị (ví dụ 85.32%): B1.']);
	});

	test('merged cells in the header and in the data are told apart; title merges pass silently', () => {
		const rows: SheetCell[][] = [
			['KẾT QUẢ CHỈ SỐ CCHC', null, null],
			['Đơn vị', 'Điểm', null],
			[null, 'Đạt', 'Tối đa'],
			['Hạ Long', n('91'), n('100')],
			[null, n('90'), n('100')]
		];
		const facts = { ...noFacts(), merges: ['A1:C1', 'A2:A3', 'B2:C2', 'A4:A5', 'B4:B4'] };
		expect(rowsToCsv(rows, facts, 'A').notices).toEqual([
			'Tiêu đề cột (dòng 2–3) có ô gộp: A2:A3, B2:C2. Giá trị của mỗi vùng gộp chỉ nằm ở ô đầu tiên (trên cùng, bên trái); các ô còn lại của vùng để trống.',
			'Phần dữ liệu có 1 vùng ô gộp: A4:A5. Giá trị chỉ nằm ở ô đầu tiên của mỗi vùng; các ô còn lại để trống.'
		]);
	});

	test('long cell lists are shortened', () => {
		const errors = Array.from({ length: 11 }, (_, i) => ({ ref: `C${i + 2}`, code: '#N/A' }));
		const [notice] = rowsToCsv([['x']], { ...noFacts(), errors }, 'A').notices;
		expect(notice).toMatch(
			/^11 ô có lỗi công thức được để trống: C2 \(#N\/A\), .*C9 \(#N\/A\) và 3 ô khác\./
		);
	});

	test('an empty sheet gives no lines and says so', () => {
		expect(rowsToCsv([], noFacts(), 'Trang 1')).toEqual({
			csv: '',
			notices: ['Trang tính “Trang 1” không có dữ liệu.']
		});
	});

	test('without the XML facts the conversion still runs and says what was not checked', () => {
		const { csv, notices } = rowsToCsv([['a', n('1')]], null, 'A');
		expect(csv).toBe('a,1\n');
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('không kiểm tra được ô lỗi, ô gộp và ô phần trăm');
	});
});
