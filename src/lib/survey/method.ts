// The satisfaction method as configuration (DOMAIN.md §3.5–3.6). The defaults are the most probable reading
// of 1001/QĐ-BNV, not checked against its formula: every value computed with them carries SIPAS_METHOD_LABEL_VI.
import { SIPAS_METHOD_DEFAULTS, type SipasMethodConfig } from '$lib/indices/sipas-method';
import { layoutOf, SIPAS_1001 } from './questionnaire';

/** Which answers are items of which element, and which elements make which part. */
export interface SurveyLayout {
	/** `column`: the answer column in `survey_responses`; `code`: the item's code in results. */
	items: readonly { code: string; column: string; element: string }[];
	elements: readonly { code: string; part: string }[];
	/** Lowest and highest answer of the scale (1–5 for SIPAS). */
	scale: { min: number; max: number };
}

export interface SurveyMethod {
	/** An answer ≥ this counts as satisfied (default 4 of 1–5). */
	satisfiedThreshold: number;
	/** Items → element: mean of the item shares, or satisfied answers over valid answers pooled. */
	itemAggregation: 'mean' | 'pooled';
	/**
	 * Elements → part and overall: mean of the elements, mean of the items (all items of the part or survey),
	 * or the elements weighted by `elementWeights` (an element without a weight counts 0).
	 */
	elementAggregation: 'mean_of_elements' | 'mean_of_items' | 'weighted';
	elementWeights?: Readonly<Record<string, number>>;
	/** Below this many respondents a value is shown greyed, not ranked and not publishable. */
	minN: number;
}

export const SURVEY_METHOD_DEFAULTS: Readonly<SurveyMethod> = Object.freeze({
	satisfiedThreshold: SIPAS_METHOD_DEFAULTS.satisfiedThreshold,
	itemAggregation: SIPAS_METHOD_DEFAULTS.itemAggregation,
	elementAggregation: SIPAS_METHOD_DEFAULTS.elementAggregation,
	minN: 30
});

/** Method options from the catalog's SIPAS config plus chiso's own (minimum n). */
export function surveyMethod(
	config: Partial<SipasMethodConfig> = {},
	minN = SURVEY_METHOD_DEFAULTS.minN
): SurveyMethod {
	const c = { ...SIPAS_METHOD_DEFAULTS, ...config };
	return {
		satisfiedThreshold: c.satisfiedThreshold,
		itemAggregation: c.itemAggregation,
		elementAggregation: c.elementAggregation,
		...(c.elementWeights ? { elementWeights: { ...c.elementWeights } as Record<string, number> } : {}),
		minN
	};
}

/** Weight of an element under `method` (1 unless the method is `weighted`). */
export function elementWeight(method: SurveyMethod, element: string): number {
	if (method.elementAggregation !== 'weighted') return 1;
	return method.elementWeights?.[element] ?? 0;
}

/** SIPAS 1001/QĐ-BNV Câu 9: 39 items in 9 elements of parts I and II, answers 1–5, in slots 1–39. */
export const SIPAS_1001_LAYOUT: SurveyLayout = layoutOf(SIPAS_1001);

/** The parts of a layout in order of first appearance. */
export function partsOf(layout: SurveyLayout): string[] {
	return [...new Set(layout.elements.map((e) => e.part))];
}

/**
 * A stable text key of what per-respondent shares depend on (threshold, element rule, weights): the summary
 * keeps one set of respondent moments per key.
 */
export function methodKey(method: SurveyMethod): string {
	const weights =
		method.elementAggregation === 'weighted'
			? Object.entries(method.elementWeights ?? {})
					.sort(([a], [b]) => a.localeCompare(b))
					.map(([k, w]) => `${k}=${w}`)
					.join(',')
			: '';
	return `t${method.satisfiedThreshold}|${method.elementAggregation}${weights ? `|${weights}` : ''}`;
}
