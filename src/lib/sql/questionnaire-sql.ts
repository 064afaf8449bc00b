import { literal } from './quote';

/*
 * The questionnaires saved on the device (`questionnaires`: id, validated JSON, when saved) and which one each
 * survey import follows (`import_questionnaires`). A saved questionnaire is never rewritten: its id is a digest
 * of its content, so a changed questionnaire is a new row and the imports that follow the old one keep it.
 */

/** Every saved questionnaire, newest first, with how many imports follow it (`imports`). */
export function savedQuestionnairesSql(): string {
	return `SELECT q.questionnaire_id, q.json, strftime(q.saved_at, '%Y-%m-%dT%H:%M:%S') AS saved_at,
			(SELECT count(*)::INTEGER FROM import_questionnaires iq WHERE iq.questionnaire_id = q.questionnaire_id) AS imports
		FROM questionnaires q
		ORDER BY q.saved_at DESC, q.questionnaire_id`;
}

/** The JSON of saved questionnaire `id` (no row when there is none). */
export function questionnaireJsonSql(id: string): string {
	return `SELECT json FROM questionnaires WHERE questionnaire_id = ${literal(id)}`;
}

/** Saves a questionnaire unless one of that id is there already: a saved one is never changed in place. */
export function saveQuestionnaireSql(id: string, json: string): string {
	return `INSERT INTO questionnaires (questionnaire_id, json) VALUES (${literal(id)}, ${literal(json)})
		ON CONFLICT DO NOTHING`;
}

/** The SHA-256 (hex) of `text`, as column `digest`: a questionnaire's id from its content. */
export function digestSql(text: string): string {
	return `SELECT sha256(${literal(text)}) AS digest`;
}

/** Survey imports with the questionnaire each follows; `fallbackId` when none is recorded. */
function importQuestionnaires(fallbackId: string, where: string): string {
	return `SELECT i.import_id, coalesce(q.questionnaire_id, ${literal(fallbackId)}) AS questionnaire_id
		FROM imports i LEFT JOIN import_questionnaires q USING (import_id)
		WHERE i.kind = 'survey'${where}
		ORDER BY i.import_id`;
}

/**
 * The questionnaire each survey import follows (`import_id`, `questionnaire_id`); `fallbackId` for an import
 * with none recorded (imports made before questionnaires were recorded followed SIPAS 1001).
 */
export function importQuestionnaireIdsSql(fallbackId: string): string {
	return importQuestionnaires(fallbackId, '');
}

/** The questionnaire import `importId` follows: one row when it is a survey import, none otherwise. */
export function questionnaireOfImportSql(importId: number, fallbackId: string): string {
	return importQuestionnaires(fallbackId, ` AND i.import_id = ${literal(importId)}`);
}
