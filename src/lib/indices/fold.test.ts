import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
	it.each([
		['Đà Nẵng', 'da nang'],
		['ĐÔ THỊ THÔNG MINH', 'do thi thong minh'],
		['Tính minh bạch (Transparency)', 'tinh minh bach transparency'],
		['  Hải   Phòng ', 'hai phong'],
		['Thừa Thiên - Huế', 'thua thien hue'],
		['q9_01', 'q9 01'],
		['I.A', 'i a'],
		['Hòa'.normalize('NFD'), 'hoa'],
		['Kinh tế – xã hội', 'kinh te xa hoi'],
		['%', '']
	])('fold(%j) → %j', (input, expected) => {
		expect(fold(input)).toBe(expected);
	});
});
