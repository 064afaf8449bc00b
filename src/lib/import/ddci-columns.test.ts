import { describe, expect, it } from 'vitest';
import { ddciDefaultConfig, type DdciSubIndex } from '$lib/indices';
import { subIndicesFromColumns, subIndicesFromFile } from './ddci-columns';

/* A DDCI file's columns as the list of sub-indices: worked from the headers by hand. */

const known = ddciDefaultConfig();
const transparency = known.subIndices.find((s) => s.code === 'transparency')!;
const brief = (subs: DdciSubIndex[]) => subs.map((s) => [s.code, s.nameVi, Math.round(s.weight * 100) / 100]);

describe('subIndicesFromColumns', () => {
	it.each([
		[
			'a province’s eight-column table: row number, unit, year and total left out, known names keep their code',
			[
				'STT',
				'Đơn vị',
				'Năm',
				'Tính minh bạch',
				'Vai trò người đứng đầu',
				'Chi phí thời gian',
				'Điểm DDCI',
				'Xếp hạng'
			],
			[true, false, true, true, true, true, true, true],
			[
				['transparency', 'Tính minh bạch và tiếp cận thông tin', 33.33],
				['VTNDD', 'Vai trò người đứng đầu', 33.33],
				['time_costs', 'Chi phí thời gian', 33.33]
			]
		],
		[
			'text columns and notes are not sub-indices; two new names with the same initials get 2',
			[
				'Tên đơn vị',
				'Ghi chú',
				'Hỗ trợ doanh nghiệp',
				'Hiệu quả điều hành',
				'Hiệu lực điều hành',
				'Nhận xét'
			],
			[false, true, true, true, true, false],
			[
				['business_support', 'Hỗ trợ doanh nghiệp', 33.33],
				['HQDH', 'Hiệu quả điều hành', 33.33],
				['HLDH', 'Hiệu lực điều hành', 33.33]
			]
		],
		[
			'a one-word header is its own code',
			['Đơn vị', 'LA', 'Tổng điểm'],
			[false, true, true],
			[['LA', 'LA', 100]]
		],
		['nothing but unit and total', ['Đơn vị', 'Tổng điểm'], [false, true], []]
	])('%s', (_, headers, numeric, expected) => {
		expect(brief(subIndicesFromColumns(headers, numeric, known))).toEqual(expected);
	});

	it('keeps what the configuration knew of a matched sub-index (aliases, scale)', () => {
		const [sub] = subIndicesFromColumns(['Đơn vị', 'Tính minh bạch'], [false, true], known);
		expect(sub).toEqual({ ...transparency, weight: 100 });
	});
});

describe('subIndicesFromFile', () => {
	it('reads a semicolon CSV with a title row and decimal commas', async () => {
		const csv = [
			'KẾT QUẢ DDCI TỈNH QUẢNG NINH NĂM 2024',
			'STT;Đơn vị;Tính minh bạch;Vai trò người đứng đầu;Tổng điểm',
			'1;Sở Tư pháp;7,0;9,0;82,0',
			'2;Sở Y tế;6,5;8,0;74,0'
		].join('\n');
		const result = await subIndicesFromFile('ddci-2024.csv', new TextEncoder().encode(csv), known);
		expect(result.ok && brief(result.subIndices)).toEqual([
			['transparency', 'Tính minh bạch và tiếp cận thông tin', 50],
			['VTNDD', 'Vai trò người đứng đầu', 50]
		]);
	});

	it('says why a file cannot be read', async () => {
		const result = await subIndicesFromFile(
			'anh.png',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
			known
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
	});
});
