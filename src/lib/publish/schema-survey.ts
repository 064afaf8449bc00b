import { z } from 'zod';
import { Bilingual, headFields, IndexRef, IsoDateTime, SourceFile } from './schema-parts';

/*
 * A survey (SIPAS) result publication: satisfaction computed from the office's own answers, by unit, with n
 * and the 95 % interval; the element (and part) values of the units the view focused on; the share of each
 * answer to each item. Counts of answers, never a respondent. A cell under the minimum n is withheld: its
 * row keeps only what names it and the note "n < 30" — value, n, interval and rank are not in the file at
 * all (the suppressed rows are strict objects, so a file that carries them is refused).
 */

export const SurveyProvenance = z.object({
	index: IndexRef,
	/** The questionnaire the answers follow (e.g. 1001/QĐ-BNV, Câu 9). */
	questionnaire: z.object({ code: z.string().min(1), name: Bilingual }),
	method_version: z.string().nullable(),
	/** The method options the values were computed with. */
	method: z.object({
		satisfied_threshold: z.number(),
		item_aggregation: z.string(),
		element_aggregation: z.string()
	}),
	/** Shown with every value: "Phương pháp mặc định, chưa đối chiếu công thức chính thức". */
	method_note: Bilingual,
	year: z.number().int(),
	unit_kind: z.string(),
	scope: Bilingual,
	sources: z.array(SourceFile),
	created_at: IsoDateTime,
	is_sample: z.boolean(),
	notes: z.array(z.string()),
	min_n: z.number().int().positive(),
	decimals: z.number().int().min(0).max(6)
});

/** What a withheld cell keeps besides its name: the flag and why ("n < 30"). */
const withheld = { suppressed: z.literal(true), note: z.string().min(1) };

const interval = { value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() };

export const SurveyUnitRow = z.discriminatedUnion('suppressed', [
	z.object({
		unit_key: z.string(),
		name: z.string(),
		suppressed: z.literal(false),
		...interval,
		/** Respondents with an overall value. */
		n: z.number().int().nonnegative(),
		rank: z.number().int().nullable(),
		ranked_of: z.number().int(),
		/** Its interval overlaps the next unit's: "chưa khác biệt có ý nghĩa thống kê". */
		overlaps_next: z.boolean()
	}),
	z.strictObject({ unit_key: z.string(), name: z.string(), ...withheld })
]);

const elementHead = {
	unit_key: z.string(),
	level: z.enum(['element', 'part', 'overall']),
	code: z.string(),
	name: Bilingual
};

export const SurveyElementRow = z.discriminatedUnion('suppressed', [
	z.object({ ...elementHead, suppressed: z.literal(false), ...interval, n: z.number().int().nonnegative() }),
	z.strictObject({ ...elementHead, ...withheld })
]);

const itemHead = { code: z.string(), name: Bilingual };

export const SurveyItemRow = z.discriminatedUnion('suppressed', [
	z.object({
		...itemHead,
		suppressed: z.literal(false),
		/** % satisfied. */
		value: z.number().nullable(),
		mean_score: z.number().nullable(),
		/** Valid answers. */
		n: z.number().int().nonnegative(),
		/** % of answers at each point of the scale, lowest first. */
		dist: z.array(z.number().nullable()).min(2)
	}),
	z.strictObject({ ...itemHead, ...withheld })
]);

export const SurveyPublication = z.object({
	...headFields,
	kind: z.literal('survey'),
	title: Bilingual,
	provenance: SurveyProvenance,
	/** Overall satisfaction by unit: ranked units first, then the withheld ones. */
	rows: z.array(SurveyUnitRow),
	/** Elements, parts and overall of the units the view focused on, in questionnaire order. */
	elements: z.array(SurveyElementRow),
	/** Whose answers the items pool: every unit of the kind, or the units chosen. */
	items_scope: Bilingual,
	items: z.array(SurveyItemRow)
});

export type SurveyPublication = z.infer<typeof SurveyPublication>;
export type SurveyUnitRow = z.infer<typeof SurveyUnitRow>;
export type SurveyElementRow = z.infer<typeof SurveyElementRow>;
export type SurveyItemRow = z.infer<typeof SurveyItemRow>;
