import { describe, expect, it } from 'vitest';
import { findTable, summariseSkipped } from './header';
import { parseRecords } from './rows';
import type { SkippedRow } from './schema';

const table = (lines: string[]) => findTable(parseRecords(lines.join('\n'), ',').records).layout;
const reasons = (lines: string[]) => table(lines).skipped.map((s) => [s.line, s.reason]);

describe('findTable: a list without numbers (units, names)', () => {
	const list = [
		'UBND TỈNH VĨNH LONG',
		'DANH MỤC CƠ QUAN, ĐƠN VỊ NĂM 2024',
		'Tên đơn vị,Loại,Mã,Thuộc huyện',
		'"CÁC SỞ, BAN, NGÀNH",,,',
		'Sở Tư pháp,Sở,H62.05,',
		'Sở Xây dựng,Sở,,',
		'UBND xã Phú Quới,Xã,,Long Hồ'
	];

	it('takes the row naming the columns as header, not a title cut in two by a comma', () => {
		const layout = table(list);
		expect(layout.header).toEqual({ lines: [3], names: ['Tên đơn vị', 'Loại', 'Mã', 'Thuộc huyện'] });
		expect(reasons(list)).toEqual([
			[1, 'title'],
			[2, 'title'],
			[4, 'section']
		]);
	});

	it('keeps a unit in capitals without its scores in a score table: the check reports it, nothing skips it', () => {
		const scores = [
			'Tỉnh,Điểm,Hạng',
			'Quảng Ninh,91.2,1',
			'Hải Phòng,88.5,2',
			'HÀ NỘI,,',
			'Huế,80.1,4',
			'Cà Mau,79,5'
		];
		const layout = table(scores);
		expect([layout.firstDataLine, layout.lastDataLine, layout.dataRowCount]).toEqual([2, 6, 5]);
		expect(layout.skipped).toEqual([]);
	});

	it.each([
		['a bare name last', [...list, 'Thị xã Bình Minh,,,'], 8, []],
		['a bare name, then a blank line', [...list, 'Thị xã Bình Minh,,,', ',,,'], 8, [[9, 'blank']]],
		[
			'a signature: the name under "Người lập biểu" is not data',
			[...list, 'Thị xã Bình Minh,,,', 'Người lập biểu,,,', 'Nguyễn Văn A,,,'],
			8,
			[
				[9, 'note'],
				[10, 'note']
			]
		]
	] as const)('keeps %s', (_name, lines, lastData, below) => {
		const layout = table([...lines]);
		expect(layout.lastDataLine).toBe(lastData);
		expect(reasons([...lines]).slice(3)).toEqual(below);
	});
});

