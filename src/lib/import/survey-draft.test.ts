import { describe, expect, it } from 'vitest';
import { QuestionnaireSchema } from '$lib/survey/questionnaire';
import {
	draftMapping,
	draftProblems,
	draftQuestionnaire,
	columnCodes,
	itemCodeOf,
	newDraft,
	shortLabel,
	withElement,
	withoutElement,
	withoutPart,
	withPart,
	withScale,
	type QuestionnaireDraft
} from './survey-draft';

describe('itemCodeOf, shortLabel and columnCodes', () => {
	it.each([
		[
			'Câu 1. Nơi tiếp nhận hồ sơ có biển chỉ dẫn rõ ràng',
			'C1',
			'Nơi tiếp nhận hồ sơ có biển chỉ dẫn rõ ràng'
		],
		['CÂU 12: Thái độ của công chức', 'C12', 'Thái độ của công chức'],
		['Câu 9.1 Mức độ quan tâm', 'C9.1', 'Mức độ quan tâm'],
		['3) Thời gian chờ', 'C3', 'Thời gian chờ'],
		['II.A.1 Tiếp cận thông tin', 'II.A.1', 'Tiếp cận thông tin'],
		['II.E.3', 'II.E.3', 'II.E.3'],
		['TC2 - Chỗ ngồi chờ', 'TC2', 'Chỗ ngồi chờ'],
		['Thái độ phục vụ', null, 'Thái độ phục vụ'],
		['Năm 2024', null, 'Năm 2024'],
		[
			'Câu 5. Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ hiểu và không gây phiền hà cho người dân',
			'C5',
			'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo, dễ…'
		]
	])('reads %j as code %s, label %j', (header, code, label) => {
		expect(itemCodeOf(header)).toBe(code);
		expect(shortLabel(header)).toBe(label);
		expect(shortLabel(header).length).toBeLessThanOrEqual(60);
	});
});

it.each([
	[
		['Mã phiếu', 'Câu 1. A', 'Câu 1. B', 'Khác'],
		['Cot1', 'C1', 'C1_2', 'C4']
	],
	[
		['Câu 2. A', 'Khác'],
		['C2', 'Cot2']
	],
	[
		['II.A.1', 'ii.a.1 lặp lại'],
		['II.A.1', 'II.A.1_2']
	]
])('gives the columns %j the codes %j', (headers, codes) => {
	expect(columnCodes(headers)).toEqual(codes);
});

const FILE = {
	fileName: 'khao-sat-so-y-te.csv',
	headers: [
		'Mã phiếu',
		'Năm',
		'Đơn vị',
		'Câu 1. Biển chỉ dẫn',
		'Câu 2. Chỗ ngồi',
		'Câu 2. Chỗ ngồi',
		'Ghi chú'
	],
	likert: [3, 4, 5, 1], // the sniffer took the year column for answers: it is the respondent's, never an item
	taken: [0, 1, 2]
};

