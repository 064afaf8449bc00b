import { describe, expect, it } from 'vitest';
import { altText, pick, sourceLine } from './describe';
import { rankingPublication } from './ranking';
import { META, publication, ROWS } from './test-fixture';

describe('pick(text, lang)', () => {
	it.each([
		{ text: { vi: 'Xếp hạng', en: 'Ranking' }, lang: 'en', out: 'Ranking' },
		{ text: { vi: 'Xếp hạng', en: 'Ranking' }, lang: 'vi', out: 'Xếp hạng' },
		{ text: { vi: 'Xếp hạng', en: null }, lang: 'en', out: 'Xếp hạng' }
	] as const)('$lang of $text.vi → $out', ({ text, lang, out }) => {
		expect(pick(text, lang)).toBe(out);
	});
});

describe('sourceLine(publication, lang)', () => {
	it('names the publisher, the files and the date', () => {
		expect(sourceLine(publication(), 'vi')).toBe(
			'Nguồn: Bộ Nội vụ; tính bằng chiso từ tệp par-2024.csv. Công bố ngày 01/12/2026.'
		);
		expect(sourceLine(publication(), 'en')).toBe(
			'Source: Ministry of Home Affairs; computed with chiso from par-2024.csv. Published 01/12/2026.'
		);
	});

	it('says "Dữ liệu mẫu" first for sample data', () => {
		const p = rankingPublication(
			ROWS.map((r) => ({ ...r, is_sample: true })),
			{ ...META, index: { ...META.index, publisher: null }, sources: [] }
		);
		expect(sourceLine(p, 'vi')).toBe('Dữ liệu mẫu — Nguồn: chiso. Công bố ngày 01/12/2026.');
	});
});

describe('altText(publication, lang)', () => {
	it('gives the count, the highest and the lowest with vi-VN numbers', () => {
		expect(altText(publication(), 'vi')).toBe(
			'Biểu đồ thanh: Xếp hạng Chỉ số CCHC năm 2024 — cả nước. 3 đơn vị; cao nhất Hải Phòng (96,17), thấp nhất Cao Bằng (81,10).'
		);
	});

	it('counts suppressed units, which are never named as highest or lowest', () => {
		const rows = ROWS.map((r, i) => ({ ...r, n: i === 0 ? 5 : 50 }));
		const p = rankingPublication(rows, { ...META, minN: 30 });
		expect(altText(p, 'en')).toBe(
			'Bar chart: PAR Index ranking 2024 — all provinces. 2 units; highest Hà Nội (92.50), lowest Cao Bằng (81.10). Units not published (fewer than 30 responses): 1.'
		);
	});

	it('says when nothing is published', () => {
		const p = rankingPublication(
			ROWS.map((r) => ({ ...r, n: 1 })),
			{ ...META, minN: 30 }
		);
		expect(altText(p, 'vi')).toBe(
			'Biểu đồ thanh: Xếp hạng Chỉ số CCHC năm 2024 — cả nước. Không có giá trị nào được công bố. Số đơn vị không công bố (ít hơn 30 phiếu): 3.'
		);
	});
});
