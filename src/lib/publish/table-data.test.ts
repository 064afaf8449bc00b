import { describe, expect, it } from 'vitest';
import { formatInterval, publicationTable } from './table-data';
import { publication, survey, trend } from './test-fixture';

const texts = (t: ReturnType<typeof publicationTable>) => t.rows.map((r) => r.cells.map((c) => c.text));

describe('publicationTable(publication, lang)', () => {
	it('ranks the units of a ranking with their region and value', () => {
		const t = publicationTable(publication(), 'vi');
		expect(t.columns.map((c) => c.label)).toEqual(['Hạng', 'Đơn vị', 'Vùng', 'PAR 2024']);
		expect(texts(t)[0]).toEqual(['1', 'Hải Phòng', 'Đồng bằng sông Hồng', '96,17']);
		expect(t.rows[0]!.cells[1]!.header).toBe(true);
	});

	it('gives a trend one row per line, the average first, and a column per year', () => {
		const t = publicationTable(trend(), 'vi');
		expect(t.columns.map((c) => c.label)).toEqual(['Đơn vị', '2020', '2021', '2022']);
		expect(texts(t)).toEqual([
			['Trung bình cả nước', '80,00', '81,25', '82,50'],
			['Hà Nội', '85,50', '86,10', '88,00'],
			['Quảng Ninh', '90,20', '–', '–']
		]);
		expect(texts(publicationTable(trend(), 'en'))[0]![0]).toBe('National average');
	});

	it('gives a survey its units with interval and n, a withheld one only "n < 30"', () => {
		const t = publicationTable(survey(), 'vi');
		expect(t.columns.map((c) => c.label)).toEqual([
			'Hạng',
			'Đơn vị',
			'Tỷ lệ hài lòng (%) 2025',
			'Khoảng tin cậy 95 %',
			'Số phiếu'
		]);
		expect(texts(t)).toEqual([
			['1', 'Sở Tư pháp', '91,50', '88,25–94,25', '120'],
			['2', 'Sở Y tế', '84,25', '81,00–87,00', '30'],
			['–', 'Sở Xây dựng', '– (ẩn)', '–', 'n < 30']
		]);
		expect(t.rows[2]!.muted).toBe(true);
		expect(t.rows[2]!.cells[2]!.title).toBe('Không công bố (ít hơn 30 phiếu)');
	});
});

describe('formatInterval(low, high, decimals, lang)', () => {
	it.each([
		{ low: 81, high: 87.5, lang: 'vi', out: '81,00–87,50' },
		{ low: 81, high: 87.5, lang: 'en', out: '81.00–87.50' },
		{ low: null, high: 87.5, lang: 'vi', out: '–' }
	] as const)('$low–$high ($lang) → $out', ({ low, high, lang, out }) => {
		expect(formatInterval(low, high, 2, lang)).toBe(out);
	});
});
