import { describe, expect, it } from 'vitest';
import {
	itemColumns,
	layoutOf,
	QuestionnaireSchema,
	SIPAS_1001,
	SIPAS_2640_TEMPLATE,
	type Questionnaire
} from './questionnaire';

/** A small office questionnaire: two elements of one part, three items, answers 1–4. */
const OWN: Questionnaire = {
	id: 'custom-vinh-long-2024',
	nameVi: 'Khảo sát một cửa Vĩnh Long 2024',
	source: 'custom',
	scale: { min: 1, max: 4, labelsVi: { 1: 'Không hài lòng', 4: 'Rất hài lòng' } },
	satisfiedThreshold: 3,
	parts: [{ code: 'DV', labelVi: 'Dịch vụ' }],
	elements: [
		{ code: 'TC', part: 'DV', labelVi: 'Tiếp cận' },
		{ code: 'CC', part: 'DV', labelVi: 'Công chức' }
	],
	items: [
		{ code: 'TC1', slot: 1, element: 'TC', labelVi: 'Biển chỉ dẫn' },
		{ code: 'TC2', slot: 2, element: 'TC', labelVi: 'Chỗ ngồi' },
		{ code: 'CC1', slot: 5, element: 'CC', labelVi: 'Thái độ' }
	]
};

describe('questionnaires', () => {
	it('puts SIPAS 1001 Câu 9 in slots 1–39: 2, 2, 9, 10, 3, 4, 3, 3, 3 items in 9 elements of 2 parts', () => {
		expect(QuestionnaireSchema.parse(SIPAS_1001)).toEqual(SIPAS_1001);
		const columns = itemColumns(SIPAS_1001);
		expect([columns.get('q9_01'), columns.get('q9_24'), columns.get('q9_39')]).toEqual([
			'item_001',
			'item_024',
			'item_039'
		]);
		const perElement = SIPAS_1001.elements.map(
			(e) => SIPAS_1001.items.filter((i) => i.element === e.code).length
		);
		expect(perElement).toEqual([2, 2, 9, 10, 3, 4, 3, 3, 3]);
		expect(SIPAS_1001.parts.map((p) => p.code)).toEqual(['I', 'II']);
		expect(SIPAS_1001.elements.find((e) => e.code === 'II.A')).toMatchObject({
			part: 'II',
			labelVi: 'Tiếp cận dịch vụ'
		});
	});

	it('keeps 2640 as a template: its five elements, no items of its own', () => {
		expect(QuestionnaireSchema.parse(SIPAS_2640_TEMPLATE).elements.map((e) => e.code)).toEqual([
			'E1',
			'E2',
			'E3',
			'E4',
			'E5'
		]);
		expect(SIPAS_2640_TEMPLATE.items).toEqual([]);
	});

	it('lays out an office questionnaire by its slots, leaving out elements with no item', () => {
		const withEmpty = {
			...OWN,
			elements: [...OWN.elements, { code: 'KQ', part: 'DV', labelVi: 'Kết quả' }]
		};
		expect(layoutOf(QuestionnaireSchema.parse(withEmpty))).toEqual({
			items: [
				{ code: 'TC1', column: 'item_001', element: 'TC' },
				{ code: 'TC2', column: 'item_002', element: 'TC' },
				{ code: 'CC1', column: 'item_005', element: 'CC' }
			],
			elements: [
				{ code: 'TC', part: 'DV' },
				{ code: 'CC', part: 'DV' }
			],
			scale: { min: 1, max: 4 }
		});
	});

	const broken: [string, (q: Questionnaire) => unknown, RegExp][] = [
		['two items in one slot', (q) => ({ ...q, items: [...q.items, { ...q.items[0]!, code: 'X' }] }), /slots/],
		['an item code twice', (q) => ({ ...q, items: [...q.items, { ...q.items[0]!, slot: 9 }] }), /item codes/],
		['an item of no element', (q) => ({ ...q, items: [{ ...q.items[0]!, element: 'ZZ' }] }), /no element/],
		['an element of no part', (q) => ({ ...q, elements: [{ ...q.elements[0]!, part: 'P9' }] }), /no part/],
		['a slot past 100', (q) => ({ ...q, items: [{ ...q.items[0]!, slot: 101 }] }), /100/],
		['a threshold outside the scale', (q) => ({ ...q, satisfiedThreshold: 5 }), /inside the scale/],
		['a threshold on the lowest answer', (q) => ({ ...q, satisfiedThreshold: 1 }), /inside the scale/],
		['an upside-down scale', (q) => ({ ...q, scale: { ...q.scale, min: 5, max: 4 } }), /scale.max/],
		['a code with a space or a tag', (q) => ({ ...q, items: [{ ...q.items[0]!, code: '<b>' }] }), /letters/]
	];
	it.each(broken)('refuses %s', (_, change, message) => {
		const result = QuestionnaireSchema.safeParse(change(OWN));
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.message).join(' | ')).toMatch(message);
	});
});
