import { z } from 'zod';
import { SIPAS_1001, type Questionnaire } from '$lib/survey/questionnaire';
import { fold } from '../rules/fold';
import { SATISFACTION_5, type LikertScale } from '../rules/likert';
import { UNIT_HEADERS, type Contract, type FieldDef } from './field';

/*
 * Survey responses: one row per respondent, one answer field per item of the questionnaire the file follows
 * (SIPAS 1001/QĐ-BNV Câu 9 by default: 39 items on 1–5). Blank answers are allowed (NULL, left out of every
 * denominator); a respondent id, the period and the unit are required.
 */

/** The headers SIPAS 1001 items are found under besides their code and label: "q9.7", "Câu 9.7", "c9_7". */
function sipasHeaders(code: string): string[] {
	const n = Number(code.slice(3));
	return [`q9.${n}`, `q9_${n}`, `cau 9.${n}`, `câu 9.${n}`, `c9.${n}`, `c9_${n}`];
}

/** The questionnaire's scale as the checks read it: its answer labels folded (SIPAS's own aliases on 1–5). */
export function likertScaleOf(q: Questionnaire): LikertScale {
	const { min, max, labelsVi } = q.scale;
	if (min === SATISFACTION_5.min && max === SATISFACTION_5.max) {
		const same = Object.entries(labelsVi).every(([v, l]) => SATISFACTION_5.labels[fold(l)] === Number(v));
		if (same) return SATISFACTION_5;
	}
	const labels: Record<string, number> = {};
	for (const [value, label] of Object.entries(labelsVi)) labels[fold(label)] = Number(value);
	return { min, max, labels };
}

function answerFields(q: Questionnaire): FieldDef[] {
	const scale = likertScaleOf(q);
	const sipas = q.source === 'SIPAS-1001-2023';
	return q.items.map((item, i) => ({
		key: item.code,
		kind: 'likert',
		labelVi: sipas ? `Câu 9.${i + 1}: ${item.labelVi}` : `${item.code}: ${item.labelVi}`,
		labelEn: sipas ? `Q9.${i + 1}` : item.code,
		headers: [item.code, ...(sipas ? sipasHeaders(item.code) : []), item.labelVi],
		schema: z.number().int().min(scale.min).max(scale.max).nullable(),
		scale
	}));
}

/** The survey contract of questionnaire `q`: the respondent's fields, then one answer field per item. */
export function surveyContract(q: Questionnaire): Contract {
	return { kind: 'survey', fields: [...RESPONDENT_FIELDS, ...answerFields(q)] };
}

/** Keys of the respondent's fields (everything that is not an answer). */
export const RESPONDENT_KEYS: readonly string[] = [
	'respondent_key',
	'period',
	'unit_key',
	'service',
	'channel',
	'sex',
	'age_group',
	'weight',
	'surveyed_on'
];

const RESPONDENT_FIELDS: readonly FieldDef[] = [
	{
		key: 'respondent_key',
		kind: 'id',
		labelVi: 'Mã phiếu',
		labelEn: 'Respondent id',
		headers: ['respondent_id', 'respondent', 'mã phiếu', 'số phiếu', 'mã số phiếu', 'id', 'phiếu số'],
		schema: z.string().min(1)
	},
	{
		key: 'period',
		kind: 'integer',
		labelVi: 'Năm khảo sát',
		labelEn: 'Survey year',
		headers: ['year', 'period', 'năm', 'năm khảo sát', 'kỳ khảo sát', 'đợt khảo sát'],
		schema: z.number().int().min(2010).max(2100)
	},
	{
		key: 'unit_key',
		kind: 'unit',
		labelVi: 'Đơn vị được khảo sát',
		labelEn: 'Surveyed unit',
		headers: [...UNIT_HEADERS, 'cơ quan, đơn vị', 'đơn vị được khảo sát'],
		schema: z.string().min(1)
	},
	{
		key: 'service',
		kind: 'text',
		labelVi: 'Lĩnh vực, thủ tục',
		labelEn: 'Service',
		headers: ['service', 'lĩnh vực', 'thủ tục', 'dịch vụ', 'lĩnh vực thủ tục'],
		schema: z.string().nullable()
	},
	{
		key: 'channel',
		kind: 'text',
		labelVi: 'Hình thức nộp hồ sơ',
		labelEn: 'Channel',
		headers: ['channel', 'kênh', 'hình thức', 'hình thức nộp hồ sơ'],
		schema: z.string().nullable()
	},
	{
		key: 'sex',
		kind: 'text',
		labelVi: 'Giới tính',
		labelEn: 'Sex',
		headers: ['sex', 'gender', 'giới tính'],
		schema: z.string().nullable()
	},
	{
		key: 'age_group',
		kind: 'text',
		labelVi: 'Nhóm tuổi',
		labelEn: 'Age group',
		headers: ['age_group', 'age', 'nhóm tuổi', 'độ tuổi', 'tuổi'],
		schema: z.string().nullable()
	},
	{
		key: 'weight',
		kind: 'number',
		labelVi: 'Trọng số (quyền số) của phiếu',
		labelEn: 'Respondent weight',
		headers: ['weight', 'trọng số', 'quyền số', 'trọng số phiếu'],
		schema: z.number().min(0).max(1e6).nullable()
	},
	{
		// The day of the answer: breaks the results down by month and quarter. Only the day is kept.
		key: 'surveyed_on',
		kind: 'date',
		labelVi: 'Ngày khảo sát',
		labelEn: 'Survey date',
		headers: ['surveyed_on', 'date', 'ngày khảo sát', 'ngày trả lời', 'ngày', 'dấu thời gian', 'timestamp'],
		schema: z.string().nullable()
	}
];

/** SIPAS 1001 Câu 9, the questionnaire a survey file follows unless the analyst says otherwise. */
export const SURVEY_CONTRACT: Contract = surveyContract(SIPAS_1001);
