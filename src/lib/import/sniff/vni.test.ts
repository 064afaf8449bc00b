import { describe, expect, it } from 'vitest';
import { convertVni } from './vni';

// VNI-Windows as Windows-1252 shows the bytes, worked out by hand from the VNI table: tones ø ù û õ ï
// (grave, acute, hook, tilde, dot below), â for ^ (à á å ã ä with a tone), ê for ˘ (è é ú ü ë with a tone);
// ñ = đ, ô = ơ, ö = ư, and the toned i (ì í æ ó ò) and ỵ (î) are single characters.
describe('convertVni', () => {
	it('converts every vowel with every tone, small letters, and đ', () => {
		const vni =
			'a aø aù aû aõ aï aê aè aé aú aü aë aâ aà aá aå aã aä e eø eù eû eõ eï eâ eà eá eå eã eä i ì í æ ó ò ' +
			'o oø où oû oõ oï oâ oà oá oå oã oä ô ôø ôù ôû ôõ ôï u uø uù uû uõ uï ö öø öù öû öõ öï y yø yù yû yõ î ñ';
		expect(convertVni(vni)).toBe(
			'a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị ' +
				'o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ'
		);
	});

	it('converts every vowel with every tone, capitals, and Đ', () => {
		const vni =
			'A AØ AÙ AÛ AÕ AÏ AÊ AÈ AÉ AÚ AÜ AË AÂ AÀ AÁ AÅ AÃ AÄ E EØ EÙ EÛ EÕ EÏ EÂ EÀ EÁ EÅ EÃ EÄ I Ì Í Æ Ó Ò ' +
			'O OØ OÙ OÛ OÕ OÏ OÂ OÀ OÁ OÅ OÃ OÄ Ô ÔØ ÔÙ ÔÛ ÔÕ ÔÏ U UØ UÙ UÛ UÕ UÏ Ö ÖØ ÖÙ ÖÛ ÖÕ ÖÏ Y YØ YÙ YÛ YÕ Î Ñ';
		expect(convertVni(vni)).toBe(
			'A À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ E È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ I Ì Í Ỉ Ĩ Ị ' +
				'O Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ U Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự Y Ỳ Ý Ỷ Ỹ Ỵ Đ'
		);
	});

	it.each([
		['Haø Noäi', 'Hà Nội'],
		['Ñaø Naüng', 'Đà Nẵng'],
		['Möôøng Teø', 'Mường Tè'],
		['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
		['Vieät Nam', 'Việt Nam'],
		['HAØ NOÄI', 'HÀ NỘI'],
		['Quaûng Ninh, 85,32', 'Quảng Ninh, 85,32'],
		// a mark character after a consonant, or after a toned vowel, is left as it is
		['Cà Mau', 'Cà Mau'],
		['aøø', 'àø'],
		['', '']
	])('convertVni(%j) = %j', (input, expected) => {
		expect(convertVni(input)).toBe(expected);
	});

	it('returns NFC text', () => {
		const out = convertVni('Vieät Nam');
		expect(out).toBe(out.normalize('NFC'));
	});
});
