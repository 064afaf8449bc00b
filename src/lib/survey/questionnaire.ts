// A questionnaire as data: its items, which element and part each belongs to, the answer scale and which answers
// count as satisfied (DOMAIN.md §3.2–3.3). SIPAS 1001 and the 2640 element template are built in; an office's
// own questionnaires are saved on the device in the same shape (workspace/questionnaires.ts).
import { z } from 'zod';
import { componentsOf } from '$lib/indices';
import { SIPAS_Q9, SIPAS_Q9_SCALE } from '$lib/indices/sipas-questionnaire';
import { MAX_ITEMS, slotColumn } from '$lib/sql/schema';
import type { SurveyLayout } from './method';

export const QUESTIONNAIRE_SOURCES = ['SIPAS-1001-2023', 'SIPAS-2640-2017', 'custom'] as const;
export type QuestionnaireSource = (typeof QUESTIONNAIRE_SOURCES)[number];

const code = z
	.string()
	.trim()
	.min(1)
	.max(40)
	.regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, "." "_" "-"');
const label = z.string().trim().min(1).max(120);

export const QuestionnaireSchema = z
	.object({
		id: z.string().min(1).max(80),
		nameVi: label,
		/** The built-in questionnaires' English name; an office's own has only the name it wrote. */
		nameEn: label.optional(),
		source: z.enum(QUESTIONNAIRE_SOURCES),
		scale: z.object({
			min: z.number().int().min(0).max(10),
			max: z.number().int().min(1).max(10),
			/** Answer labels by value ("Rất hài lòng"), used to read labelled answers. */
			labelsVi: z.record(z.string(), z.string()).default({})
		}),
		satisfiedThreshold: z.number().int(),
		parts: z.array(z.object({ code, labelVi: label })).min(1),
		elements: z.array(z.object({ code, part: code, labelVi: label })).min(1),
		items: z
			.array(z.object({ code, slot: z.number().int().min(1).max(MAX_ITEMS), element: code, labelVi: label }))
			.max(MAX_ITEMS)
	})
	.superRefine((q, ctx) => {
		const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
		if (q.scale.max <= q.scale.min) issue('scale.max must be above scale.min');
		if (q.satisfiedThreshold <= q.scale.min || q.satisfiedThreshold > q.scale.max) {
			issue('satisfiedThreshold must be inside the scale, above its lowest answer');
		}
		const parts = new Set(q.parts.map((p) => p.code));
		const elements = new Set(q.elements.map((e) => e.code));
		if (parts.size !== q.parts.length) issue('part codes must be unique');
		if (elements.size !== q.elements.length) issue('element codes must be unique');
		for (const e of q.elements) if (!parts.has(e.part)) issue(`element ${e.code}: no part ${e.part}`);
		if (new Set(q.items.map((i) => i.code)).size !== q.items.length) issue('item codes must be unique');
		if (new Set(q.items.map((i) => i.slot)).size !== q.items.length) issue('item slots must be unique');
		for (const i of q.items) if (!elements.has(i.element)) issue(`item ${i.code}: no element ${i.element}`);
	});

export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

const SCALE_LABELS: Record<string, string> = { ...SIPAS_Q9_SCALE.labelsVi };

/** The catalog's parts or elements of a SIPAS method version, as a questionnaire lists them. */
function levelOf(version: string, level: 'part' | 'element') {
	return componentsOf(version).filter((c) => c.level === level);
}

/** SIPAS 1001/QĐ-BNV (2023–2026), Câu 9: 39 items, 9 elements, parts I and II, in slots 1–39. */
export const SIPAS_1001: Questionnaire = {
	id: 'SIPAS-1001-2023',
	nameVi: 'SIPAS theo Quyết định 1001/QĐ-BNV (2023–2026), Câu 9',
	nameEn: 'SIPAS of Decision 1001/QĐ-BNV (2023–2026), question 9',
	source: 'SIPAS-1001-2023',
	scale: { min: SIPAS_Q9_SCALE.min, max: SIPAS_Q9_SCALE.max, labelsVi: SCALE_LABELS },
	satisfiedThreshold: 4,
	parts: levelOf('SIPAS-1001-2023', 'part').map((p) => ({ code: p.code, labelVi: p.nameVi })),
	elements: levelOf('SIPAS-1001-2023', 'element').map((e) => ({
		code: e.code,
		part: e.parent ?? '',
		labelVi: e.nameVi
	})),
	items: SIPAS_Q9.flatMap((e) =>
		e.items.map((i) => ({ code: i.code, slot: i.no, element: e.code, labelVi: i.labelVi }))
	)
};

/**
 * SIPAS 2640/QĐ-BNV (2017–2020): five elements of service delivery. Its 22 criteria were each province's own,
 * so this is a template: a questionnaire made from it keeps the elements and adds the office's items.
 */
export const SIPAS_2640_TEMPLATE: Questionnaire = {
	id: 'SIPAS-2640-2017',
	nameVi: 'SIPAS theo Quyết định 2640/QĐ-BNV (2017–2020), 5 yếu tố',
	nameEn: 'SIPAS of Decision 2640/QĐ-BNV (2017–2020), 5 elements',
	source: 'SIPAS-2640-2017',
	scale: { min: SIPAS_Q9_SCALE.min, max: SIPAS_Q9_SCALE.max, labelsVi: SCALE_LABELS },
	satisfiedThreshold: 4,
	// 2640 has no parts: one, so that part and overall are the same mean of the five elements.
	parts: [{ code: 'DV', labelVi: 'Cung ứng dịch vụ hành chính công' }],
	elements: levelOf('SIPAS-2640-2017', 'element').map((e) => ({
		code: e.code,
		part: 'DV',
		labelVi: e.nameVi
	})),
	items: []
};

/** The questionnaires chiso ships, by id. */
export const BUILT_IN_QUESTIONNAIRES: readonly Questionnaire[] = [SIPAS_1001, SIPAS_2640_TEMPLATE];

/** Which answers are items of which element, with each item's answer column, for the summary and the maths. */
export function layoutOf(q: Questionnaire): SurveyLayout {
	const withItems = new Set(q.items.map((i) => i.element));
	return {
		items: q.items.map((i) => ({ code: i.code, column: slotColumn(i.slot), element: i.element })),
		elements: q.elements.filter((e) => withItems.has(e.code)).map((e) => ({ code: e.code, part: e.part })),
		scale: { min: q.scale.min, max: q.scale.max }
	};
}

/** The answer column of each item code of `q`. */
export function itemColumns(q: Questionnaire): Map<string, string> {
	return new Map(q.items.map((i) => [i.code, slotColumn(i.slot)]));
}
