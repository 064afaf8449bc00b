import { INDEX_CODES, type IndexCode } from '$lib/indices';
import type { Contract } from './contracts/field';
import { scoresContract } from './contracts/scores';
import { scoresLongContract } from './contracts/scores-long';
import { SURVEY_CONTRACT } from './contracts/survey';
import { autoMap } from './mapping/auto-map';

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

/** How a remembered mapping names what the file was: 'survey', 'PAR', 'PAR:long'. */
export function targetName(target: TargetChoice, format: ScoresFormat): string {
	return target !== 'survey' && format === 'long' ? `${target}:long` : target;
}

export function parseTargetName(name: string): { target: TargetChoice; format: ScoresFormat } | null {
	const [code, long] = name.split(':');
	if (code === 'survey' && long === undefined) return { target: 'survey', format: 'wide' };
	if (!INDEX_CODES.includes(code as IndexCode) || (long !== undefined && long !== 'long')) return null;
	return { target: code as IndexCode, format: long ? 'long' : 'wide' };
}

export function guessTarget(fileName: string, headers: readonly string[]): TargetChoice {
	const answers = Object.keys(autoMap(SURVEY_CONTRACT, headers)).filter((k) => k.startsWith('q9_'));
	if (answers.length >= 3) return 'survey';
	const text = `${fileName} ${headers.join(' ')}`.toUpperCase();
	return INDEX_CODES.find((code) => text.includes(code)) ?? 'PAR';
}
