/*
 * Survey answers on the SIPAS scales (DOMAIN.md §3.3), written as a number ("4"), a label ("Hài lòng",
 * "hai long", "HÀI LÒNG") or both ("4 - Hài lòng", "4. Hài lòng"). Labels are compared folded: lower case,
 * no diacritics, punctuation as space. "Không trả lời", "KTL", "Không biết" and blank are missing (null),
 * never 0; anything else is an error that keeps the text.
 *
 * The answer labels are written here rather than imported from `indices/` (which `import/` may not import);
 * a test checks the 5-point labels against `SIPAS_Q9_SCALE`.
 */
import { foldText } from '$lib/units/fold';
import { isMissing, trimCell } from './missing';
import type { LikertScaleId } from './schema';
import { valueError, type ValueError } from './value-error';

export interface LikertScale {
	id: LikertScaleId;
	/** The questions that use the scale. */
	questions: string;
	min: number;
	max: number;
	/** Official label of each answer. */
	labels: Readonly<Record<number, string>>;
	/** Other ways the answers are written, folded → value. */
	aliases: Readonly<Record<string, number>>;
}

export const LIKERT_SCALES: Readonly<Record<LikertScaleId, LikertScale>> = {
	'satisfaction-5': {
		id: 'satisfaction-5',
		questions: 'Câu 9 (mức độ hài lòng)',
		min: 1,
		max: 5,
		labels: {
			1: 'Rất không hài lòng',
			2: 'Không hài lòng',
			3: 'Bình thường',
			4: 'Hài lòng',
			5: 'Rất hài lòng'
		},
		aliases: { 'trung binh': 3, 'trung lap': 3, 'binh thuong trung lap': 3 }
	},
	'interest-4': {
		id: 'interest-4',
		questions: 'Câu 1 (mức độ quan tâm theo dõi chính sách)',
		min: 1,
		max: 4,
		labels: { 1: 'Không quan tâm theo dõi', 2: 'Khá quan tâm', 3: 'Quan tâm', 4: 'Rất quan tâm theo dõi' },
		aliases: { 'khong quan tam': 1, 'kha quan tam theo doi': 2, 'quan tam theo doi': 3, 'rat quan tam': 4 }
	},
	'suitability-4': {
		id: 'suitability-4',
		questions: 'Câu 3 và Câu 7 (mức độ phù hợp)',
		min: 1,
		max: 4,
		labels: { 1: 'Không phù hợp', 2: 'Khá phù hợp', 3: 'Phù hợp', 4: 'Rất phù hợp' },
		aliases: {}
	},
	'wish-4': {
		id: 'wish-4',
		questions: 'Câu 10 (mong muốn cải thiện)',
		min: 1,
		max: 4,
		labels: { 1: 'Không mong muốn', 2: 'Khá mong muốn', 3: 'Mong muốn', 4: 'Rất mong muốn' },
		aliases: {}
	}
};

const lookups = new Map<LikertScaleId, ReadonlyMap<string, number>>(
	Object.values(LIKERT_SCALES).map((scale) => [
		scale.id,
		new Map([
			...Object.entries(scale.labels).map(([value, label]) => [foldText(label), Number(value)] as const),
			...Object.entries(scale.aliases)
		])
	])
);

/** Folded labels, remembered: a survey column repeats a handful of answers thousands of times. */
const folded = new Map<string, string>();

function fold(label: string): string {
	let key = folded.get(label);
	if (key === undefined) {
		if (folded.size > 10_000) folded.clear();
		key = foldText(label);
		folded.set(label, key);
	}
	return key;
}

/** The value a label stands for on a scale, or undefined. */
export function likertLabelValue(label: string, scale: LikertScale): number | undefined {
	return lookups.get(scale.id)?.get(fold(label));
}

/** "4", "4.", "4 - Hài lòng", "4) Hài lòng", "4: Hài lòng", "4 Hài lòng". */
const NUMBERED = /^(\d+)(?:[.,]0+)?(?:\s*[-.):–—]\s*|\s+)?(.*)$/u;

/** Reads one answer on a scale: its value, null when missing, or an error with the reason. */
export function parseLikert(text: string, scale: LikertScale): number | null | ValueError {
	const t = trimCell(text);
	if (isMissing(t)) return null;
	const range = `${scale.min}–${scale.max}`;
	const numbered = NUMBERED.exec(t);
	if (numbered) {
		const value = Number(numbered[1]);
		const label = numbered[2] as string;
		if (value < scale.min || value > scale.max) {
			return valueError(t, `Ngoài thang ${range} của ${scale.questions}`);
		}
		if (label === '') return value;
		const labelled = likertLabelValue(label, scale);
		if (labelled === undefined) return valueError(t, `Nhãn “${label}” không thuộc thang ${range}`);
		if (labelled !== value) {
			return valueError(t, `Số ${value} không khớp với nhãn “${label}” (nhãn này là ${labelled})`);
		}
		return value;
	}
	const labelled = likertLabelValue(t, scale);
	if (labelled !== undefined) return labelled;
	return valueError(t, `Không phải câu trả lời của thang ${range} (${scale.questions})`);
}

/** How many of the values are labels of the scale (with or without a number in front). */
export function countLikertLabels(values: readonly string[], scale: LikertScale): number {
	let n = 0;
	for (const v of values) {
		const t = trimCell(v);
		const label = NUMBERED.exec(t)?.[2] ?? t;
		if (/\p{L}/u.test(label) && likertLabelValue(label, scale) !== undefined) n++;
	}
	return n;
}