describe('a draft questionnaire', () => {
	const draft = newDraft('custom', FILE);

	it('starts from the file: its Likert columns as items, codes and labels from the headers, one element', () => {
		expect(draft.columns.filter((c) => c.use).map((c) => [c.code, c.labelVi, c.element])).toEqual([
			['C1', 'Biển chỉ dẫn', 'E1'],
			['C2', 'Chỗ ngồi', 'E1'],
			['C2_2', 'Chỗ ngồi', 'E1'] // a repeated header gets a code of its own
		]);
		expect(draft.nameVi).toBe('Bảng hỏi riêng – khao-sat-so-y-te');
		expect([draft.scaleMax, draft.threshold, draft.labels[5]]).toEqual([5, 4, 'Rất hài lòng']);
		expect(draftProblems(draft)).toEqual([]);
	});

	it('gives the questionnaire with its items in slots 1, 2… and the columns they are read from', () => {
		const q = draftQuestionnaire(draft);
		expect(QuestionnaireSchema.parse(q)).toEqual(q);
		expect(q.items).toEqual([
			{ code: 'C1', slot: 1, element: 'E1', labelVi: 'Biển chỉ dẫn' },
			{ code: 'C2', slot: 2, element: 'E1', labelVi: 'Chỗ ngồi' },
			{ code: 'C2_2', slot: 3, element: 'E1', labelVi: 'Chỗ ngồi' }
		]);
		expect(q.scale).toEqual({
			min: 1,
			max: 5,
			labelsVi: {
				1: 'Rất không hài lòng',
				2: 'Không hài lòng',
				3: 'Bình thường',
				4: 'Hài lòng',
				5: 'Rất hài lòng'
			}
		});
		expect(draftMapping(draft)).toEqual({ C1: 3, C2: 4, C2_2: 5 });
	});

	it.each([
		[4, 3, { 1: 'Rất không hài lòng', 2: 'Không hài lòng', 3: 'Hài lòng', 4: 'Rất hài lòng' }],
		[7, 5, { 1: 'Rất không hài lòng', 4: 'Bình thường', 7: 'Rất hài lòng' }],
		[10, 7, { 1: 'Rất không hài lòng', 10: 'Rất hài lòng' }]
	] as const)('on 1–%i: satisfied from %i, labels %j', (max, threshold, labels) => {
		const q = draftQuestionnaire(withScale(draft, max));
		expect([q.scale.max, q.satisfiedThreshold, q.scale.labelsVi]).toEqual([max, threshold, labels]);
		expect(QuestionnaireSchema.safeParse(q).success).toBe(true);
	});

	it('names elements and parts; removing one moves its items or elements to the first left, never the last', () => {
		let d = withPart(withElement(draft));
		expect(d.elements.map((e) => [e.code, e.part, e.labelVi])).toEqual([
			['E1', 'P1', 'Yếu tố 1'],
			['E2', 'P1', 'Yếu tố 2']
		]);
		d = {
			...d,
			elements: d.elements.map((e) => (e.code === 'E2' ? { ...e, part: 'P2' } : e)),
			columns: d.columns.map((c) => (c.column === 5 ? { ...c, element: 'E2' } : c))
		};
		expect(draftQuestionnaire(d).items.map((i) => i.element)).toEqual(['E1', 'E1', 'E2']);
		expect(withoutPart(d, 'P2').elements.map((e) => e.part)).toEqual(['P1', 'P1']);
		expect(draftQuestionnaire(withoutElement(d, 'E2')).items.map((i) => i.element)).toEqual([
			'E1',
			'E1',
			'E1'
		]);
		expect(withoutElement(draft, 'E1')).toBe(draft);
		expect(withoutPart(draft, 'P1')).toBe(draft);
		expect(
			withElement(withoutElement(withElement(withElement(draft)), 'E2')).elements.map((e) => e.code)
		).toEqual(['E1', 'E3', 'E4']);
	});

	it('puts items on 2640’s five elements, a Part II header on its own (II.B.2 → E2)', () => {
		const d = newDraft('SIPAS-2640-2017', {
			...FILE,
			headers: ['Mã phiếu', 'Năm', 'Đơn vị', 'II.B.2 Hồ sơ', 'II.E.1 Phản ánh', 'Khác'],
			likert: [3, 4, 5]
		});
		expect(d.elements.map((e) => e.code)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
		expect(d.columns.filter((c) => c.use).map((c) => [c.code, c.element])).toEqual([
			['II.B.2', 'E2'],
			['II.E.1', 'E5'],
			['C6', 'E1']
		]);
		const q = draftQuestionnaire(d);
		expect([q.source, q.parts.length]).toEqual(['SIPAS-2640-2017', 1]);
		expect(draftProblems(d)).toEqual([]);
	});

	const broken = (change: (d: QuestionnaireDraft) => QuestionnaireDraft) => draftProblems(change(draft));
	it.each([
		['no name', (d: QuestionnaireDraft) => ({ ...d, nameVi: '  ' }), [{ code: 'name' }]],
		[
			'an item code with a space',
			(d: QuestionnaireDraft) => ({
				...d,
				columns: d.columns.map((c) => (c.column === 3 ? { ...c, code: 'C 1' } : c))
			}),
			[{ code: 'item_code', header: 'Câu 1. Biển chỉ dẫn' }]
		],
		[
			'two items of one code',
			(d: QuestionnaireDraft) => ({
				...d,
				columns: d.columns.map((c) => (c.column === 5 ? { ...c, code: 'C2' } : c))
			}),
			[{ code: 'item_code_twice', text: 'C2' }]
		],
		[
			'an item without a label',
			(d: QuestionnaireDraft) => ({
				...d,
				columns: d.columns.map((c) => (c.column === 4 ? { ...c, labelVi: '' } : c))
			}),
			[{ code: 'item_label', header: 'Câu 2. Chỗ ngồi' }]
		],
		[
			'an element without a name',
			(d: QuestionnaireDraft) => ({ ...d, elements: [{ ...d.elements[0]!, labelVi: '' }] }),
			[{ code: 'element_label', text: 'E1' }]
		],
		[
			'a part without a name',
			(d: QuestionnaireDraft) => ({ ...d, parts: [{ code: 'P1', labelVi: ' ' }] }),
			[{ code: 'part_label', text: 'P1' }]
		],
		[
			'one answer label for two values',
			(d: QuestionnaireDraft) => ({ ...d, labels: { ...d.labels, 4: 'rat hai long' } }),
			[{ code: 'label_twice', text: 'Rất hài lòng' }]
		],
		[
			'no item: nothing to refuse here, the import refuses it',
			(d: QuestionnaireDraft) => ({ ...d, columns: d.columns.map((c) => ({ ...c, use: false })) }),
			[]
		]
	])('says what is wrong: %s', (_, change, problems) => {
		expect(broken(change)).toEqual(problems);
	});

	it('ignores an item code or label of a column that is not an item', () => {
		expect(
			broken((d) => ({
				...d,
				columns: d.columns.map((c) => (c.column === 6 ? { ...c, code: '', labelVi: '' } : c))
			}))
		).toEqual([]);
	});
});
