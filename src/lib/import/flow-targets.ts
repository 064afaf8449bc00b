import { INDEX_CODES, type IndexCode } from '$lib/indices';
import type { Contract } from './contracts/field';
import { scoresContract } from './contracts/scores';
import { scoresLongContract } from './contracts/scores-long';
import { SURVEY_CONTRACT } from './contracts/survey';
import { autoMap } from './mapping/auto-map';
import { autoMapSurvey, mappedItems } from './mapping/survey-map';
import { SIPAS_1001 } from '$lib/survey/questionnaire';

/* What the import page guesses a file is (survey, or which index, wide or long), and how it names it. */

export type TargetChoice = 'survey' | IndexCode;

/** A score table has one row per unit and year (wide) or one per unit, year and component (long). */
export type ScoresFormat = 'wide' | 'long';

export function contractFor(target: TargetChoice, format: ScoresFormat): Contract {
	if (target === 'survey') return SURVEY_CONTRACT;
	return format === 'long' ? scoresLongContract(target) : scoresContract(target);
}

/** Long when the file has a component column and a value column and no component of its own per column. */
export function guessFormat(target: TargetChoice, headers: readonly string[]): ScoresFormat {
	if (target === 'survey') return 'wide';
	const long = autoMap(scoresLongContract(target), headers);
	const wide = Object.keys(autoMap(scoresContract(target), headers)).filter((k) =>
		k.startsWith('component:')
	);
	return long.component !== undefined && long.value !== undefined && wide.length === 0 ? 'long' : 'wide';
}

/**
 * How a remembered mapping names what the file was: 'survey:<questionnaire id>', 'PAR', 'PAR:long'. A plain
 * 'survey' (remembered before questionnaires were) followed SIPAS 1001.
 */
export function targetName(target: TargetChoice, format: ScoresFormat, questionnaireId?: string): string {
	if (target === 'survey') return questionnaireId ? `survey:${questionnaireId}` : 'survey';
	return format === 'long' ? `${target}:long` : target;
}

export function parseTargetName(
	name: string
): { target: TargetChoice; format: ScoresFormat; questionnaireId?: string } | null {
	const [code, rest] = name.split(/:(.*)/s);
	if (code === 'survey') {
		return { target: 'survey', format: 'wide', questionnaireId: rest || SIPAS_1001.id };
	}
	if (!INDEX_CODES.includes(code as IndexCode) || (rest !== undefined && rest !== 'long')) return null;
	return { target: code as IndexCode, format: rest ? 'long' : 'wide' };
}

/** Index codes written as words of a text ("pci_2016.csv", "PAPI score"), most mentioned first. */
function codesIn(text: string): IndexCode[] {
	const words = text.toUpperCase().split(/[^A-Z0-9]+/);
	const count = (code: IndexCode) => words.filter((w) => w === code).length;
	return INDEX_CODES.filter((c) => count(c) > 0).sort((a, b) => count(b) - count(a));
}

/** Likert columns that make a file a survey, and how many make it surely one. */
const LIKERT_SURVEY = 3;
const LIKERT_SURE = 8;

/**
 * What a file is, from its columns' content and names and its file name: answers on a Likert scale (numbers
 * 1–5 or labels such as "Rất hài lòng") make a survey; else an index named as a word of the file name or the
 * headers ("pci_score", not the "par" of "transparency"). `sure` is false when nothing said it: the page asks.
 */
export function guessTarget(
	fileName: string,
	headers: readonly string[],
	likertColumns = 0
): { target: TargetChoice; sure: boolean } {
	const answers = mappedItems(SIPAS_1001, autoMapSurvey(SIPAS_1001, SURVEY_CONTRACT, headers));
	if (answers >= LIKERT_SURVEY || likertColumns >= LIKERT_SURE) return { target: 'survey', sure: true };
	const named = codesIn(fileName.replace(/\.[^.]+$/, ''))[0] ?? codesIn(headers.join(' '))[0];
	if (named) return { target: named, sure: true };
	if (likertColumns >= LIKERT_SURVEY) return { target: 'survey', sure: false };
	return { target: 'PAR', sure: false };
}
