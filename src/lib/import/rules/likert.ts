import { literal } from '$lib/sql/quote';
import { fold, foldSql } from './fold';
import { oneOfSql } from './one-of';

/*
 * Likert answers written as numbers ("4"), as labels ("Hài lòng", "hai long", "RẤT HÀI LÒNG"), or both
 * ("4 - Hài lòng", "4. Hài lòng"). Folding makes case, diacritics and punctuation irrelevant. A number may be
 * followed only by its own label, or by zero decimals ("4.0"): "3.5" (folded "3 5") and "4 - Rất hài lòng"
 * are not answers, never 3 or 4.
 * Missing answers are handled before (see missing.ts); what is left and not an answer is an error.
 */

/** A scale as SIPAS writes it (DOMAIN.md §3.3): official labels, and other ways offices write them. */
export interface LikertScaleDef {
	id: 'satisfaction-5' | 'interest-4' | 'suitability-4' | 'wish-4';
	/** The questions that use the scale. */
	questions: string;
	min: number;
	max: number;
	/** Official label of each answer. */
	labels: Readonly<Record<number, string>>;
	/** Other ways the answers are written, folded → value. */
	aliases: Readonly<Record<string, number>>;
}

/*
 * The answer labels are written here rather than imported from `indices/` (which `import/` may not import);
 * a test checks the 5-point labels against `SIPAS_Q9_SCALE`.
 */
export const LIKERT_SCALES: Readonly<Record<LikertScaleDef['id'], LikertScaleDef>> = {
	'satisfaction-5': {
		id: 'satisfaction-5',
		questions: 'Câu 9 (mức độ hài lòng)',
		min: 1,
		max: 5,
		labels: {
			1: 'Rất không hài lòng',
			2: 'Không hài lòng',
			3: 'Bình thường',
			4: 'Hài lòng',
			5: 'Rất hài lòng'
		},
		aliases: { 'trung binh': 3, 'trung lap': 3, 'binh thuong trung lap': 3 }
	},
	'interest-4': {
		id: 'interest-4',
		questions: 'Câu 1 (mức độ quan tâm theo dõi chính sách)',
		min: 1,
		max: 4,
		labels: { 1: 'Không quan tâm theo dõi', 2: 'Khá quan tâm', 3: 'Quan tâm', 4: 'Rất quan tâm theo dõi' },
		aliases: { 'khong quan tam': 1, 'kha quan tam theo doi': 2, 'quan tam theo doi': 3, 'rat quan tam': 4 }
	},
	'suitability-4': {
		id: 'suitability-4',
		questions: 'Câu 3 và Câu 7 (mức độ phù hợp)',
		min: 1,
		max: 4,
		labels: { 1: 'Không phù hợp', 2: 'Khá phù hợp', 3: 'Phù hợp', 4: 'Rất phù hợp' },
		aliases: {}
	},
	'wish-4': {
		id: 'wish-4',
		questions: 'Câu 10 (mong muốn cải thiện)',
		min: 1,
		max: 4,
		labels: { 1: 'Không mong muốn', 2: 'Khá mong muốn', 3: 'Mong muốn', 4: 'Rất mong muốn' },
		aliases: {}
	}
};

/** A scale as the checks read it: its range and every label folded. */
export interface LikertScale {
	min: number;
	max: number;
	/** Folded label → value. */
	labels: Readonly<Record<string, number>>;
}

const checked = new Map<LikertScaleDef['id'], LikertScale>();

/** The scale as the checks read it. */
export function checkedScale(def: LikertScaleDef): LikertScale {
	let scale = checked.get(def.id);
	if (!scale) {
		const labels: Record<string, number> = { ...def.aliases };
		for (const [value, label] of Object.entries(def.labels)) labels[fold(label)] = Number(value);
		scale = { min: def.min, max: def.max, labels };
		checked.set(def.id, scale);
	}
	return scale;
}

/** The value of a folded label; only the scale's own labels ("constructor" is no answer). */
export function labelValue(scale: LikertScale, folded: string): number | undefined {
	return Object.hasOwn(scale.labels, folded) ? scale.labels[folded] : undefined;
}

export const SATISFACTION_5: LikertScale = checkedScale(LIKERT_SCALES['satisfaction-5']);

