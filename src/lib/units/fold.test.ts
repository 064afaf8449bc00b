import { describe, expect, it } from 'vitest';
import { foldName, foldText, splitGeneration } from './fold';

describe('foldText', () => {
	it.each([
		['Hòa Bình', 'hoa binh'],
		['Hoà Bình', 'hoa binh'],
		['Thủy Nguyên', 'thuy nguyen'],
		['Thuỷ Nguyên', 'thuy nguyen'],
		['Đắk Lắk', 'dak lak'],
		['ĐỒNG THÁP', 'dong thap'],
		['Ðà Nẵng', 'da nang'], // Icelandic eth, a common stand-in for Đ
		['  Bà   Rịa\t-  Vũng Tàu ', 'ba ria vung tau'],
		['Bà Rịa–Vũng Tàu', 'ba ria vung tau'],
		['Sở Văn hóa, Thể thao và Du lịch (VHTTDL)', 'so van hoa the thao va du lich vhttdl'],
		['a_b/c.d', 'a b c d'],
		['Ea H\u2019Leo', 'ea h leo'],
		['Tỉnh Thanh Hóa', 'tinh thanh hoa'],
		// decomposed input (NFD) folds like composed input
		['Ha\u0300 No\u0323\u0302i', 'ha noi'],
		['', '']
	])('foldText(%j) = %j', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});
});

describe('foldName', () => {
	it.each([
		['Tỉnh Thanh Hoá', 'thanh hoa'],
		['tinh Thanh Hoa', 'thanh hoa'],
		// a prefix without diacritics in text that has them elsewhere is taken as a name
		['tinh Thanh Hóa', 'tinh thanh hoa'],
		['Quan Hoa', 'hoa'],
		['TP. Hồ Chí Minh', 'ho chi minh'],
		['Thành phố Hồ Chí Minh', 'ho chi minh'],
		['Thanh pho Ho Chi Minh', 'ho chi minh'],
		['tp.hcm', 'hcm'],
		['T.P Hồ Chí Minh', 'ho chi minh'],
		['UBND huyện Nga Sơn', 'nga son'],
		['Ủy ban nhân dân tỉnh Thanh Hóa', 'thanh hoa'],
		['Uỷ ban nhân dân thành phố Hà Nội', 'ha noi'],
		['Thị xã Nghi Sơn', 'nghi son'],
		['Thị trấn Bút Sơn', 'but son'],
		['Phường Hạc Thành', 'hac thanh'],
		['Xã Nga Thủy', 'nga thuy'],
		['Xã Nga Thuỷ', 'nga thuy'],
		['Quận Ba Đình', 'ba dinh'],
		['Đặc khu Phú Quốc', 'phu quoc'],
		['Sở Nội vụ', 'noi vu'],
		['UBND TP Thanh Hóa', 'thanh hoa'],
		// "Ban …" agencies keep "ban": it is part of their name
		['Ban Dân tộc', 'ban dan toc'],
		['Ban Quản lý Khu kinh tế Nghi Sơn', 'ban quan ly khu kinh te nghi son'],
		// a prefix is dropped only when more words follow, and never leaving only digits
		['Tỉnh', 'tinh'],
		['Sở', 'so'],
		['Quận 1', 'quan 1'],
		['Phường 1', 'phuong 1'],
		['Quận Gò Vấp', 'go vap'],
		// look-alikes of prefixes keep their first word when written with diacritics
		['Tịnh Biên', 'tinh bien'],
		['Quan Hóa', 'quan hoa'],
		['Huyện Quan Sơn', 'quan son'],
		['Xà Phiên', 'xa phien'],
		['Sơn La', 'son la'],
		['TT Huế', 'tt hue']
	])('foldName(%j) = %j', (input, expected) => {
		expect(foldName(input)).toBe(expected);
	});

	it('treats both tone placements of a prefix alike', () => {
		expect(foldName('ủy ban nhân dân xã Yên Thủy')).toBe(foldName('uỷ ban nhân dân xã Yên Thuỷ'));
		expect(foldName('ủy ban nhân dân xã Yên Thủy')).toBe('yen thuy');
	});
});

describe('splitGeneration', () => {
	it.each([
		['Lào Cai (mới)', 'Lào Cai', 'QD19-2025'],
		['Bắc Ninh mới', 'Bắc Ninh', 'QD19-2025'],
		['Bac Ninh (new)', 'Bac Ninh', 'QD19-2025'],
		['Bắc Ninh (cũ)', 'Bắc Ninh', 'GSO-63'],
		['Bac Ninh old', 'Bac Ninh', 'GSO-63']
	])('splitGeneration(%j) → %j, %s', (input, text, generation) => {
		expect(splitGeneration(input)).toEqual({ text, generation });
	});

	it.each(['Bắc Ninh', 'mới', 'Mỗi Lào Cai', '(mới)'])('leaves %j alone', (input) => {
		expect(splitGeneration(input)).toEqual({ text: input });
	});
});
