import { numberLocale, type Lang } from '$lib/format';
import { codeForName, parseDdciConfig, type DdciConfig, type DdciSubIndex } from '$lib/indices';

/*
 * The editor's form: what the analyst types, as text (a weight "12,5" or "12.5"), and the configuration it
 * stands for. Unreadable numbers become NaN, so the schema's own message says what is wrong with them.
 */

export interface SubIndexRow {
	id: number;
	code: string;
	/** The code follows the name until the analyst types one (a new row). */
	codeFromName: boolean;
	nameVi: string;
	/** Other names, separated by ";". */
	aliases: string;
	weight: string;
	max: string;
}

export interface GroupRow {
	id: number;
	label: string;
	/** Ignored for the last group (the rest). */
	min: string;
}

export interface DdciForm {
	source: string;
	totalMax: string;
	rows: SubIndexRow[];
	grouping: 'published' | 'thresholds';
	/** Published labels, best first, separated by ";". */
	labels: string;
	groups: GroupRow[];
}

let lastId = 0;
const nextId = () => ++lastId;

/** A number for an input: at most two decimals, no grouping ("11,11", "40", "12,5" in Vietnamese). */
export function numberText(value: number, lang: Lang): string {
	return numberLocale(lang).format('.2~f')(value);
}

/** A typed number, with a comma or a point as decimal mark and an optional "%"; NaN when it is not one. */
export function readNumber(text: string): number {
	const t = text.replace(/[\s%\u00a0]/g, '').replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

const list = (text: string) =>
	text
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s !== '');

export function rowOf(sub: DdciSubIndex, lang: Lang): SubIndexRow {
	return {
		id: nextId(),
		code: sub.code,
		codeFromName: false,
		nameVi: sub.nameVi,
		aliases: sub.aliases.join('; '),
		weight: numberText(sub.weight, lang),
		max: numberText(sub.max, lang)
	};
}

export function formOf(config: DdciConfig, lang: Lang): DdciForm {
	const groups =
		config.groups.kind === 'thresholds'
			? config.groups.groups.map((g) => ({
					id: nextId(),
					label: g.label,
					min: g.min === null ? '' : numberText(g.min, lang)
				}))
			: [];
	return {
		source: config.source,
		totalMax: numberText(config.totalMax, lang),
		rows: config.subIndices.map((s) => rowOf(s, lang)),
		grouping: config.groups.kind,
		labels:
			config.groups.kind === 'published'
				? config.groups.labels.join('; ')
				: groups.map((g) => g.label).join('; '),
		groups
	};
}

/** What the form says, for `parseDdciConfig`. */
export function configOf(form: DdciForm): unknown {
	return {
		format: 1,
		source: form.source.trim(),
		totalMax: readNumber(form.totalMax),
		subIndices: form.rows.map((r) => ({
			code: r.code.trim(),
			nameVi: r.nameVi.trim(),
			aliases: list(r.aliases),
			weight: readNumber(r.weight),
			max: readNumber(r.max)
		})),
		groups:
			form.grouping === 'published'
				? { kind: 'published', labels: list(form.labels) }
				: {
						kind: 'thresholds',
						groups: form.groups.map((g, i) => ({
							label: g.label.trim(),
							// Not typed yet: null, which the schema reports with the group's label.
							min: i === form.groups.length - 1 || g.min.trim() === '' ? null : readNumber(g.min)
						}))
					}
	};
}

export const checkForm = (form: DdciForm) => parseDdciConfig(configOf(form));

/** The weights' sum, or null while one of them is not a number. */
export function weightSum(form: DdciForm): number | null {
	const weights = form.rows.map((r) => readNumber(r.weight));
	return weights.some(Number.isNaN) ? null : weights.reduce((s, w) => s + w, 0);
}

/** Every weight 100 ÷ n, to two decimals (the configuration normalises their sum). */
export function withEqualWeights(form: DdciForm, lang: Lang): DdciForm {
	const weight = numberText(100 / Math.max(1, form.rows.length), lang);
	return { ...form, rows: form.rows.map((r) => ({ ...r, weight })) };
}

export function withNewRow(form: DdciForm): DdciForm {
	const row: SubIndexRow = {
		id: nextId(),
		code: '',
		codeFromName: true,
		nameVi: '',
		aliases: '',
		weight: '0',
		max: form.rows.at(-1)?.max ?? '10'
	};
	return { ...form, rows: [...form.rows, row] };
}

/** The row renamed; its code follows while it is a new row whose code the analyst has not typed. */
export function renamed(form: DdciForm, id: number, nameVi: string): DdciForm {
	const others = form.rows.filter((r) => r.id !== id).map((r) => r.code);
	return {
		...form,
		rows: form.rows.map((r) =>
			r.id !== id ? r : { ...r, nameVi, code: r.codeFromName ? codeForName(nameVi, others) : r.code }
		)
	};
}

/** Switching to cut-offs starts from the published labels, each still without its cut-off. */
export function withGrouping(form: DdciForm, grouping: DdciForm['grouping']): DdciForm {
	if (grouping === 'thresholds' && form.groups.length === 0) {
		const labels = list(form.labels);
		const groups = (labels.length >= 2 ? labels : ['Tốt', 'Khá']).map((label) => ({
			id: nextId(),
			label,
			min: ''
		}));
		return { ...form, grouping, groups };
	}
	return { ...form, grouping };
}