export type LikertResult = { value: number } | { error: 'not_likert' | 'likert_out_of_scale' };

/** "4.0" and "4,00" (a number column exported with decimals) are the answer 4; "3.5" stays what it is. */
const WHOLE_WITH_ZEROS = /^[0-9]+[.,]0+$/;

export function parseLikert(trimmed: string, scale: LikertScale): LikertResult {
	const f = fold(WHOLE_WITH_ZEROS.test(trimmed) ? trimmed.replace(/[.,]0+$/, '') : trimmed);
	const numbered = /^([0-9]+)(?: (.*))?$/.exec(f);
	if (numbered) {
		const n = Number(numbered[1]);
		if (numbered[2] !== undefined && labelValue(scale, numbered[2]) !== n) return { error: 'not_likert' };
		return n >= scale.min && n <= scale.max ? { value: n } : { error: 'likert_out_of_scale' };
	}
	const labelled = labelValue(scale, f);
	return labelled === undefined ? { error: 'not_likert' } : { value: labelled };
}

function labelCases(f: string, scale: LikertScale): string {
	return Object.entries(scale.labels)
		.map(([label, value]) => `WHEN ${f} = ${literal(label)} THEN ${value}`)
		.join(' ');
}

/** Fast path for the common case, an answer written as a bare number on the scale ("4"). */
function plainAnswers(trimmed: string, scale: LikertScale): string {
	const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
	return oneOfSql(trimmed, values);
}

/** The folded text after a leading number ('' when there is none), and the label value it names. */
function afterNumber(f: string, scale: LikertScale): { rest: string; label: string } {
	const rest = `regexp_extract(${f}, '^[0-9]+ (.*)$', 1)`;
	const cases = Object.entries(scale.labels)
		.map(([label, value]) => `WHEN ${literal(label)} THEN ${value}`)
		.join(' ');
	return { rest, label: `(CASE ${rest} ${cases} END)` };
}

/** `WHOLE_WITH_ZEROS` in SQL: the cell with its zero decimals dropped. */
function wholeSql(trimmed: string): string {
	return `CASE WHEN regexp_full_match(${trimmed}, '[0-9]+[.,]0+') THEN regexp_replace(${trimmed}, '[.,]0+$', '') ELSE ${trimmed} END`;
}

/** The answer in SQL (INTEGER, NULL when not an answer). `trimmed` must not be a missing value. */
export function likertValueSql(trimmed: string, scale: LikertScale): string {
	const f = foldSql(wholeSql(trimmed));
	const n = `TRY_CAST(regexp_extract(${f}, '^([0-9]+)( .*)?$', 1) AS INTEGER)`;
	const { rest, label } = afterNumber(f, scale);
	const plain = plainAnswers(trimmed, scale);
	return `CASE WHEN ${plain} THEN ${trimmed}::INTEGER WHEN ${trimmed} IS NULL OR ${trimmed} = '' THEN NULL WHEN regexp_full_match(${f}, '[0-9]+( .*)?') THEN (CASE WHEN ${n} BETWEEN ${scale.min} AND ${scale.max} AND (${rest} = '' OR ${label} = ${n}) THEN ${n} END) ${labelCases(f, scale)} END`;
}

/** The error code in SQL (NULL when the cell is an answer). */
export function likertErrorSql(trimmed: string, scale: LikertScale): string {
	const f = foldSql(wholeSql(trimmed));
	const n = `TRY_CAST(regexp_extract(${f}, '^([0-9]+)( .*)?$', 1) AS INTEGER)`;
	const { rest, label } = afterNumber(f, scale);
	return `CASE WHEN ${plainAnswers(trimmed, scale)} THEN NULL WHEN regexp_full_match(${f}, '[0-9]+( .*)?') THEN (CASE WHEN ${rest} <> '' AND ${label} IS DISTINCT FROM ${n} THEN 'not_likert' WHEN ${n} IS NULL OR ${n} NOT BETWEEN ${scale.min} AND ${scale.max} THEN 'likert_out_of_scale' END) WHEN ${oneOfSql(f, Object.keys(scale.labels))} THEN NULL ELSE 'not_likert' END`;
}
