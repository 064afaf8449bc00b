import { describe, expect, it } from 'vitest';
import {
	altText,
	filtersLine,
	lastYear,
	minimumN,
	periodText,
	pick,
	sourceLine,
	suppressedCount
} from './describe';
import { rankingPublication } from './ranking';
import { META, publication, ROWS, survey, trend } from './test-fixture';

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

describe('the words of a trend', () => {
	it('gives its period and the filters chosen', () => {
		expect(periodText(trend())).toBe('2020–2022');
		expect(lastYear(trend())).toBe(2022);
		expect(filtersLine(trend(), 'vi')).toBe(
			'Chỉ số CCHC (PAR) · Giai đoạn 2020–2022 · các tỉnh, thành phố · PAR-2012, PAR-1149-2021'
		);
	});

	it('says which lines there are, the dashed average and where the method changed', () => {
		expect(altText(trend(), 'vi')).toBe(
			'Biểu đồ đường: Xu hướng Chỉ số CCHC 2020–2022 — các tỉnh, thành phố. Hà Nội, Quảng Ninh, từ 2020 đến 2022. Đường nét đứt: Trung bình cả nước. Phương pháp tính thay đổi năm 2021: đường ngắt tại đó.'
		);
		expect(altText(trend(), 'en')).toBe(
			'Line chart: PAR Index trend 2020–2022 — provinces. Hà Nội, Quảng Ninh, 2020 to 2022. Dashed line: National average. The method changed in 2021: the lines break there.'
		);
	});

	it('has no minimum n and nothing withheld', () => {
		expect([minimumN(trend()), suppressedCount(trend())]).toEqual([null, 0]);
	});
});

describe('the words of a survey', () => {
	it('carry the method caveat in the source line', () => {
		expect(sourceLine(survey(), 'vi')).toBe(
			'Nguồn: tính bằng chiso từ tệp khao-sat.csv. Phương pháp mặc định, chưa đối chiếu công thức chính thức. Công bố ngày 01/12/2026.'
		);
		expect(sourceLine(survey(), 'en')).toBe(
			'Source: computed with chiso from khao-sat.csv. Default method, not yet checked against the official formula. Published 01/12/2026.'
		);
	});

	it('name the highest and lowest unit published, and count the withheld one without naming it', () => {
		expect(altText(survey(), 'vi')).toBe(
			'Biểu đồ thanh: Mức độ hài lòng (SIPAS) năm 2025 — các sở, ban, ngành. 2 đơn vị; cao nhất Sở Tư pháp (91,50), thấp nhất Sở Y tế (84,25). Số đơn vị không công bố (ít hơn 30 phiếu): 1.'
		);
		expect([periodText(survey()), minimumN(survey()), suppressedCount(survey())]).toEqual(['2025', 30, 1]);
	});
});