describe('findTable: the header', () => {
	it('takes the first line of a plain CSV', () => {
		const layout = table(['Tỉnh,Điểm,Hạng', 'Hà Nội,85.3,2', 'Huế,80.1,5', 'Cà Mau,79,7']);
		expect(layout.header).toEqual({ lines: [1], names: ['Tỉnh', 'Điểm', 'Hạng'] });
		expect([layout.firstDataLine, layout.lastDataLine, layout.dataRowCount]).toEqual([2, 4, 3]);
		expect(layout.skipped).toEqual([]);
		expect(layout.skippedSummary).toBeNull();
	});

	it('skips title rows, merged-cell leftovers and blank lines above the header', () => {
		const lines = [
			'UBND TỈNH QUẢNG NINH,,,',
			'"BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ SIPAS, NĂM 2024",,,',
			',,,',
			'Kết quả,,,',
			'STT,Đơn vị,Điểm,Xếp hạng',
			'1,Sở Nội vụ,91.43,1',
			'2,Sở Y tế,88.07,2',
			'3,Sở Tư pháp,85.5,3'
		];
		const layout = table(lines);
		expect(layout.header?.lines).toEqual([5]);
		expect(layout.firstDataLine).toBe(6);
		expect(reasons(lines)).toEqual([
			[1, 'title'],
			[2, 'title'],
			[3, 'blank'],
			[4, 'title']
		]);
		expect(layout.skippedSummary).toBe('Bỏ qua dòng 1–4 (tiêu đề)');
	});

	it('finds no header when the first row is already data, and names nothing', () => {
		const layout = table(['1,Sở Nội vụ,91.43', '2,Sở Y tế,88.07', '3,Sở Tư pháp,85.5']);
		expect(layout.header).toBeNull();
		expect([layout.firstDataLine, layout.dataRowCount, layout.columnCount]).toEqual([1, 3, 3]);
	});

	it('keeps a first data row with a typo as data, not as the header', () => {
		const layout = table(['STT,Đơn vị,Điểm', '1,Sở Nội vụ,9l.43', '2,Sở Y tế,88.07', '3,Sở Tư pháp,85.5']);
		expect(layout.header?.lines).toEqual([1]);
		expect(layout.firstDataLine).toBe(2);
	});

	it('accepts years as column names', () => {
		const layout = table([
			'Tỉnh,2022,2023,2024',
			'Hà Nội,80.1,82.5,85.3',
			'Huế,79,80,84.1',
			'Cà Mau,70,75,77'
		]);
		expect(layout.header?.names).toEqual(['Tỉnh', '2022', '2023', '2024']);
	});

	it('takes the first text row of a table without numbers', () => {
		const layout = table(['DANH SÁCH ĐƠN VỊ', 'Mã,Tên đơn vị,Cấp', 'NV,Sở Nội vụ,Tỉnh', 'YT,Sở Y tế,Tỉnh']);
		expect(layout.header?.lines).toEqual([2]);
		expect(layout.dataRowCount).toBe(2);
	});

	it('joins a header on two rows (a group label merged over sub-labels) and skips the column numbers', () => {
		const lines = [
			'STT,Đơn vị,Kết quả,,Ghi chú',
			',,Điểm,Xếp hạng,',
			'(1),(2),(3),(4),(5)',
			'1,Sở Nội vụ,91.43,1,',
			'2,Sở Y tế,88.07,2,',
			'3,Sở Tư pháp,85.5,3,Bổ sung'
		];
		const layout = table(lines);
		expect(layout.header).toEqual({
			lines: [1, 2],
			names: ['STT', 'Đơn vị', 'Kết quả - Điểm', 'Kết quả - Xếp hạng', 'Ghi chú']
		});
		expect(layout.firstDataLine).toBe(4);
		expect(reasons(lines)).toEqual([[3, 'column-numbers']]);
	});

	it('does not take a title in the first cell for a group label', () => {
		const layout = table([
			'BẢNG ĐIỂM,,',
			',Đơn vị,Điểm',
			'1,Sở Nội vụ,91.43',
			'2,Sở Y tế,88.07',
			'3,Sở Tư pháp,85.5'
		]);
		expect(layout.header?.lines).toEqual([2]);
		expect(layout.header?.names).toEqual(['', 'Đơn vị', 'Điểm']);
	});

	it('reports rows with more values than the header names', () => {
		const layout = table(['Tỉnh,Điểm', 'Hà Nội,85.3', 'Huế,80.1,ghi chú lạc', 'Cà Mau,79', 'Vinh,70,,x']);
		expect(layout.raggedLines).toEqual([3, 5]);
		expect(layout.raggedCount).toBe(2);
		expect(layout.columnCount).toBe(4);
	});
});

