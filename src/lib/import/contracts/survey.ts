import { z } from 'zod';
import { SIPAS_Q9_ITEMS } from '$lib/indices';
import { SATISFACTION_5 } from '../rules/likert';
import { UNIT_HEADERS, type Contract, type FieldDef } from './field';

/*
 * Survey responses: one row per respondent (SIPAS 1001/QĐ-BNV, Câu 9: 39 items on 1–5). Blank answers are
 * allowed (NULL, left out of every denominator); a respondent id, the period and the unit are required.
 */

const answer = (item: (typeof SIPAS_Q9_ITEMS)[number]): FieldDef => {
	const n = item.no;
	return {
		key: item.code,
		kind: 'likert',
		labelVi: `Câu 9.${n}: ${item.labelVi}`,
		labelEn: `Q9.${n}`,
		headers: [
			item.code,
			`q9.${n}`,
			`q9_${n}`,
			`cau 9.${n}`,
			`câu 9.${n}`,
			`c9.${n}`,
			`c9_${n}`,
			item.labelVi
		],
		schema: z.number().int().min(SATISFACTION_5.min).max(SATISFACTION_5.max).nullable(),
		scale: SATISFACTION_5
	};
};

export const SURVEY_CONTRACT: Contract = {
	kind: 'survey',
	fields: [
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
		...SIPAS_Q9_ITEMS.map(answer)
	]
};

/** A clean survey row, as the contract defines it (used by the JavaScript path to check each row). */
export const SurveyRowSchema = z.object(
	Object.fromEntries(SURVEY_CONTRACT.fields.map((f) => [f.key, f.schema]))
);
export type SurveyRow = z.infer<typeof SurveyRowSchema>;
