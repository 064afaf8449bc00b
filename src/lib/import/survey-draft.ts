import {
	QuestionnaireSchema,
	SIPAS_1001,
	SIPAS_2640_TEMPLATE,
	type Questionnaire
} from '$lib/survey/questionnaire';
import { MAX_ITEMS } from '$lib/sql/schema';
import { itemCodeOf, shortLabel } from './mapping/item-header';
import { fold } from './rules/fold';
import type { ColumnMapping } from './validate/plan';

export { itemCodeOf, shortLabel };

/*
 * A questionnaire defined on the import page from the file's own columns: which columns are items, each item's
 * code and short label (from its header), the element it belongs to (2640's five, or elements and parts the
 * analyst names), the scale with its answer labels and the satisfied threshold. Pure: the page's state holds a
 * draft, and the questionnaire, the columns of its items and what is wrong with it all come from the draft.
 */

/** The scales an office's questionnaire may use: 1–4, 1–5 (the default), 1–7, 1–10. */
export const SCALE_MAXIMA = [4, 5, 7, 10] as const;
export type ScaleMax = (typeof SCALE_MAXIMA)[number];

/** Satisfied from: 4 on 1–5 (SIPAS), the top two of 1–4, the top three of 1–7 and four of 1–10. */
const THRESHOLDS: Record<ScaleMax, number> = { 4: 3, 5: 4, 7: 5, 10: 7 };

/** Answer labels offered for each scale: SIPAS's on 1–5; the ends (and the middle) of longer scales. */
const LABELS: Record<ScaleMax, Record<number, string>> = {
	4: { 1: 'Rất không hài lòng', 2: 'Không hài lòng', 3: 'Hài lòng', 4: 'Rất hài lòng' },
	5: { ...SIPAS_1001.scale.labelsVi },
	7: { 1: 'Rất không hài lòng', 4: 'Bình thường', 7: 'Rất hài lòng' },
	10: { 1: 'Rất không hài lòng', 10: 'Rất hài lòng' }
};

export const defaultThreshold = (max: ScaleMax): number => THRESHOLDS[max];

/** One of the file's columns as a possible item. */
export interface DraftColumn {
	column: number;
	header: string;
	/** An item of the questionnaire. */
	use: boolean;
	code: string;
	labelVi: string;
	/** The code of its element. */
	element: string;
}

export interface QuestionnaireDraft {
	/** An office's own questionnaire, or items of the office's own on 2640's five elements. */
	source: 'custom' | 'SIPAS-2640-2017';
	nameVi: string;
	scaleMax: ScaleMax;
	threshold: number;
	/** Answer labels by value ("Rất hài lòng"); a blank label is none. */
	labels: Record<number, string>;
	parts: { code: string; labelVi: string }[];
	elements: { code: string; part: string; labelVi: string }[];
	columns: DraftColumn[];
}

/** 2640's element of a Part II header of SIPAS 1001 ("II.B.2" → E2): Part II kept 2640's five elements. */
function element2640(header: string): string | null {
	const letter = /^(?:cau )?ii ([a-e]) \d/.exec(fold(header))?.[1];
	return letter ? `E${letter.charCodeAt(0) - 96}` : null;
}

/**
 * A code for each column: the header's own, with "_2", "_3"… added to a repeat; where the header gives none,
 * `C` and the column's number ("Cot" and the number when a header gave that code already).
 */
export function columnCodes(headers: readonly string[]): string[] {
	const own = headers.map(itemCodeOf);
	const given = new Set(own.filter((c) => c !== null));
	const taken = new Set<string>();
	return own.map((code, i) => {
		const base = code ?? (given.has(`C${i + 1}`) ? `Cot${i + 1}` : `C${i + 1}`);
		let unique = base;
		for (let k = 2; taken.has(unique); k++) unique = `${base}_${k}`;
		taken.add(unique);
		return unique;
	});
}

export interface DraftFile {
	fileName: string;
	headers: readonly string[];
	/** Columns whose values read as Likert answers: preselected as items. */
	likert: readonly number[];
	/** Columns the respondent's fields use (id, year, unit…): never items. */
	taken: readonly number[];
}

/** A new draft for a file: its Likert columns as items, codes and labels from their headers, one element. */
export function newDraft(source: QuestionnaireDraft['source'], file: DraftFile): QuestionnaireDraft {
	const likert = new Set(file.likert);
	const on2640 = source === 'SIPAS-2640-2017';
	const elements = on2640
		? SIPAS_2640_TEMPLATE.elements.map((e) => ({ ...e }))
		: [{ code: 'E1', part: 'P1', labelVi: 'Yếu tố 1' }];
	const codes = columnCodes(file.headers);
	return {
		source,
		nameVi: `${on2640 ? 'SIPAS 2640' : 'Bảng hỏi riêng'} – ${file.fileName.replace(/\.[^.]+$/, '')}`.slice(
			0,
			120
		),
		scaleMax: 5,
		threshold: defaultThreshold(5),
		labels: { ...LABELS[5] },
		parts: on2640 ? SIPAS_2640_TEMPLATE.parts.map((p) => ({ ...p })) : [{ code: 'P1', labelVi: 'Phần 1' }],
		elements,
		columns: file.headers.map((header, column) => ({
			column,
			header,
			use: likert.has(column) && !file.taken.includes(column),
			code: codes[column]!,
			labelVi: shortLabel(header),
			element: (on2640 && element2640(header)) || elements[0]!.code
		}))
	};
}

