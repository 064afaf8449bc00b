import { describe, expect, it } from 'vitest';
import { convertTcvn3, TCVN3_TO_UNICODE } from './tcvn3';

// Each TCVN3 string is written as Windows-1252 shows the bytes; the expected text was worked out by hand
// from the TCVN 5712:1993 VN3 table (vowel, then grave, acute, hook, tilde, dot below).
describe('convertTcvn3', () => {
	it('converts every vowel with every tone, small letters, and đ', () => {
		const tcvn3 =
			'aµ¸¶·¹ ¨»¾¼½Æ ©ÇÊÈÉË eÌÐÎÏÑ ªÒÕÓÔÖ i×ÝØÜÞ oßãáâä «åèæçé ¬êíëìî uïóñòô \u00adõøö÷ù yúýûüþ ®';
		expect(convertTcvn3(tcvn3)).toBe(
			'aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ'
		);
	});

	it('converts a capital line typed with the .VnTimeH font (small codes drawn as capitals)', () => {
		const tcvn3 = 'Aµ¸¶·¹ ¡»¾¼½Æ ¢ÇÊÈÉË EÌÐÎÏÑ £ÒÕÓÔÖ I×ÝØÜÞ Oßãáâä ¤åèæçé ¥êíëìî Uïóñòô ¦õøö÷ù Yúýûüþ §';
		expect(convertTcvn3(tcvn3)).toBe(
			'AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ'
		);
	});

	it.each([
		['Hµ Néi', 'Hà Nội'],
		['§µ N½ng', 'Đà Nẵng'],
		['M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
		['Së Gi¸o dôc vµ §µo t¹o', 'Sở Giáo dục và Đào tạo'],
		['TiÕng ViÖt rÊt hay', 'Tiếng Việt rất hay'],
		// a line of capitals: toned letters become capitals
		['UBND TØNH QU¶NG NINH', 'UBND TỈNH QUẢNG NINH'],
		['STT,Sè PHIÕU', 'STT,SỐ PHIẾU'],
		// a capital word among small letters: capitals when two other letters are capitals
		['Tªn: QU¶NG Ninh', 'Tên: QUẢNG Ninh'],
		// one capital is a capital initial, not a capital word
		['Hµ,Hµ Néi', 'Hà,Hà Nội'],
		// digits, punctuation and line breaks pass through; each line is judged alone
		['B¶NG 1\r\nHµ Néi: 85,32', 'BẢNG 1\r\nHà Nội: 85,32'],
		['', '']
	])('convertTcvn3(%j) = %j', (input, expected) => {
		expect(convertTcvn3(input)).toBe(expected);
	});

	it('maps 74 codes (67 small letters and 7 capitals) onto 74 different letters', () => {
		expect(TCVN3_TO_UNICODE.size).toBe(74);
		expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(74);
		for (const code of TCVN3_TO_UNICODE.keys()) expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
	});
});
