import { describe, expect, it } from 'vitest';
import { rankingPublication, withoutFloatNoise } from './ranking';
import { META, ROWS } from './test-fixture';

describe('rankingPublication(rows, meta)', () => {
	it('keeps the rows in order and publishes missing fields of an older query as null', () => {
		const p = rankingPublication(ROWS, META);
		expect(p.rows.map((r) => [r.rank, r.name, r.value])).toEqual([
			[1, 'Hải Phòng', 96.17],
			[2, 'Hà Nội', 92.5],
			[3, 'Cao Bằng', 81.1]
		]);
		expect(p.rows[0]).toMatchObject({
			prev_value: null,
			prev_rank: null,
			rank_change: null,
			value_change: null,
			change_note: null,
			group_label: null,
			n: null,
			suppressed: false
		});
	});

	it('writes the provenance from the meta and the rows', () => {
		const p = rankingPublication(ROWS, META);
		expect(p).toMatchObject({
			format: 'chiso-publication',
			version: 1,
			kind: 'ranking',
			id: 'par-province-2024'
		});
		expect(p.provenance).toMatchObject({
			year: 2024,
			method_version: null,
			unit_kind: 'province',
			is_sample: false,
			min_n: null,
			notes: ['Nhóm D chưa đối chiếu văn bản chính thức'],
			created_at: '2026-12-01T10:00:00+07:00'
		});
		expect(p.title).toEqual({
			vi: 'Xếp hạng Chỉ số CCHC năm 2024 — cả nước',
			en: 'PAR Index ranking 2024 — all provinces'
		});
	});

	it.each([
		{ versions: ['PAR-876-2022', 'PAR-876-2022', null], expected: 'PAR-876-2022' },
		{ versions: ['A', 'B', 'A'], expected: 'A, B' },
		{ versions: [undefined, undefined, undefined], expected: null }
	])('method_version from the rows $versions → $expected', ({ versions, expected }) => {
		const rows = ROWS.map((r, i) => ({ ...r, method_version: versions[i] }));
		expect(rankingPublication(rows, META).provenance.method_version).toBe(expected);
	});

	it('flags the publication as sample data when any row is', () => {
		const rows = ROWS.map((r, i) => ({ ...r, is_sample: i === 2 }));
		expect(rankingPublication(rows, META).provenance.is_sample).toBe(true);
	});

	it('suppresses rows under min n and keeps the others', () => {
		const rows = ROWS.map((r, i) => ({ ...r, n: [120, 29, 30][i], rank_change: 1, group_label: 'A' }));
		const p = rankingPublication(rows, { ...META, minN: 30 });
		expect(p.rows.map((r) => [r.name, r.value, r.rank, r.group_label, r.suppressed])).toEqual([
			['Hải Phòng', 96.17, 1, 'A', false],
			['Hà Nội', null, null, null, true],
			['Cao Bằng', 81.1, 3, 'A', false]
		]);
		expect(p.provenance.min_n).toBe(30);
	});

	it('takes an explicit id, title, component and previous year', () => {
		const p = rankingPublication(ROWS, {
			...META,
			id: 'par-lv1-2024',
			component: { code: 'LV1', name: { vi: 'Chỉ đạo, điều hành', en: null } },
			previousYear: 2023,
			title: { vi: 'Tiêu đề', en: null }
		});
		expect([p.id, p.title.vi, p.provenance.component?.code, p.provenance.previous_year]).toEqual([
			'par-lv1-2024',
			'Tiêu đề',
			'LV1',
			2023
		]);
	});

	it('refuses an empty view, rows of two years and an id that is not a URL segment', () => {
		expect(() => rankingPublication([], META)).toThrow(/no rows/);
		expect(() => rankingPublication([ROWS[0]!, { ...ROWS[1]!, year: 2023 }], META)).toThrow(
			/more than one year/
		);
		expect(() => rankingPublication(ROWS, { ...META, id: '../x' })).toThrow();
	});
});

describe('withoutFloatNoise(value)', () => {
	it.each([
		{ value: 86.05 - 86.14, cleaned: -0.09 },
		{ value: 0.060000000000002274, cleaned: 0.06 },
		{ value: 85.32000000000001, cleaned: 85.32 },
		{ value: 0.1 + 0.2, cleaned: 0.3 },
		{ value: 0.4512, cleaned: 0.4512 },
		{ value: 1.23456789012, cleaned: 1.2345678901 },
		{ value: 84.54 - 84.54, cleaned: 0 },
		{ value: -1e-12, cleaned: 0 },
		{ value: 100, cleaned: 100 },
		{ value: null, cleaned: null },
		{ value: undefined, cleaned: null }
	])('$value → $cleaned', ({ value, cleaned }) => {
		expect(withoutFloatNoise(value)).toBe(cleaned);
	});

	it('cleans the values and changes a publication carries, not the ranks', () => {
		const p = rankingPublication(
			[{ ...ROWS[0]!, value: 86.05, prev_value: 86.14, value_change: 86.05 - 86.14, rank_change: -2 }],
			META
		);
		expect(p.rows[0]).toMatchObject({
			value: 86.05,
			prev_value: 86.14,
			value_change: -0.09,
			rank_change: -2
		});
		const sum = rankingPublication([{ ...ROWS[0]!, value: 28.44 + 28.44 + 28.44 }], META);
		expect(sum.rows[0]!.value).toBe(85.32);
	});
});
