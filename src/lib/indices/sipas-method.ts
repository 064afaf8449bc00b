// Options of the SIPAS satisfaction method (DOMAIN.md §3.5–3.6). Definitions only: `survey/` does the maths.
// The defaults are the most probable reading of 1001/QĐ-BNV, not checked against its formula (UNVERIFIED).
import type { SipasElementCode } from './sipas-questionnaire';

export interface SipasMethodConfig {
	/** An answer at or above this value (1–5 scale) counts as satisfied. Default 4 (Hài lòng, Rất hài lòng). */
	satisfiedThreshold: number;
	/**
	 * Items → element: `mean` = unweighted mean of the item rates P_i; `pooled` = satisfied answers over all
	 * valid answers of the element's items taken together.
	 */
	itemAggregation: 'mean' | 'pooled';
	/**
	 * Overall value: `mean_of_elements` = mean of the 9 element rates; `mean_of_items` = mean of the 39 item
	 * rates; `weighted` = elements weighted by `elementWeights`.
	 */
	elementAggregation: 'mean_of_elements' | 'mean_of_items' | 'weighted';
	/** Weights for `elementAggregation: 'weighted'`; ignored otherwise. */
	elementWeights?: Readonly<Partial<Record<SipasElementCode, number>>>;
	/** Drop a respondent's answers to a part when Câu 8 says they had no experience of it. */
	excludeIfNoExperience: boolean;
	/** Decimals of published percentages. */
	roundingDigits: number;
}

/** Shown next to every SIPAS value computed with these options. */
export const SIPAS_METHOD_LABEL_VI = 'Phương pháp mặc định, chưa đối chiếu công thức chính thức';

export const SIPAS_METHOD_DEFAULTS: Readonly<SipasMethodConfig> = Object.freeze({
	satisfiedThreshold: 4,
	itemAggregation: 'mean',
	elementAggregation: 'mean_of_elements',
	excludeIfNoExperience: false,
	roundingDigits: 2
});
