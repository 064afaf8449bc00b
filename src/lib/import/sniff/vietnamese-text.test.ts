import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, scoreVietnamese } from './vietnamese-text';

describe('isVietnameseSyllable', () => {
	it.each([
		['Hà', true],
		['Nội', true],
		['người', true],
		['nghiêng', true],
		['quốc', true],
		['khuya', true],
		['tuyển', true],
		['giếng', true],
		['Đắk', true],
		['ĐỒNG', true],
		['Ha\u0300', true], // decomposed
		['Hµ', false], // TCVN3 read as Latin-1
		['Néi', false],
		['Haø', false], // VNI read as Latin-1
		['Noäi', false],
		['Ná»™i', false], // double UTF-8
		['hàá', false], // two tones
		['café', false],
		['', false]
	])('isVietnameseSyllable(%j) = %j', (word, expected) => {
		expect(isVietnameseSyllable(word)).toBe(expected);
	});
});

describe('scoreVietnamese', () => {
	it.each([
		['Hà Nội, Quảng Ninh', { words: 3, valid: 3, ratio: 1 }],
		['Hµ Néi, Qu¶ng Ninh', { words: 3, valid: 0, ratio: 0 }],
		['Haø Noäi;85,32', { words: 2, valid: 0, ratio: 0 }],
		// ASCII words are not scored
		['STT,Ten,Diem 85.5', { words: 0, valid: 0, ratio: 0 }],
		['Hà Néi', { words: 2, valid: 1, ratio: 0.5 }]
	])('scoreVietnamese(%j)', (text, expected) => {
		expect(scoreVietnamese(text)).toEqual(expected);
	});
});
