import { describe, expect, it } from 'vitest';
import { parsePublication, publicationJson } from './schema';
import { surveyPublication } from './survey';
import { survey, SURVEY_INPUT, SURVEY_META } from './test-fixture';

/** Every number anywhere inside a JSON value. */
function numbersIn(value: unknown): number[] {
	if (typeof value === 'number') return [value];
	if (Array.isArray(value)) return value.flatMap(numbersIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
	return [];
}

describe('surveyPublication(input, meta)', () => {
	it('publishes each unit with its value, 95 % interval, n and rank among the units published', () => {
		const p = survey();
		expect(p.rows[0]).toEqual({
			unit_key: 'local:tu-phap',
			name: 'Sở Tư pháp',
			suppressed: false,
			value: 91.5,
			low: 88.25,
			high: 94.25,
			n: 120,
			rank: 1,
			ranked_of: 2,
			overlaps_next: false
		});
		expect(p.rows[1]).toMatchObject({ name: 'Sở Y tế', n: 30, rank: 2, ranked_of: 2, suppressed: false });
	});

	it('leaves no number of a unit with n = 29 in the file: only its name and "n < 30"', () => {
		const text = publicationJson(survey());
		const file = JSON.parse(text);
		const small = file.rows.find((r: { unit_key: string }) => r.unit_key === 'local:xay-dung');
		expect(small).toEqual({
			unit_key: 'local:xay-dung',
			name: 'Sở Xây dựng',
			suppressed: true,
			note: 'n < 30'
		});
		expect(numbersIn(small)).toEqual([]);
		// nor its elements, nor any of its values anywhere in the file
		expect(file.elements.some((e: { unit_key: string }) => e.unit_key === 'local:xay-dung')).toBe(false);
		for (const leaked of ['77.777', '74.527', '80.527', '73.333', '61.111', '85.555', '"n": 29']) {
			expect(text).not.toContain(leaked);
		}
	});

	it('withholds an element cell and an item under the minimum n, keeping what names them', () => {
		const p = survey();
		expect(p.elements).toEqual([
			{
				unit_key: 'local:tu-phap',
				level: 'element',
				code: 'II.A',
				name: { vi: 'II.A', en: null },
				suppressed: false,
				value: 90,
				low: 85,
				high: 95,
				n: 118
			},
			{
				unit_key: 'local:tu-phap',
				level: 'element',
				code: 'I.A',
				name: { vi: 'I.A', en: null },
				suppressed: true,
				note: 'n < 30'
			},
			{
				unit_key: 'local:tu-phap',
				level: 'overall',
				code: 'overall',
				name: { vi: 'overall', en: null },
				suppressed: false,
				value: 91.5,
				low: 88.25,
				high: 94.25,
				n: 120
			}
		]);
		expect(p.items[1]).toEqual({
			code: 'q9_02',
			name: { vi: 'Câu 9.2', en: 'Question 9.2' },
			suppressed: true,
			note: 'n < 30'
		});
		expect(p.items[0]).toMatchObject({
			suppressed: false,
			value: 87.5,
			n: 179,
			dist: [2.5, 2.5, 7.5, 47.5, 40]
		});
	});

	it('carries the questionnaire, the method options and its caveat, and the minimum n', () => {
		const p = survey();
		expect(p.id).toBe('survey-sipas-agency-2025');
		expect(p.title.vi).toBe('Mức độ hài lòng (SIPAS) năm 2025 — các sở, ban, ngành');
		expect(p.provenance).toMatchObject({
			questionnaire: { code: 'SIPAS-1001-2023' },
			method_version: 'SIPAS-1001-2023',
			method: { satisfied_threshold: 4, item_aggregation: 'mean', element_aggregation: 'mean_of_elements' },
			method_note: { vi: 'Phương pháp mặc định, chưa đối chiếu công thức chính thức' },
			min_n: 30,
			year: 2025
		});
	});

	it('reads back what it wrote', () => {
		expect(parsePublication(publicationJson(survey()))).toEqual({ ok: true, publication: survey() });
	});

	it('withholds every unit when the minimum is raised above all of them', () => {
		const p = surveyPublication(SURVEY_INPUT, { ...SURVEY_META, minN: 500 });
		expect(p.rows.every((r) => r.suppressed)).toBe(true);
		expect(p.elements).toEqual([]);
		expect(p.items.every((i) => i.suppressed)).toBe(true);
	});

	it('refuses a view without units', () => {
		expect(() => surveyPublication({ units: [], elements: [], items: [] }, SURVEY_META)).toThrow(/no unit/);
	});
});
