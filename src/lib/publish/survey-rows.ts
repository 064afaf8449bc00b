import type { DotRow } from '$lib/charts/dot-plot/layout';
import type { LikertRow } from '$lib/charts/likert/layout';
import type { RankingBarRow } from '$lib/charts/ranking-bars/layout';
import type { Lang } from '$lib/format';
import { translate } from '$lib/i18n/translate';
import { pick } from './pick';
import type { SurveyPublication } from './schema-survey';

/* A survey publication as the charts take it: bars of the units, dots of the elements, Likert bars of items. */

/** Units best first; a withheld unit is listed last with no bar and says why. */
export function surveyBarRows(publication: SurveyPublication, lang: Lang): RankingBarRow[] {
	const minN = publication.provenance.min_n;
	return publication.rows.map((r) =>
		r.suppressed
			? {
					key: r.unit_key,
					label: r.name,
					value: null,
					note: translate(lang, 'publish.suppressed', { minN })
				}
			: {
					key: r.unit_key,
					label: r.name,
					value: r.value,
					rank: r.rank,
					interval: r.low !== null && r.high !== null ? { low: r.low, high: r.high } : null,
					...(r.overlaps_next ? { note: translate(lang, 'publish.notSignificant') } : {})
				}
	);
}

/** The units whose elements the publication holds, in its order. */
export function surveyElementUnits(publication: SurveyPublication): { key: string; name: string }[] {
	const names = new Map(publication.rows.map((r) => [r.unit_key, r.name]));
	const keys = [...new Set(publication.elements.map((e) => e.unit_key))];
	return keys.map((key) => ({ key, name: names.get(key) ?? key }));
}

/** One unit's elements, parts and overall as dots with their intervals; a withheld cell is a grey "–". */
export function surveyDotRows(publication: SurveyPublication, unitKey: string, lang: Lang): DotRow[] {
	return publication.elements
		.filter((e) => e.unit_key === unitKey)
		.map((e) => {
			const label =
				e.level === 'overall' ? translate(lang, 'publish.overall') : `${e.code}. ${pick(e.name, lang)}`;
			return e.suppressed
				? { key: e.code, label, value: null, muted: true }
				: { key: e.code, label, value: e.value, low: e.low, high: e.high, n: e.n };
		});
}

/** One scale for every unit's dots, so positions compare across panels (as on the survey page). */
export function surveyDotDomain(publication: SurveyPublication): [number, number] | undefined {
	const ends = publication.elements
		.flatMap((e) => (e.suppressed ? [] : [e.low, e.high, e.value]))
		.filter((v): v is number => v != null);
	if (ends.length === 0) return undefined;
	return [Math.floor(Math.min(...ends) / 5) * 5, Math.min(100, Math.ceil(Math.max(...ends) / 5) * 5)];
}

/** Items with their answer shares (withheld items are left to the table, which says why). */
export function surveyLikertRows(publication: SurveyPublication, lang: Lang): LikertRow[] {
	return publication.items.flatMap((i) =>
		i.suppressed
			? []
			: [{ key: i.code, label: pick(i.name, lang), counts: i.dist.map((d) => d ?? 0), n: i.n }]
	);
}

/** The names of the answers, lowest first: SIPAS's five words, else the points of the scale as numbers. */
export function answerLevels(publication: SurveyPublication, lang: Lang): string[] {
	const first = publication.items.find((i) => !i.suppressed);
	const points = first && !first.suppressed ? first.dist.length : 5;
	if (points !== 5) return Array.from({ length: points }, (_, i) => String(i + 1));
	return ([1, 2, 3, 4, 5] as const).map((p) => translate(lang, `publish.answer.${p}`));
}
