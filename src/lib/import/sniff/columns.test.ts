import { describe, expect, it } from 'vitest';
import { columnLabel, columnLetter, describeColumn, type Cell } from './columns';

const cells = (...texts: string[]): Cell[] => texts.map((text, i) => ({ line: i + 2, text }));
const repeat = (values: string[], times: number) => Array.from({ length: times }, () => values).flat();

describe('columnLetter and columnLabel', () => {
	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('columnLetter(%j) = %j', (index, letter) => {
		expect(columnLetter(index)).toBe(letter);
	});

	it.each([
		['Điểm', 2, 'Điểm'],
		['  Điểm\r\nnăm 2024 ', 0, 'Điểm năm 2024'],
		['', 2, 'Cột C'],
		['  ', 27, 'Cột AB'],
		['Năm\u0000', 1, 'Năm␀'] // a NUL (a SQL text cannot hold it) shown as its symbol
	])('columnLabel(%j, %j) = %j', (name, index, label) => {
		expect(columnLabel(name, index)).toBe(label);
	});
});

describe('describeColumn', () => {
	it('a column of scores with decimal commas is a number column', () => {
		const column = describeColumn(2, 'Điểm', cells('85,32', '90,1', '', '77', '-'));
		expect(column).toMatchObject({
			index: 2,
			letter: 'C',
			label: 'Điểm',
			kind: 'number',
			present: 3,
			missing: 2,
			samples: ['85,32', '90,1', '77'],
			invalidCount: 0
		});
		expect(column.numberFormat?.format.decimal).toBe(',');
	});

	it('lists the values that do not read, with their lines', () => {
		const values = ['85,5', '90,25', '77,1', '88.5', '80', '70,5', '66', '91', '60,2', '#DIV/0!'];
		const column = describeColumn(0, 'Điểm', cells(...values));
		expect(column.kind).toBe('number');
		expect(column.invalid).toEqual([
			{
				line: 5,
				text: '88.5',
				reason: 'Dấu “.” không đúng vị trí ngăn cách hàng nghìn (cột này ghi phần thập phân sau dấu “,”)'
			},
			{ line: 11, text: '#DIV/0!', reason: 'Ô lỗi của Excel (#DIV/0!)' }
		]);
		expect(column.invalidCount).toBe(2);
	});

	it('settles "1.234" with the file\'s decimal mark', () => {
		const column = describeColumn(0, 'Số phiếu', cells('1.234', '2.500'), '.');
		expect(column.numberFormat).toMatchObject({ basis: 'file', ambiguous: false, format: { decimal: '.' } });
	});

	it('labelled answers are Likert answers on the scale whose labels they use', () => {
		const column = describeColumn(
			4,
			'Câu 9.1',
			cells('Hài lòng', 'Rất hài lòng', 'KTL', '3', '2 - Không hài lòng', 'Rất tốt')
		);
		expect(column).toMatchObject({ kind: 'likert', likert: { scale: 'satisfaction-5', labelled: true } });
		expect(column.invalid).toEqual([
			{ line: 7, text: 'Rất tốt', reason: 'Không phải câu trả lời của thang 1–5 (Câu 9 (mức độ hài lòng))' }
		]);
		expect(describeColumn(0, 'Câu 3.1', cells('Phù hợp', 'Rất phù hợp', 'Khá phù hợp')).likert).toEqual({
			scale: 'suitability-4',
			labelled: true
		});
	});

	it('whole numbers 1–5 over ten or more answers, three distinct at least, are Likert answers', () => {
		expect(describeColumn(0, 'Q1', cells(...repeat(['4', '5', '3', '', 'KTL'], 4))).likert).toEqual({
			scale: 'satisfaction-5',
			labelled: false
		});
		// too few answers, two values only (a sex code), or a value outside 1–5: numbers
		expect(describeColumn(0, 'Q1', cells('4', '5', '3')).kind).toBe('number');
		expect(describeColumn(0, 'Giới tính', cells(...repeat(['1', '2'], 6))).kind).toBe('number');
		expect(describeColumn(0, 'STT', cells(...Array.from({ length: 12 }, (_, i) => String(i + 1)))).kind).toBe(
			'number'
		);
	});

	it('day/month/year values are dates; one written month first is invalid', () => {
		const column = describeColumn(
			1,
			'Ngày',
			cells('15/03/2025', '16/03/2025', '03/25/2025', '17/3/2025', '18/03/2025')
		);
		expect(column.kind).toBe('date');
		expect(column.date).toEqual({
			format: 'dmy',
			parsed: 4,
			failed: 1,
			monthFirst: { count: 1, example: '03/25/2025' }
		});
		expect(column.invalid[0]?.line).toBe(4);
	});

	it.each([
		[['Hà Nội', 'Huế', 'Cà Mau'], 'text'],
		[['85,5', 'Hà Nội', 'Huế', 'Vinh'], 'text'], // under 80 % numbers
		[['', ' ', '-', 'KTL'], 'empty'],
		[[], 'empty']
	])('%j → %s', (values, kind) => {
		expect(describeColumn(0, 'X', cells(...values)).kind).toBe(kind);
	});
});
