import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SIPAS_1001, SIPAS_2640_TEMPLATE, type Questionnaire } from '$lib/survey/questionnaire';
import {
	identifyQuestionnaire,
	listQuestionnaires,
	questionnaireById,
	questionnaireContent,
	questionnaireOfImport,
	saveQuestionnaire
} from './questionnaires';
import { setUpTables } from './setup';

/** An office's questionnaire as the import page builds it, before it has the id of its content. */
const OWN: Questionnaire = {
	id: 'draft',
	nameVi: 'Phiếu một cửa Sở Y tế',
	source: 'custom',
	scale: { min: 1, max: 4, labelsVi: { 4: 'Rất tốt', 1: 'Kém' } },
	satisfiedThreshold: 3,
	parts: [{ code: 'P1', labelVi: 'Dịch vụ' }],
	elements: [{ code: 'E1', part: 'P1', labelVi: 'Tiếp cận' }],
	items: [
		{ code: 'C1', slot: 1, element: 'E1', labelVi: 'Nơi tiếp nhận hồ sơ' },
		{ code: 'C2', slot: 2, element: 'E1', labelVi: 'Chỗ ngồi chờ' }
	]
};

/** 2640's five elements with two items of the office's own. */
const ON_2640: Questionnaire = {
	...SIPAS_2640_TEMPLATE,
	id: 'draft',
	nameVi: 'SIPAS 2640 của tỉnh',
	items: [
		{ code: 'TC1', slot: 1, element: 'E1', labelVi: 'Thông tin thủ tục' },
		{ code: 'CC1', slot: 2, element: 'E3', labelVi: 'Thái độ công chức' }
	]
};

describe('the questionnaire store', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('offers the built-in questionnaires on a new device', async () => {
		const list = await listQuestionnaires(db);
		expect(list.map((s) => [s.questionnaire.id, s.builtIn, s.savedAt])).toEqual([
			[SIPAS_1001.id, true, null],
			[SIPAS_2640_TEMPLATE.id, true, null]
		]);
	});

	it('gives a questionnaire the id of its content: the same content the same id, any change a new one', async () => {
		const own = await identifyQuestionnaire(db, OWN);
		expect(own.id).toMatch(/^custom-[0-9a-f]{16}$/);
		expect(own).toEqual({ ...OWN, id: own.id });
		// The order labels were given in, and the draft's id, are not content.
		const reordered = { ...OWN, id: 'other', scale: { ...OWN.scale, labelsVi: { 1: 'Kém', 4: 'Rất tốt' } } };
		expect((await identifyQuestionnaire(db, reordered)).id).toBe(own.id);
		const changes: Questionnaire[] = [
			{ ...OWN, items: [OWN.items[0]!, { ...OWN.items[1]!, labelVi: 'Ghế chờ' }] },
			{ ...OWN, items: [OWN.items[0]!] },
			{ ...OWN, satisfiedThreshold: 4 },
			{ ...OWN, nameVi: 'Phiếu một cửa Sở Y tế 2025' },
			{ ...OWN, elements: [{ ...OWN.elements[0]!, labelVi: 'Tiếp cận dịch vụ' }] }
		];
		const ids = await Promise.all(changes.map(async (q) => (await identifyQuestionnaire(db, q)).id));
		expect(new Set([own.id, ...ids]).size).toBe(changes.length + 1);
		expect((await identifyQuestionnaire(db, ON_2640)).id).toMatch(/^sipas2640-[0-9a-f]{16}$/);
		expect(await identifyQuestionnaire(db, SIPAS_1001)).toBe(SIPAS_1001);
		expect(questionnaireContent(OWN)).not.toContain('draft');
	});

	it('refuses a questionnaire that breaks its own rules', async () => {
		await expect(identifyQuestionnaire(db, { ...OWN, satisfiedThreshold: 5 })).rejects.toThrow(
			/satisfiedThreshold/
		);
		await expect(
			identifyQuestionnaire(db, { ...OWN, items: [{ ...OWN.items[0]!, element: 'E9' }] })
		).rejects.toThrow(/no element E9/);
	});

	it('saves a questionnaire, loads it by id, and lists it after the built-in ones', async () => {
		const saved = await saveQuestionnaire(db, OWN);
		expect(await questionnaireById(db, saved.id)).toEqual(saved);
		expect(await questionnaireById(db, SIPAS_2640_TEMPLATE.id)).toBe(SIPAS_2640_TEMPLATE);
		expect(await questionnaireById(db, 'custom-0000000000000000')).toBeNull();
		const list = await listQuestionnaires(db);
		expect(list.map((s) => s.questionnaire.id)).toEqual([SIPAS_1001.id, SIPAS_2640_TEMPLATE.id, saved.id]);
		expect(list[2]!.savedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
	});

	it('never changes a questionnaire an import follows: an edited one is saved beside it', async () => {
		const first = await saveQuestionnaire(db, OWN);
		await db.exec(`INSERT INTO imports (import_id, file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES (901, 'mot-cua-q1.csv', 'x', 'survey', 2, 2, 0), (902, 'diem.csv', 'y', 'scores', 1, 1, 0),
				(903, 'cu.csv', 'z', 'survey', 1, 1, 0)`);
		await db.exec(`INSERT INTO import_questionnaires VALUES (901, '${first.id}')`);
		const edited = await saveQuestionnaire(db, {
			...first,
			items: [...first.items, { code: 'C3', slot: 3, element: 'E1', labelVi: 'Nhà vệ sinh' }]
		});
		expect(edited.id).not.toBe(first.id);
		expect(await questionnaireById(db, first.id)).toEqual(first);
		expect(await questionnaireOfImport(db, 901)).toEqual(first);
		const list = await listQuestionnaires(db);
		expect(list.find((s) => s.questionnaire.id === first.id)?.imports).toBe(1);
		expect(list.find((s) => s.questionnaire.id === edited.id)?.imports).toBe(0);
		// Saving the same content again changes nothing.
		expect((await saveQuestionnaire(db, { ...edited, id: 'again' })).id).toBe(edited.id);
		expect((await listQuestionnaires(db)).length).toBe(list.length);
	});

	it.each([
		[902, null], // a score table
		[903, SIPAS_1001], // a survey from before questionnaires were recorded
		[999, null] // no such import
	])('gives import %i the questionnaire it follows', async (importId, expected) => {
		expect(await questionnaireOfImport(db, importId)).toEqual(expected);
	});

	it('leaves a saved row that no longer validates out of the list, and says so when it is asked for', async () => {
		await db.exec(
			`INSERT INTO questionnaires (questionnaire_id, json) VALUES ('custom-broken', '{"id":"custom-broken"}')`
		);
		const list = await listQuestionnaires(db);
		expect(list.some((s) => s.questionnaire.id === 'custom-broken')).toBe(false);
		await expect(questionnaireById(db, 'custom-broken')).rejects.toThrow(/không đọc được/);
	});
});