describe('findTable: rows below and between the data', () => {
	it('skips totals, notes, the place-and-date line, signatures and blank rows at the bottom', () => {
		const lines = [
			'STT,Đơn vị,Điểm,Xếp hạng',
			'1,Sở Nội vụ,91.43,1',
			'2,Sở Y tế,88.07,2',
			'3,Sở Tư pháp,85.5,3',
			'Tổng cộng,,265.0,',
			'Bình quân,,88.33,',
			',,,',
			'Nguồn: Sở Nội vụ,,,',
			'Ghi chú: số liệu sơ bộ,,,',
			',,"Quảng Ninh, ngày 15 tháng 3 năm 2025",',
			'Người lập biểu,,Thủ trưởng đơn vị,',
			',,(Ký tên),',
			'Nguyễn Văn An,,Trần Thị Bình,'
		];
		const layout = table(lines);
		expect([layout.firstDataLine, layout.lastDataLine, layout.dataRowCount]).toEqual([2, 4, 3]);
		expect(reasons(lines)).toEqual([
			[5, 'total'],
			[6, 'total'],
			[7, 'blank'],
			[8, 'note'],
			[9, 'note'],
			[10, 'note'],
			[11, 'note'],
			[12, 'note'],
			[13, 'note']
		]);
		expect(layout.skippedSummary).toBe('Bỏ qua dòng 5–6 (dòng tổng cộng) và dòng 7–13 (ghi chú, chữ ký)');
	});

	it.each([
		['Tổng', 'total'],
		['Cộng', 'total'],
		['TỔNG CỘNG:', 'total'],
		['Tổng số (63 tỉnh)', 'total'],
		['Trung bình', 'total'],
		['Trung bình chung', 'total'],
		['Average', 'total'],
		['Total', 'total'],
		['Cả nước', 'total']
	])('a last row starting with %j is a %s row', (label, reason) => {
		const lines = ['Tỉnh,Điểm,Hạng', 'Hà Nội,85.3,1', 'Huế,80.1,2', `${label},82.7,`];
		expect(reasons(lines)).toEqual([[4, reason]]);
	});

	it('keeps a data row whose name only starts like a total ("Tổng cục…") or whose group is "Trung bình"', () => {
		const lines = [
			'Đơn vị,Điểm,Nhóm',
			'Tổng cục Thống kê,85.3,Tốt',
			'Sở Y tế,60.1,Trung bình',
			'Sở Tư pháp,82.7,Khá'
		];
		expect(table(lines).dataRowCount).toBe(3);
	});

	it('skips group rows, blank rows and totals between data rows, and "Trung bình" only at the bottom', () => {
		const lines = [
			'STT,Đơn vị,Điểm,Xếp hạng',
			'I,"KHỐI SỞ, BAN, NGÀNH",,',
			'1,Sở Nội vụ,91.43,1',
			'2,Sở Y tế,88.07,2',
			',,,',
			'Cộng,,179.5,',
			'II. Khối huyện,,,',
			'3,UBND huyện Vân Đồn,85.5,1',
			'4,UBND thị xã Đông Triều,80.5,2',
			'Trung bình,,86.4,'
		];
		const layout = table(lines);
		expect(reasons(lines)).toEqual([
			[2, 'section'],
			[5, 'blank'],
			[6, 'total'],
			[7, 'section'],
			[10, 'total']
		]);
		expect(layout.dataRowCount).toBe(4);
		expect([layout.firstDataLine, layout.lastDataLine]).toEqual([3, 9]);
	});

	it('keeps a sparse survey row (few answers, some numbers) at the bottom as data', () => {
		const lines = [
			'Mã,Đơn vị,Câu 1,Câu 2,Câu 3,Câu 4',
			'P1,Sở Nội vụ,4,5,3,4',
			'P2,Sở Y tế,5,4,4,4',
			'P3,Sở Y tế,,,4,'
		];
		expect(table(lines).lastDataLine).toBe(4);
	});

	it('numbers records by the line where they start when a cell holds line breaks', () => {
		const text = 'Tỉnh,Ghi chú,Điểm\nHà Nội,"dòng 1\ndòng 2",85.3\nHuế,,80.1\nCà Mau,,79\nTổng cộng,,244.4\n';
		const layout = findTable(parseRecords(text, ',').records).layout;
		expect([layout.firstDataLine, layout.lastDataLine]).toEqual([2, 5]);
		expect(layout.skipped).toEqual([{ line: 6, endLine: 6, reason: 'total', text: 'Tổng cộng 244.4' }]);
	});

	it('reads the bottom of a large file from its tail records', () => {
		const head = parseRecords('BẢNG ĐIỂM\nTỉnh,Điểm\nHà Nội,85.3\nHuế,80.1\n', ',').records;
		const tail = parseRecords('Vinh,70.2\nCà Mau,79\nTổng cộng,314.6\n', ',', { firstLine: 9001 }).records;
		const { layout, dataRecords } = findTable(head, tail);
		expect([layout.firstDataLine, layout.lastDataLine]).toEqual([3, 9002]);
		expect(layout.skipped.map((s) => [s.line, s.reason])).toEqual([
			[1, 'title'],
			[9003, 'total']
		]);
		expect(dataRecords.map((r) => r.line)).toEqual([3, 4, 9001, 9002]);
	});
});

describe('summariseSkipped', () => {
	const row = (line: number, reason: SkippedRow['reason']): SkippedRow => ({
		line,
		endLine: line,
		reason,
		text: ''
	});

	it.each([
		[
			[row(1, 'title'), row(2, 'title'), row(3, 'blank'), row(68, 'total')],
			'Bỏ qua dòng 1–3 (tiêu đề) và dòng 68 (dòng tổng cộng)'
		],
		[[row(3, 'blank')], 'Bỏ qua dòng 3 (dòng trống)'],
		[[row(1, 'blank'), row(2, 'title')], 'Bỏ qua dòng 1–2 (tiêu đề)'],
		[
			[row(10, 'total'), row(11, 'blank'), row(12, 'note'), row(13, 'note')],
			'Bỏ qua dòng 10 (dòng tổng cộng) và dòng 11–13 (ghi chú, chữ ký)'
		],
		[
			[row(5, 'section'), row(9, 'section'), row(12, 'total')],
			'Bỏ qua dòng 5, 9 (dòng tên nhóm) và dòng 12 (dòng tổng cộng)'
		],
		[
			[4, 8, 15, 16, 23, 42, 50].map((n) => row(n, 'blank')),
			'Bỏ qua dòng 4, 8, 15–16, 23, 42 và 1 dòng khác (dòng trống)'
		],
		[[], null]
	])('summariseSkipped(#%#)', (skipped, expected) => {
		expect(summariseSkipped(skipped)).toBe(expected);
	});
});
