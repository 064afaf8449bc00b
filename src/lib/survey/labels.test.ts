import { describe, expect, it } from 'vitest';
import { componentsOf } from '$lib/indices';
import { questionnaireName, questionnaireTitle, scaleAnswers } from './labels';
import { QuestionnaireSchema, SIPAS_1001, SIPAS_2640_TEMPLATE, type Questionnaire } from './questionnaire';

const own: Questionnaire = QuestionnaireSchema.parse({
	id: 'own-1',
	nameVi: 'Khảo sát một cửa 2024',
	source: 'custom',
	scale: { min: 1, max: 5 },
	satisfiedThreshold: 4,
	parts: [{ code: 'P', labelVi: 'Phần chung' }],
	elements: [{ code: 'E1', part: 'P', labelVi: 'Thái độ cán bộ' }],
	items: [{ code: 'II.A.1', slot: 1, element: 'E1', labelVi: 'Cán bộ lịch sự' }]
});

describe('questionnaireTitle', () => {
	it.each([
		['1001', SIPAS_1001, 'vi', 'SIPAS theo Quyết định 1001/QĐ-BNV (2023–2026), Câu 9'],
		['1001', SIPAS_1001, 'en', 'SIPAS of Decision 1001/QĐ-BNV (2023–2026), question 9'],
		['2640', SIPAS_2640_TEMPLATE, 'en', 'SIPAS of Decision 2640/QĐ-BNV (2017–2020), 5 elements'],
		// An office's own questionnaire has the one name it was given, in both languages.
		['own', own, 'vi', 'Khảo sát một cửa 2024'],
		['own', own, 'en', 'Khảo sát một cửa 2024']
	] as const)('%s in %s', (_name, q, lang, expected) => {
		expect(questionnaireTitle(q, lang)).toBe(expected);
	});

	it('reads a questionnaire saved before it had an English name', () => {
		const { nameEn: _dropped, ...saved } = SIPAS_2640_TEMPLATE;
		const parsed = QuestionnaireSchema.parse(saved);
		expect(parsed.nameEn).toBeUndefined();
		expect(questionnaireTitle(parsed, 'en')).toBe(SIPAS_2640_TEMPLATE.nameVi);
	});
});

const E1_2640 = componentsOf('SIPAS-2640-2017').find(
	(c) => c.code === SIPAS_2640_TEMPLATE.elements[0]!.code
)!;
const renamed2640: Questionnaire = {
	...SIPAS_2640_TEMPLATE,
	elements: SIPAS_2640_TEMPLATE.elements.map((e, i) =>
		i === 0 ? { ...e, labelVi: 'Tiếp cận dịch vụ của xã' } : e
	)
};

describe('questionnaireName', () => {
	it.each([
		['1001', SIPAS_1001, 'I.A', 'vi', 'Trách nhiệm giải trình của chính quyền về chính sách'],
		['own', own, 'E1', 'en', 'Thái độ cán bộ'],
		['own', own, 'II.A.1', 'vi', 'Cán bộ lịch sự'],
		['own', own, 'nope', 'vi', 'nope'],
		// 2640's elements keep the catalog's names in both languages, unless the office renamed one.
		['2640', SIPAS_2640_TEMPLATE, SIPAS_2640_TEMPLATE.elements[0]!.code, 'en', E1_2640.nameEn],
		['2640', SIPAS_2640_TEMPLATE, SIPAS_2640_TEMPLATE.elements[0]!.code, 'vi', E1_2640.nameVi],
		['2640 renamed', renamed2640, SIPAS_2640_TEMPLATE.elements[0]!.code, 'en', 'Tiếp cận dịch vụ của xã']
	] as const)('%s %s in %s', (_name, q, code, lang, expected) => {
		expect(questionnaireName(q, code, lang)).toBe(expected);
	});
});

describe('scaleAnswers', () => {
	it('lists the answers lowest first with their labels, and numbers without labels', () => {
		expect(scaleAnswers(SIPAS_1001).map((a) => a.labelVi)).toEqual([
			'Rất không hài lòng',
			'Không hài lòng',
			'Bình thường',
			'Hài lòng',
			'Rất hài lòng'
		]);
		expect(scaleAnswers(own)).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, labelVi: null })));
	});
});
