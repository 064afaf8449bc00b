import { describe, expect, it } from 'vitest';
import { listColumns, readKind } from './columns';

describe('the columns of a unit list', () => {
	it.each([
		[['STT', 'Tên đơn vị', 'Loại', 'Mã', 'Thuộc huyện'], { name: 1, kind: 2, code: 3, parent: 4 }],
		[
			['TÊN ĐƠN VỊ', 'LOẠI ĐƠN VỊ', 'MÃ ĐỊNH DANH', 'TỪ NGÀY', 'ĐẾN NGÀY'],
			{ name: 0, kind: 1, code: 2, from: 3, to: 4 }
		],
		[['Cơ quan, đơn vị', 'Cấp', 'Mã số'], { name: 0, kind: 1, code: 2 }],
		[['Ten don vi', 'Loai'], { name: 0, kind: 1 }],
		// The first header that names a field keeps it; a score table's columns name none.
		[['Đơn vị', 'Tên', 'Điểm đạt được', 'Ngày công bố'], { name: 0 }],
		[['Điểm', 'Xếp hạng'], {}]
	])('%j → %j', (headers, columns) => {
		expect(listColumns(headers)).toEqual(columns);
	});
});

describe('the kind of a unit as offices write it', () => {
	it.each([
		['Sở', 'agency'],
		['Sở, ban, ngành', 'agency'],
		['  CƠ QUAN ', 'agency'],
		['Huyện', 'district'],
		['Cấp huyện', 'district'],
		['Huyện, thị xã, thành phố', 'district'],
		['Thành phố', 'district'],
		['Xã', 'commune'],
		['xa/phuong', 'commune'],
		['Đặc khu', 'commune'],
		['Cơ quan ngang bộ', null],
		['Tỉnh', null],
		['', null]
	])('%j → %s', (text, kind) => {
		expect(readKind(text)).toBe(kind);
	});
});
