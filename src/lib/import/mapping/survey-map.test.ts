import { describe, expect, it } from 'vitest';
import { SIPAS_1001, type Questionnaire } from '$lib/survey/questionnaire';
import { surveyContract, SURVEY_CONTRACT } from '../contracts/survey';
import { autoMapSurvey, itemByElementPlace, mappedItems } from './survey-map';

/** Part II of SIPAS 1001 as a form numbers it: element II.A has 3 items, II.B 4, II.C 3, II.D 3, II.E 3. */
const PART_TWO: [header: string, code: string][] = [
	['II.A.1', 'q9_24'],
	['II.A.2', 'q9_25'],
	['II.A.3', 'q9_26'],
	['II.B.1', 'q9_27'],
	['II.B.2', 'q9_28'],
	['II.B.3', 'q9_29'],
	['II.B.4', 'q9_30'],
	['II.C.1', 'q9_31'],
	['II.C.2', 'q9_32'],
	['II.C.3', 'q9_33'],
	['II.D.1', 'q9_34'],
	['II.D.2', 'q9_35'],
	['II.D.3', 'q9_36'],
	['II.E.1', 'q9_37'],
	['II.E.2', 'q9_38'],
	['II.E.3', 'q9_39']
];

describe('itemByElementPlace', () => {
	it.each(PART_TWO)('reads %s as SIPAS 1001 item %s', (header, code) => {
		expect(itemByElementPlace(SIPAS_1001, header)).toBe(code);
	});

	it.each([
		['I.A.1', 'q9_01'],
		['I.C.9', 'q9_13'], // I.A 2 + I.B 2 + the 9th of I.C
		['i.d.10', 'q9_23'],
		['II.A.1. Tiếp cận thông tin về dịch vụ', 'q9_24'],
		['Câu II.B.2 – Thành phần hồ sơ', 'q9_28'],
		['II A 3', 'q9_26'],
		['II.A.4', null], // II.A has three items
		['II.F.1', null], // no element II.F
		['II.A', null],
		['II.A.1.2', null], // a sub-question names no item
		['III.A.1', null],
		['Câu 9.24', null], // autoMap's own name for q9_24, not an element's place
		['Năm', null]
	])('reads %j as %s', (header, code) => {
		expect(itemByElementPlace(SIPAS_1001, header)).toBe(code);
	});

	it('reads an office questionnaire’s elements the same way, the longest code first', () => {
		const own: Questionnaire = {
			id: 'custom-x',
			nameVi: 'Riêng',
			source: 'custom',
			scale: { min: 1, max: 5, labelsVi: {} },
			satisfiedThreshold: 4,
			parts: [{ code: 'I', labelVi: 'Phần I' }],
			elements: [
				{ code: 'I', part: 'I', labelVi: 'Chung' },
				{ code: 'I.A', part: 'I', labelVi: 'Tiếp cận' }
			],
			items: [
				{ code: 'X1', slot: 1, element: 'I', labelVi: 'Một' },
				{ code: 'Y1', slot: 2, element: 'I.A', labelVi: 'Hai' }
			]
		};
		expect(itemByElementPlace(own, 'I.A.1')).toBe('Y1');
		expect(itemByElementPlace(own, 'I.1')).toBe('X1');
	});
});

describe('autoMapSurvey', () => {
	it('maps the sixteen items of a Part II export (II.A.1 … II.E.3) to SIPAS 1001, and its respondent columns', () => {
		const headers = ['STT', 'Mã phiếu', 'Năm', 'Đơn vị', ...PART_TWO.map(([h]) => h), 'Ghi chú'];
		const mapping = autoMapSurvey(SIPAS_1001, SURVEY_CONTRACT, headers);
		expect(mapping).toEqual({
			respondent_key: 1,
			period: 2,
			unit_key: 3,
			...Object.fromEntries(PART_TWO.map(([, code], i) => [code, 4 + i]))
		});
		expect(mappedItems(SIPAS_1001, mapping)).toBe(16);
	});

	it('keeps a name match first: a column is used once, an item mapped once', () => {
		const headers = ['Câu 9.24', 'II.A.1', 'II.A.2'];
		expect(autoMapSurvey(SIPAS_1001, surveyContract(SIPAS_1001), headers)).toEqual({ q9_24: 0, q9_25: 2 });
	});

	it('finds an office questionnaire’s items by the code a header’s number gives, whatever the wording', () => {
		const own: Questionnaire = {
			id: 'custom-y',
			nameVi: 'Một cửa',
			source: 'custom',
			scale: { min: 1, max: 5, labelsVi: {} },
			satisfiedThreshold: 4,
			parts: [{ code: 'P1', labelVi: 'Phần 1' }],
			elements: [{ code: 'E1', part: 'P1', labelVi: 'Chung' }],
			items: [
				{ code: 'C1', slot: 1, element: 'E1', labelVi: 'Nơi tiếp nhận hồ sơ' },
				{ code: 'C2', slot: 2, element: 'E1', labelVi: 'Chỗ ngồi chờ' },
				{ code: 'TC3', slot: 3, element: 'E1', labelVi: 'Thái độ' }
			]
		};
		const headers = [
			'Mã phiếu',
			'Năm',
			'Đơn vị',
			'Câu 2: Ghế ngồi chờ',
			'CÂU 1. Nơi nhận hồ sơ',
			'tc3 thái độ',
			'Câu 4. Khác'
		];
		expect(autoMapSurvey(own, surveyContract(own), headers)).toEqual({
			respondent_key: 0,
			period: 1,
			unit_key: 2,
			C2: 3,
			C1: 4,
			TC3: 5
		});
		// SIPAS 1001's codes are q9_NN: "Câu 9.1" is found by name, never as an item "C9.1".
		expect(
			mappedItems(SIPAS_1001, autoMapSurvey(SIPAS_1001, SURVEY_CONTRACT, ['Câu 1. A', 'Câu 2. B']))
		).toBe(0);
	});
});