/** The draft on another scale: its threshold and labels those of the new scale. */
export function withScale(draft: QuestionnaireDraft, max: ScaleMax): QuestionnaireDraft {
	return { ...draft, scaleMax: max, threshold: defaultThreshold(max), labels: { ...LABELS[max] } };
}

/** Codes E1, E2… (P1, P2…) not yet used. */
function nextCode(prefix: string, used: readonly { code: string }[]): string {
	let n = used.length + 1;
	while (used.some((u) => u.code === `${prefix}${n}`)) n++;
	return `${prefix}${n}`;
}

export function withElement(draft: QuestionnaireDraft, part = draft.parts[0]!.code): QuestionnaireDraft {
	const code = nextCode('E', draft.elements);
	return { ...draft, elements: [...draft.elements, { code, part, labelVi: `Yếu tố ${code.slice(1)}` }] };
}

/** Without element `code` (never the last one): its items go to the first element left. */
export function withoutElement(draft: QuestionnaireDraft, code: string): QuestionnaireDraft {
	const elements = draft.elements.filter((e) => e.code !== code);
	if (elements.length === 0) return draft;
	const columns = draft.columns.map((c) => (c.element === code ? { ...c, element: elements[0]!.code } : c));
	return { ...draft, elements, columns };
}

export function withPart(draft: QuestionnaireDraft): QuestionnaireDraft {
	const code = nextCode('P', draft.parts);
	return { ...draft, parts: [...draft.parts, { code, labelVi: `Phần ${code.slice(1)}` }] };
}

/** Without part `code` (never the last one): its elements go to the first part left. */
export function withoutPart(draft: QuestionnaireDraft, code: string): QuestionnaireDraft {
	const parts = draft.parts.filter((p) => p.code !== code);
	if (parts.length === 0) return draft;
	const elements = draft.elements.map((e) => (e.part === code ? { ...e, part: parts[0]!.code } : e));
	return { ...draft, parts, elements };
}

/** The columns that are items, in the file's order. */
const itemColumns = (draft: QuestionnaireDraft) => draft.columns.filter((c) => c.use);

/** The questionnaire the draft defines, items in slots 1, 2… in the file's order; its id comes when it is saved. */
export function draftQuestionnaire(draft: QuestionnaireDraft): Questionnaire {
	const labelsVi: Record<string, string> = {};
	for (const [value, label] of Object.entries(draft.labels)) {
		if (label.trim() !== '' && Number(value) <= draft.scaleMax) labelsVi[value] = label.trim();
	}
	return {
		id: 'draft',
		nameVi: draft.nameVi.trim(),
		source: draft.source,
		scale: { min: 1, max: draft.scaleMax, labelsVi },
		satisfiedThreshold: draft.threshold,
		parts: draft.parts.map((p) => ({ code: p.code, labelVi: p.labelVi.trim() })),
		elements: draft.elements.map((e) => ({ code: e.code, part: e.part, labelVi: e.labelVi.trim() })),
		items: itemColumns(draft).map((c, i) => ({
			code: c.code.trim(),
			slot: i + 1,
			element: c.element,
			labelVi: c.labelVi.trim()
		}))
	};
}

/** Item code → column, for the check. */
export function draftMapping(draft: QuestionnaireDraft): ColumnMapping {
	return Object.fromEntries(itemColumns(draft).map((c) => [c.code.trim(), c.column]));
}

/** What keeps a draft from being a questionnaire, each with what it is about (a header, a code, a label). */
export type DraftProblem =
	| { code: 'name' | 'too_many_items' }
	| { code: 'item_code' | 'item_label'; header: string }
	| { code: 'item_code_twice' | 'label_twice'; text: string }
	| { code: 'element_label' | 'part_label'; text: string };

const CODE = /^[\p{L}\p{N}._-]{1,40}$/u;

/** Everything wrong with the draft, in the order the page shows its parts; empty when it can be saved. */
export function draftProblems(draft: QuestionnaireDraft): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const label = (text: string) => text.trim() !== '' && text.trim().length <= 120;
	if (!label(draft.nameVi)) problems.push({ code: 'name' });
	const folded = new Map<string, string>();
	for (const [value, text] of Object.entries(draft.labels)) {
		if (text.trim() === '' || Number(value) > draft.scaleMax) continue;
		if (folded.has(fold(text))) problems.push({ code: 'label_twice', text: text.trim() });
		folded.set(fold(text), value);
	}
	for (const p of draft.parts) if (!label(p.labelVi)) problems.push({ code: 'part_label', text: p.code });
	for (const e of draft.elements)
		if (!label(e.labelVi)) problems.push({ code: 'element_label', text: e.code });
	const items = itemColumns(draft);
	if (items.length > MAX_ITEMS) problems.push({ code: 'too_many_items' });
	const seen = new Set<string>();
	for (const c of items) {
		const code = c.code.trim();
		if (!CODE.test(code)) problems.push({ code: 'item_code', header: c.header });
		else if (seen.has(code)) problems.push({ code: 'item_code_twice', text: code });
		seen.add(code);
		if (!label(c.labelVi)) problems.push({ code: 'item_label', header: c.header });
	}
	// The schema is the last word; what it refuses that is not said above would be a bug here.
	if (problems.length === 0 && items.length > 0) QuestionnaireSchema.parse(draftQuestionnaire(draft));
	return problems;
}
