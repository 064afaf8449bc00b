import type { Database } from '$lib/db';
import {
	digestSql,
	importQuestionnaireIdsSql,
	questionnaireJsonSql,
	questionnaireOfImportSql,
	savedQuestionnairesSql,
	saveQuestionnaireSql
} from '$lib/sql/questionnaire-sql';
import {
	BUILT_IN_QUESTIONNAIRES,
	QuestionnaireSchema,
	SIPAS_1001,
	type Questionnaire
} from '$lib/survey/questionnaire';

/*
 * Questionnaires on the device: the built-in ones from code, an office's own from `questionnaires` (validated
 * JSON). An import with no questionnaire recorded follows SIPAS 1001, as every survey import before schema
 * version 4 did. A saved questionnaire's id is a digest of its content: change an item, a name or the scale
 * and it is another questionnaire, so the imports that follow the old one keep exactly what they followed.
 */

/** A questionnaire the analyst can choose: built in, or saved with an import (newest first). */
export interface StoredQuestionnaire {
	questionnaire: Questionnaire;
	builtIn: boolean;
	/** When it was saved (ISO, local time of the device), null for a built-in one. */
	savedAt: string | null;
	/** How many imports follow it (0 for a built-in one: not counted). */
	imports: number;
}

const isBuiltIn = (id: string) => BUILT_IN_QUESTIONNAIRES.some((q) => q.id === id);

/** The built-in questionnaires, then the saved ones newest first; a saved row that fails validation is left out. */
export async function listQuestionnaires(db: Database): Promise<StoredQuestionnaire[]> {
	const rows = await db.query<{ questionnaire_id: string; json: string; saved_at: string; imports: number }>(
		savedQuestionnairesSql()
	);
	const saved = rows.flatMap((row) => {
		const parsed = parseJson(row.json);
		if (!parsed.success || parsed.data.id !== row.questionnaire_id) return [];
		return [{ questionnaire: parsed.data, builtIn: false, savedAt: row.saved_at, imports: row.imports }];
	});
	const builtIn = BUILT_IN_QUESTIONNAIRES.map((q) => ({
		questionnaire: q,
		builtIn: true,
		savedAt: null,
		imports: 0
	}));
	return [...builtIn, ...saved];
}

function parseJson(json: string) {
	try {
		return QuestionnaireSchema.safeParse(JSON.parse(json));
	} catch {
		return QuestionnaireSchema.safeParse(null);
	}
}

/** The questionnaire `id`, built in or saved; null when the device has no such questionnaire. */
export async function questionnaireById(db: Database, id: string): Promise<Questionnaire | null> {
	const builtIn = BUILT_IN_QUESTIONNAIRES.find((q) => q.id === id);
	if (builtIn) return builtIn;
	const [row] = await db.query<{ json: string }>(questionnaireJsonSql(id));
	if (!row) return null;
	const parsed = parseJson(row.json);
	if (!parsed.success)
		throw new Error(`Bảng hỏi “${id}” lưu trên máy này không đọc được: ${parsed.error.message}`);
	return parsed.data;
}

/** The questionnaire each survey import follows, by import id. */
export async function questionnaireIdsOfImports(db: Database): Promise<Map<number, string>> {
	const rows = await db.query<{ import_id: number; questionnaire_id: string }>(
		importQuestionnaireIdsSql(SIPAS_1001.id)
	);
	return new Map(rows.map((r) => [r.import_id, r.questionnaire_id]));
}

/** The questionnaire import `importId` follows; null when it is not a survey import (or not there). */
export async function questionnaireOfImport(db: Database, importId: number): Promise<Questionnaire | null> {
	const [row] = await db.query<{ questionnaire_id: string }>(
		questionnaireOfImportSql(importId, SIPAS_1001.id)
	);
	return row ? questionnaireById(db, row.questionnaire_id) : null;
}

/** The content of a questionnaire without its id, validated, keys in one order: what its id is a digest of. */
export function questionnaireContent(q: Questionnaire): string {
	const v = QuestionnaireSchema.parse(q);
	const labels = Object.keys(v.scale.labelsVi)
		.sort((a, b) => Number(a) - Number(b))
		.map((value) => [value, v.scale.labelsVi[value]]);
	return JSON.stringify({
		nameVi: v.nameVi,
		source: v.source,
		scale: { min: v.scale.min, max: v.scale.max, labelsVi: Object.fromEntries(labels) },
		satisfiedThreshold: v.satisfiedThreshold,
		parts: v.parts.map((p) => ({ code: p.code, labelVi: p.labelVi })),
		elements: v.elements.map((e) => ({ code: e.code, part: e.part, labelVi: e.labelVi })),
		items: v.items.map((i) => ({ code: i.code, slot: i.slot, element: i.element, labelVi: i.labelVi }))
	});
}

/** Id prefixes of an office's questionnaires by what they were made from. */
const PREFIX: Record<Questionnaire['source'], string> = {
	custom: 'custom',
	'SIPAS-2640-2017': 'sipas2640',
	'SIPAS-1001-2023': 'sipas1001'
};

/**
 * `q` validated, with the id of its content (a built-in questionnaire keeps its own). Two offices that define
 * the same questionnaire get the same id; any change gives a new one.
 */
export async function identifyQuestionnaire(db: Database, q: Questionnaire): Promise<Questionnaire> {
	if (isBuiltIn(q.id)) return q;
	const content = questionnaireContent(q);
	const [row] = await db.query<{ digest: string }>(digestSql(content));
	return QuestionnaireSchema.parse({
		...JSON.parse(content),
		id: `${PREFIX[q.source]}-${row!.digest.slice(0, 16)}`
	});
}

/**
 * Saves an office's questionnaire under the id of its content and returns it as saved; a questionnaire of that
 * content already there is kept as it is (an import may follow it). Imports save theirs with the import, in
 * the same transaction (load/commit.ts); this is for saving one on its own.
 */
export async function saveQuestionnaire(db: Database, q: Questionnaire): Promise<Questionnaire> {
	const identified = await identifyQuestionnaire(db, q);
	if (isBuiltIn(identified.id)) return identified;
	await db.exec(saveQuestionnaireSql(identified.id, JSON.stringify(identified)));
	// A write outside a transaction stays in DuckDB's log, which alone does not survive a reload (db/checkpoint.ts).
	await db.save();
	return identified;
}
