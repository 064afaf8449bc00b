import type { Database } from '$lib/db';
import { literal } from '$lib/sql/quote';
import {
	BUILT_IN_QUESTIONNAIRES,
	QuestionnaireSchema,
	SIPAS_1001,
	type Questionnaire
} from '$lib/survey/questionnaire';

/*
 * Questionnaires on the device: the built-in ones from code, an office's own from `questionnaires` (validated
 * JSON). An import with no questionnaire recorded follows SIPAS 1001, as every survey import before schema
 * version 4 did.
 */

/** The questionnaire `id`, built in or saved; null when the device has no such questionnaire. */
export async function questionnaireById(db: Database, id: string): Promise<Questionnaire | null> {
	const builtIn = BUILT_IN_QUESTIONNAIRES.find((q) => q.id === id);
	if (builtIn) return builtIn;
	const [row] = await db.query<{ json: string }>(
		`SELECT json FROM questionnaires WHERE questionnaire_id = ${literal(id)}`
	);
	return row ? QuestionnaireSchema.parse(JSON.parse(row.json)) : null;
}

/** The questionnaire each survey import follows, by import id. */
export async function questionnaireIdsOfImports(db: Database): Promise<Map<number, string>> {
	const rows = await db.query<{ import_id: number; questionnaire_id: string }>(
		`SELECT i.import_id, coalesce(q.questionnaire_id, ${literal(SIPAS_1001.id)}) AS questionnaire_id
		FROM imports i LEFT JOIN import_questionnaires q USING (import_id)
		WHERE i.kind = 'survey'`
	);
	return new Map(rows.map((r) => [r.import_id, r.questionnaire_id]));
}
