import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SIPAS_1001, SIPAS_2640_TEMPLATE } from '$lib/survey/questionnaire';
import { createRegistry } from '$lib/units';
import { saveQuestionnaire } from '$lib/workspace/questionnaires';
import { setUpTables } from '$lib/workspace/setup';
import { surveyContract, SURVEY_CONTRACT } from './contracts/survey';
import { scoresContract } from './contracts/scores';
import { checkPrepared } from './load/check';
import { commitCheck } from './load/commit';
import type { PreparedFile } from './load/prepared';
import { lazySha256 } from './sha256';
import { makeUnitResolver } from './units/resolve';
import { DEFINE, SurveyStep, surveyBlock } from './survey-step.svelte';
import { makePlan } from './validate/plan';

const PART_TWO = ['II.A.1', 'II.A.2', 'II.A.3', 'II.B.1'];
const OFFICE = ['Câu 1. Nơi tiếp nhận hồ sơ', 'Câu 2. Thái độ công chức', 'Câu 3. Thời gian giải quyết'];
const file = (headers: string[], likert: number[] = []) => ({ fileName: 'ks.csv', headers, likert });

describe('surveyBlock: a survey is checked only with an item to read', () => {
	const headers = ['Mã phiếu', 'Năm', 'Đơn vị', 'Câu 9.1'];
	const plan = (mapping: Record<string, number>, contract = SURVEY_CONTRACT) =>
		makePlan(contract, headers, mapping, []);
	it.each([
		['no item mapped', plan({ respondent_key: 0, period: 1, unit_key: 2 }), [], 'no_item'],
		['an item mapped', plan({ respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 }), [], null],
		[
			'an item, and a questionnaire defined that is not complete',
			plan({ respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 }),
			[{ code: 'name' as const }],
			'draft'
		],
		['a score table', plan({ unit: 2, year: 1 }, scoresContract('PAR')), [], null],
		['no file yet', null, [], null]
	])('%s', (_, p, problems, expected) => {
		expect(surveyBlock(p, problems)).toBe(expected);
	});
});

