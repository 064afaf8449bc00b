import { describe, expect, it } from 'vitest';
import { SIPAS_Q9_SCALE } from '$lib/indices';
import { countLikertLabels, LIKERT_SCALES, parseLikert } from './likert';
import { isValueError } from './value-error';

const Q9 = LIKERT_SCALES['satisfaction-5'];

describe('parseLikert on the 5-point satisfaction scale (Câu 9)', () => {
	it.each([
		['1', 1],
		['5', 5],
		[' 4 ', 4],
		['4.0', 4],
		['Rất không hài lòng', 1],
		['Không hài lòng', 2],
		['Bình thường', 3],
		['Trung bình', 3],
		['Bình thường/Trung lập', 3],
		['Trung lập', 3],
		['Hài lòng', 4],
		['Rất hài lòng', 5],
		// without diacritics, any case, decomposed
		['rat khong hai long', 1],
		['Khong hai long', 2],
		['binh thuong', 3],
		['HAI LONG', 4],
		['RẤT HÀI LÒNG', 5],
		['Ha\u0300i lo\u0300ng', 4],
		// with a number in front
		['4 - Hài lòng', 4],
		['4. Hài lòng', 4],
		['4) Hài lòng', 4],
		['4: Hài lòng', 4],
		['4 – Hài lòng', 4],
		['5 Rất hài lòng', 5],
		['1-Rất không hài lòng', 1]
	])('parseLikert(%j) = %j', (text, expected) => {
		expect(parseLikert(text, Q9)).toBe(expected);
	});

	it.each(['', '  ', 'không trả lời', 'Không trả lời', 'KTL', 'ktl', 'Không biết', 'khong biet', '-', 'N/A'])(
		'parseLikert(%j) = null: missing, never 0',
		(text) => {
			expect(parseLikert(text, Q9)).toBeNull();
		}
	);

	it.each([
		['0', 'Ngoài thang 1–5 của Câu 9 (mức độ hài lòng)'],
		['6', 'Ngoài thang 1–5 của Câu 9 (mức độ hài lòng)'],
		['4,5', 'Nhãn “,5” không thuộc thang 1–5'],
		['5 - Hài lòng', 'Số 5 không khớp với nhãn “Hài lòng” (nhãn này là 4)'],
		['4 - Rất tốt', 'Nhãn “Rất tốt” không thuộc thang 1–5'],
		['Rất tốt', 'Không phải câu trả lời của thang 1–5 (Câu 9 (mức độ hài lòng))'],
		['Phù hợp', 'Không phải câu trả lời của thang 1–5 (Câu 9 (mức độ hài lòng))']
	])('parseLikert(%j) is an error: %s', (text, reason) => {
		const result = parseLikert(text, Q9);
		expect(isValueError(result)).toBe(true);
		expect(isValueError(result) && result.reason).toBe(reason);
		expect(isValueError(result) && result.text).toBe(text);
	});

	it('uses the labels of the SIPAS catalog (indices/), so the two cannot drift apart', () => {
		expect(Q9.labels).toEqual(SIPAS_Q9_SCALE.labelsVi);
		expect([Q9.min, Q9.max]).toEqual([SIPAS_Q9_SCALE.min, SIPAS_Q9_SCALE.max]);
	});
});

describe('parseLikert on the 4-point scales (Câu 1, 3, 7, 10)', () => {
	it.each([
		['interest-4', 'Không quan tâm theo dõi', 1],
		['interest-4', 'Không quan tâm', 1],
		['interest-4', 'Khá quan tâm', 2],
		['interest-4', 'Quan tâm', 3],
		['interest-4', 'Rất quan tâm theo dõi', 4],
		['interest-4', 'rat quan tam', 4],
		['suitability-4', 'Không phù hợp', 1],
		['suitability-4', 'Khá phù hợp', 2],
		['suitability-4', 'Phù hợp', 3],
		['suitability-4', '4. Rất phù hợp', 4],
		['wish-4', 'Không mong muốn', 1],
		['wish-4', 'Khá mong muốn', 2],
		['wish-4', 'mong muon', 3],
		['wish-4', 'Rất mong muốn', 4]
	] as const)('%s: parseLikert(%j) = %j', (scale, text, expected) => {
		expect(parseLikert(text, LIKERT_SCALES[scale])).toBe(expected);
	});

	it.each([
		['interest-4', '5', 'Ngoài thang 1–4 của Câu 1 (mức độ quan tâm theo dõi chính sách)'],
		['suitability-4', 'Hài lòng', 'Không phải câu trả lời của thang 1–4 (Câu 3 và Câu 7 (mức độ phù hợp))'],
		['wish-4', '1 - Rất mong muốn', 'Số 1 không khớp với nhãn “Rất mong muốn” (nhãn này là 4)']
	] as const)('%s: parseLikert(%j) is an error: %s', (scale, text, reason) => {
		const result = parseLikert(text, LIKERT_SCALES[scale]);
		expect(isValueError(result) && result.reason).toBe(reason);
	});
});

describe('countLikertLabels', () => {
	it.each([
		['satisfaction-5', ['Hài lòng', '4 - Hài lòng', '5', 'KTL', 'Rất tốt'], 2],
		['suitability-4', ['Hài lòng', 'Phù hợp'], 1]
	] as const)('%s over %j = %j', (scale, values, expected) => {
		expect(countLikertLabels(values, LIKERT_SCALES[scale])).toBe(expected);
	});
});
