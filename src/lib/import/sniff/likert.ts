/*
 * Survey answers on the SIPAS scales (DOMAIN.md §3.3), written as a number ("4"), a label ("Hài lòng",
 * "hai long", "HÀI LÒNG") or both ("4 - Hài lòng", "4. Hài lòng"). Whether a cell is an answer, and which,
 * is the check's own rule (rules/likert.ts, where the scales are defined), so what the preview calls invalid
 * is what the check reports; this file adds the reason in words, and counts labels for telling a column's
 * scale. "Không trả lời", "KTL", "Không biết" and blank are missing (null), never 0.
 */
import {
	checkedScale,
	labelValue,
	LIKERT_SCALES,
	parseLikert as readLikert,
	type LikertScaleDef as LikertScale
} from '../rules/likert';
import { fold } from '../rules/fold';
import { memoByKeyAndText } from './memo';
import { isMissing, trimCell } from './missing';
import { isValueError, valueError, type ValueError } from './value-error';

export { LIKERT_SCALES, type LikertScale };

/** The value a label stands for on a scale, or undefined. */
export function likertLabelValue(label: string, scale: LikertScale): number | undefined {
	return labelValue(checkedScale(scale), fold(label));
}

/** "4", "4.", "4 - Hài lòng", "4) Hài lòng", "4: Hài lòng", "4 Hài lòng". */
const NUMBERED = /^(\d+)(?:[.,]0+)?(?:\s*[-.):–—]\s*|\s+)?(.*)$/u;

/** Reads one answer on a scale as the check will: its value, null when missing, or an error with the reason. */
export function parseLikert(text: string, scale: LikertScale): number | null | ValueError {
	return likertRemembered(scale.id, text);
}

const likertRemembered = memoByKeyAndText((id: LikertScale['id'], text: string) =>
	parseOnce(text, LIKERT_SCALES[id])
);

function parseOnce(text: string, scale: LikertScale): number | null | ValueError {
	const t = trimCell(text);
	if (isMissing(t)) return null;
	const read = readLikert(t, checkedScale(scale));
	if ('value' in read) return read.value;
	const why = whyNotAnswer(t, scale);
	return isValueError(why)
		? why
		: valueError(t, `Không phải câu trả lời của thang ${scale.min}–${scale.max} (${scale.questions})`);
}

/** Why a trimmed, non-missing cell is not an answer, in words; a value when its parts tell nothing against it. */
function whyNotAnswer(t: string, scale: LikertScale): number | ValueError {
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

/** Whether a value is a label of the scale (with or without a number in front), remembered per text. */
const isLabel = memoByKeyAndText((id: LikertScale['id'], value: string) => {
	const t = trimCell(value);
	const label = NUMBERED.exec(t)?.[2] ?? t;
	return /\p{L}/u.test(label) && likertLabelValue(label, LIKERT_SCALES[id]) !== undefined;
});

/** How many of the values are labels of the scale (with or without a number in front). */
export function countLikertLabels(values: readonly string[], scale: LikertScale): number {
	let n = 0;
	for (const v of values) if (isLabel(scale.id, v)) n++;
	return n;
}