describe('the questionnaire step', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('preselects SIPAS 1001 for a Part II export, its items found by element and place', () => {
		const step = new SurveyStep();
		const mapping = step.preselect(file(['Mã phiếu', 'Năm', 'Đơn vị', ...PART_TWO], [3, 4, 5, 6]));
		expect(step.choice).toBe(SIPAS_1001.id);
		expect(step.contract).toBe(SURVEY_CONTRACT);
		expect(mapping).toEqual({
			respondent_key: 0,
			period: 1,
			unit_key: 2,
			q9_24: 3,
			q9_25: 4,
			q9_26: 5,
			q9_27: 6
		});
	});

	it('offers to define the office’s own questionnaire from its Likert columns, SIPAS 1001 when it has none', () => {
		const step = new SurveyStep();
		const mapping = step.preselect(file(['Mã phiếu', 'Năm', 'Đơn vị', ...OFFICE], [1, 3, 4, 5]));
		expect(step.choice).toBe(DEFINE);
		expect(mapping).toEqual({ respondent_key: 0, period: 1, unit_key: 2 });
		expect(step.questionnaire.items.map((i) => i.code)).toEqual(['C1', 'C2', 'C3']);
		expect(step.inUse(mapping)).toEqual({ respondent_key: 0, period: 1, unit_key: 2, C1: 3, C2: 4, C3: 5 });
		// A column the analyst unticks is no item; the respondent's columns stay.
		step.editColumn(4, { use: false });
		expect(step.inUse({ ...mapping, q9_01: 4 })).toEqual({
			respondent_key: 0,
			period: 1,
			unit_key: 2,
			C1: 3,
			C3: 5
		});

		const none = new SurveyStep();
		expect(none.preselect(file(['Mã phiếu', 'Năm', 'Đơn vị', 'Ghi chú']))).toEqual({
			respondent_key: 0,
			period: 1,
			unit_key: 2
		});
		expect([none.choice, none.draft]).toEqual([SIPAS_1001.id, null]);
	});

	it('puts 2640’s five elements under the items chosen, and keeps the respondent’s columns', () => {
		const step = new SurveyStep();
		const f = file(['Mã phiếu', 'Năm', 'Đơn vị', ...OFFICE], [3, 4, 5]);
		const mapping = step.choose(SIPAS_2640_TEMPLATE.id, f, step.preselect(f));
		expect(mapping).toEqual({ respondent_key: 0, period: 1, unit_key: 2 });
		expect(step.questionnaire.source).toBe('SIPAS-2640-2017');
		expect(step.questionnaire.elements.map((e) => e.code)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
		expect(step.problems).toEqual([]);
	});

	it('brings back a saved questionnaire whose items the header names, and its item columns', async () => {
		const first = new SurveyStep();
		const f = file(['Mã phiếu', 'Năm', 'Đơn vị', ...OFFICE], [3, 4, 5]);
		first.preselect(f);
		const saved = await saveQuestionnaire(db, await first.identified(db));
		expect(saved.id).toMatch(/^custom-/);

		const next = new SurveyStep();
		await next.read(db);
		// Another file of the same office: the items are named by their codes and labels.
		const mapping = next.preselect(file(['Năm', 'Mã phiếu', 'Đơn vị', 'C1', 'C3', 'C2'], [3, 4, 5]));
		expect(next.choice).toBe(saved.id);
		expect(next.contract.fields.map((f) => f.key)).toEqual(surveyContract(saved).fields.map((f) => f.key));
		expect(mapping).toEqual({ period: 0, respondent_key: 1, unit_key: 2, C1: 3, C3: 4, C2: 5 });
		// Numbered the same way, worded otherwise: the same questionnaire; one answer column more: define anew.
		const reworded = new SurveyStep();
		await reworded.read(db);
		reworded.preselect(
			file(['Mã phiếu', 'Năm', 'Đơn vị', 'Câu 1. Tiếp nhận', 'Câu 2. Thái độ', 'Câu 3. Thời gian'], [3, 4, 5])
		);
		expect(reworded.choice).toBe(saved.id);
		reworded.preselect(file(['Mã phiếu', 'Năm', 'Đơn vị', ...OFFICE, 'Câu 4. Phí'], [3, 4, 5, 6]));
		expect(reworded.choice).toBe(DEFINE);
		expect(next.recall(saved.id)).toBe(true);
		expect(next.recall('custom-0000000000000000')).toBe(false);
		expect(next.recall(SIPAS_2640_TEMPLATE.id)).toBe(false); // a template has no items to follow
	});
});

describe('a survey with no item mapped', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('is refused when loaded, and nothing is imported', async () => {
		const lines = ['Mã phiếu,Năm,Đơn vị,Ý kiến', 'A1,2024,Hà Nội,5', 'A2,2024,Huế,4'];
		const utf8 = new TextEncoder().encode(lines.join('\n'));
		const prepared: PreparedFile = {
			fileName: 'khong-cau-hoi.csv',
			sha256: lazySha256(utf8),
			utf8,
			delimiter: ',',
			headerLine: 1,
			lastDataLine: lines.length,
			skipLines: [],
			headers: lines[0]!.split(','),
			formats: [],
			notices: []
		};
		const plan = makePlan(
			SURVEY_CONTRACT,
			prepared.headers,
			{ respondent_key: 0, period: 1, unit_key: 2 },
			[]
		);
		expect(surveyBlock(plan, [])).toBe('no_item');
		const outcome = await checkPrepared(db, prepared, plan, makeUnitResolver(createRegistry()), {
			target: { kind: 'survey', questionnaire: SIPAS_1001 }
		});
		await expect(commitCheck(prepared, plan, outcome)).rejects.toThrow(
			/không có cột nào được ghép với một câu hỏi của bảng hỏi.*chưa nhập gì/
		);
		expect(
			await db.query(
				`SELECT (SELECT count(*) FROM imports)::INTEGER AS imports, (SELECT count(*) FROM survey_responses)::INTEGER AS rows,
					(SELECT count(*) FROM import_questionnaires)::INTEGER AS questionnaires`
			)
		).toEqual([{ imports: 0, rows: 0, questionnaires: 0 }]);
	});
});
