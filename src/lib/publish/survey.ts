import { withoutFloatNoise } from './ranking';
import { PUBLICATION_FORMAT, PUBLICATION_VERSION, type Bilingual, type SourceFile } from './schema-parts';
import { SurveyPublication } from './schema-survey';
import { slug } from './slug';
import { withholdSmallCell } from './suppress';

/** A unit's overall value as the survey page ranks it. */
export interface SurveyInputUnit {
	unit_key: string;
	name: string;
	value: number | null;
	low: number | null;
	high: number | null;
	/** Respondents with an overall value. */
	n: number;
	rank: number | null;
	overlaps_next: boolean;
}

export interface SurveyInputElement {
	unit_key: string;
	level: 'element' | 'part' | 'overall';
	code: string;
	name: Bilingual;
	value: number | null;
	low: number | null;
	high: number | null;
	n: number;
}

export interface SurveyInputItem {
	code: string;
	name: Bilingual;
	value: number | null;
	mean_score: number | null;
	/** Valid answers. */
	n: number;
	dist: readonly (number | null)[];
}

export interface SurveyMeta {
	index: { code: string; name: Bilingual; publisher: Bilingual | null };
	questionnaire: { code: string; name: Bilingual };
	methodVersion: string | null;
	method: { satisfied_threshold: number; item_aggregation: string; element_aggregation: string };
	methodNote: Bilingual;
	year: number;
	unitKind: string;
	scope: Bilingual;
	itemsScope: Bilingual;
	sources: SourceFile[];
	/** ISO time, passed in so that the same view gives the same file. */
	createdAt: string;
	isSample: boolean;
	notes?: string[];
	/** Cells from fewer respondents (answers, for an item) than this are withheld. */
	minN: number;
	decimals: number;
	title?: Bilingual;
	/** Defaults to survey-<index>-<unit kind>-<year>. */
	id?: string;
}

const clean = <T extends { value: number | null; low: number | null; high: number | null }>(r: T): T => ({
	...r,
	value: withoutFloatNoise(r.value),
	low: withoutFloatNoise(r.low),
	high: withoutFloatNoise(r.high)
});

/**
 * A survey result publication from the survey view: overall by unit, the focused units' elements, the
 * pooled items. Every cell under `minN` is withheld (suppress.ts), and a withheld unit's elements are left
 * out altogether. Ranks are the page's (the same minimum n); `ranked_of` counts the ranked units published.
 */
export function surveyPublication(
	input: {
		units: readonly SurveyInputUnit[];
		elements: readonly SurveyInputElement[];
		items: readonly SurveyInputItem[];
	},
	meta: SurveyMeta
): SurveyPublication {
	if (input.units.length === 0) throw new Error('surveyPublication: no unit to publish');
	const minN = meta.minN;
	const units = input.units.map((u) => withholdSmallCell(clean(u), minN, ['unit_key', 'name']));
	const rankedOf = units.filter((u) => !u.suppressed && u.rank !== null).length;
	const shown = new Set(units.filter((u) => !u.suppressed).map((u) => u.unit_key));
	return SurveyPublication.parse({
		format: PUBLICATION_FORMAT,
		version: PUBLICATION_VERSION,
		id: meta.id ?? slug(['survey', meta.index.code, meta.unitKind, meta.year].join('-')),
		kind: 'survey',
		title: meta.title ?? {
			vi: `Mức độ hài lòng (${meta.index.code}) năm ${meta.year} — ${meta.scope.vi}`,
			en: `Satisfaction (${meta.index.code}) ${meta.year} — ${meta.scope.en ?? meta.scope.vi}`
		},
		provenance: {
			index: meta.index,
			questionnaire: meta.questionnaire,
			method_version: meta.methodVersion,
			method: meta.method,
			method_note: meta.methodNote,
			year: meta.year,
			unit_kind: meta.unitKind,
			scope: meta.scope,
			sources: meta.sources,
			created_at: meta.createdAt,
			is_sample: meta.isSample,
			notes: meta.notes ?? [],
			min_n: minN,
			decimals: meta.decimals
		},
		rows: units.map((u) => (u.suppressed ? u : { ...u, ranked_of: rankedOf })),
		elements: input.elements
			.filter((e) => shown.has(e.unit_key))
			.map((e) => withholdSmallCell(clean(e), minN, ['unit_key', 'level', 'code', 'name'])),
		items_scope: meta.itemsScope,
		items: input.items.map((i) =>
			withholdSmallCell(
				{
					...i,
					value: withoutFloatNoise(i.value),
					mean_score: withoutFloatNoise(i.mean_score),
					dist: i.dist.map((d) => withoutFloatNoise(d))
				},
				minN,
				['code', 'name']
			)
		)
	});
}
