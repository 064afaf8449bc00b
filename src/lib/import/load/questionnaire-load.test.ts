import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SIPAS_1001, SURVEY_METHOD_DEFAULTS, surveyMethod, type Questionnaire } from '$lib/survey';
import { createRegistry } from '$lib/units';
import { ensureSipasSummary, sipasStatsIn } from '$lib/workspace/survey-queries';
import { setUpTables } from '$lib/workspace/setup';
import { surveyContract, SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { checkPrepared } from './check';
import { commitCheck } from './commit';
import { removeImport } from './history';
import type { PreparedFile } from './prepared';
import { layoutOf } from '$lib/survey/questionnaire';

/** An office's own questionnaire: answers 1–4, satisfied from 3, items in slots 1, 2 and 7. */
const OWN: Questionnaire = {
	id: 'custom-test-1',
	nameVi: 'Phiếu một cửa',
	source: 'custom',
	scale: { min: 1, max: 4, labelsVi: { 1: 'Kém', 2: 'Tạm được', 3: 'Tốt', 4: 'Rất tốt' } },
	satisfiedThreshold: 3,
	parts: [{ code: 'DV', labelVi: 'Dịch vụ' }],
	elements: [
		{ code: 'TC', part: 'DV', labelVi: 'Tiếp cận' },
		{ code: 'CC', part: 'DV', labelVi: 'Công chức' }
	],
	items: [
		{ code: 'TC1', slot: 1, element: 'TC', labelVi: 'Biển chỉ dẫn' },
		{ code: 'TC2', slot: 2, element: 'TC', labelVi: 'Chỗ ngồi' },
		{ code: 'CC1', slot: 7, element: 'CC', labelVi: 'Thái độ' }
	]
};

function prepared(name: string, lines: string[]): PreparedFile {
	const utf8 = new TextEncoder().encode(lines.join('\n'));
	return {
		fileName: name,
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
}

async function load(db: Database, file: PreparedFile, q: Questionnaire): Promise<number> {
	const contract = q === SIPAS_1001 ? SURVEY_CONTRACT : surveyContract(q);
	const plan = makePlan(contract, file.headers, autoMap(contract, file.headers), file.formats);
	const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
		target: { kind: 'survey', questionnaire: q }
	});
	return (await commitCheck(file, plan, outcome)).importId;
}

describe('a survey of an office’s own questionnaire', () => {
	let db: Database;
	let own: number;
	let sipas: number;
	beforeAll(async () => {
		db = await createNodeDatabase();
		await setUpTables(db);
		// Labels of the office's scale are read as answers; a blank is no answer.
		own = await load(
			db,
			prepared('mot-cua.csv', [
				'Mã phiếu,Năm,Đơn vị,TC1,TC2,CC1',
				'A1,2024,Hà Nội,4,Tốt,2',
				'A2,2024,Hà Nội,1,2,Rất tốt',
				'A3,2024,Hà Nội,3,,3',
				'A4,2024,Hà Nội,Kém,4,4'
			]),
			OWN
		);
		sipas = await load(
			db,
			prepared('sipas.csv', [
				'Mã phiếu,Năm,Đơn vị,Câu 9.1,Câu 9.7,Ngày khảo sát',
				'S1,2024,Hà Nội,5,2,05/12/2024 10:30'
			]),
			SIPAS_1001
		);
	});
	afterAll(() => db.close());

	it('stores each answer in its item’s slot and names the questionnaire, saved with the import', async () => {
		expect(
			await db.query(
				`SELECT respondent_key, item_001, item_002, item_007 FROM survey_responses
				WHERE import_id = ${own} ORDER BY row_no`
			)
		).toEqual([
			{ respondent_key: 'A1', item_001: 4, item_002: 3, item_007: 2 },
			{ respondent_key: 'A2', item_001: 1, item_002: 2, item_007: 4 },
			{ respondent_key: 'A3', item_001: 3, item_002: null, item_007: 3 },
			{ respondent_key: 'A4', item_001: 1, item_002: 4, item_007: 4 }
		]);
		// SIPAS 1001's Câu 9.7 is its slot 7 too: the same column holds another questionnaire's item.
		expect(
			await db.query(
				`SELECT item_001, item_007, strftime(surveyed_on, '%d/%m/%Y') AS day FROM survey_responses WHERE import_id = ${sipas}`
			)
		).toEqual([{ item_001: 5, item_007: 2, day: '05/12/2024' }]);
		expect(
			await db.query('SELECT import_id, questionnaire_id FROM import_questionnaires ORDER BY 1')
		).toEqual([
			{ import_id: own, questionnaire_id: OWN.id },
			{ import_id: sipas, questionnaire_id: SIPAS_1001.id }
		]);
		const [saved] = await db.query<{ json: string }>('SELECT json FROM questionnaires');
		expect(JSON.parse(saved!.json)).toEqual(OWN);
	});

	it('summarises each import with its own questionnaire: the shares a spreadsheet gives', async () => {
		const method = surveyMethod({ satisfiedThreshold: OWN.satisfiedThreshold });
		await ensureSipasSummary(db, method);
		const stats = await sipasStatsIn(
			db,
			method,
			{ importIds: [own], unitKind: 'province', levels: ['item', 'element', 'overall'] },
			layoutOf(OWN)
		);
		const value = (code: string) => stats.find((r) => r.code === code)?.value;
		// TC1: 4, 1, 3, 1 → 2 of 4 at 3 or more = 50 %; TC2: 3, 2, 4 (one blank) → 2 of 3 = 66,67 %;
		// CC1: 2, 4, 3, 4 → 3 of 4 = 75 %. TC = (50 + 66,67) / 2 = 58,33 %; overall = (58,33 + 75) / 2 = 66,67 %.
		expect(value('TC1')).toBeCloseTo(50, 9);
		expect(value('TC2')).toBeCloseTo(200 / 3, 9);
		expect(value('CC1')).toBeCloseTo(75, 9);
		expect(value('TC')).toBeCloseTo(175 / 3, 9);
		expect(value('overall')).toBeCloseTo((175 / 3 + 75) / 2, 9);
		// The SIPAS import's slot 7 is q9_07 of element I.C, not CC1.
		await ensureSipasSummary(db, SURVEY_METHOD_DEFAULTS);
		const sipasStats = await sipasStatsIn(db, SURVEY_METHOD_DEFAULTS, {
			importIds: [sipas],
			unitKind: 'province',
			levels: ['item']
		});
		expect(sipasStats.filter((r) => r.n > 0).map((r) => [r.code, r.value])).toEqual([
			['q9_01', 100],
			['q9_07', 0]
		]);
	});

	it('removes the record of the questionnaire an import followed with the import, and keeps the questionnaire', async () => {
		await removeImport(db, own);
		expect(await db.query('SELECT import_id FROM import_questionnaires')).toEqual([{ import_id: sipas }]);
		expect(await db.query('SELECT questionnaire_id FROM questionnaires')).toEqual([
			{ questionnaire_id: OWN.id }
		]);
	});
});
