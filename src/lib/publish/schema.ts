import { z } from 'zod';
import {
	Bilingual,
	ComponentRef,
	headFields,
	IndexRef,
	IsoDateTime,
	PUBLICATION_FORMAT,
	PUBLICATION_VERSION,
	SourceFile
} from './schema-parts';
import { SurveyPublication } from './schema-survey';
import { TrendPublication } from './schema-trend';

/*
 * The publication file (DESIGN.md "Publications"): a frozen snapshot of a view, aggregated rows only, with
 * where the numbers come from. One versioned format: readers refuse a file whose `format` or `version` they
 * do not know, rather than guess. A discriminated union on `kind`: 'ranking' (here), 'trend'
 * (schema-trend.ts) and 'survey' (schema-survey.ts). The trend and survey kinds joined version 1 without a
 * new version: every file written before them is read as it was, and a reader of before refuses a trend
 * by its kind, as it should.
 */

export {
	Bilingual,
	PUBLICATION_FORMAT,
	PUBLICATION_VERSION,
	PublicationId,
	SourceFile
} from './schema-parts';

/** A ranking's provenance. */
export const Provenance = z.object({
	index: IndexRef,
	method_version: z.string().nullable(),
	year: z.number().int(),
	/** The year the changes are measured from, when the view compares two years. */
	previous_year: z.number().int().nullable(),
	/** A component (lĩnh vực, chỉ số thành phần…) instead of the index total; null for the total. */
	component: ComponentRef,
	unit_kind: z.string(),
	/** Which units were ranked: the whole country, or the agencies of one province… */
	scope: Bilingual,
	sources: z.array(SourceFile),
	created_at: IsoDateTime,
	is_sample: z.boolean(),
	/** Method caveats shown with the numbers, e.g. "chưa đối chiếu văn bản chính thức". */
	notes: z.array(z.string()),
	/** Cells with fewer responses than this are suppressed; null when the rows carry no n. */
	min_n: z.number().int().positive().nullable(),
	/** Decimals the publisher prints the value with (2 for PAR, 4 for PAPI). */
	decimals: z.number().int().min(0).max(6)
});

export const RankingPublicationRow = z.object({
	unit_key: z.string(),
	name: z.string(),
	region: z.string().nullable(),
	value: z.number().nullable(),
	rank: z.number().int().nullable(),
	ranked_of: z.number().int(),
	prev_value: z.number().nullable(),
	prev_rank: z.number().int().nullable(),
	rank_change: z.number().int().nullable(),
	value_change: z.number().nullable(),
	/** Why no change is shown: the unit 'merged' or is 'new', or the unit list changed (63 → 34). */
	change_note: z.enum(['merged', 'new', 'list_changed']).nullable(),
	group_label: z.string().nullable(),
	/** Responses behind the value (survey-based rankings); null when not known. */
	n: z.number().int().nonnegative().nullable(),
	/** True when the value (and what derives from it) was withheld because n < min_n. */
	suppressed: z.boolean()
});

export const RankingPublication = z.object({
	...headFields,
	kind: z.literal('ranking'),
	title: Bilingual,
	provenance: Provenance,
	rows: z.array(RankingPublicationRow)
});

export const Publication = z.discriminatedUnion('kind', [
	RankingPublication,
	TrendPublication,
	SurveyPublication
]);

export type Publication = z.infer<typeof Publication>;
export type RankingPublication = z.infer<typeof RankingPublication>;
export type RankingPublicationRow = z.infer<typeof RankingPublicationRow>;
export type Provenance = z.infer<typeof Provenance>;
export type PublicationKind = Publication['kind'];
export type { TrendPublication, TrendSeriesRow, TrendPoint } from './schema-trend';
export type { SurveyPublication, SurveyUnitRow, SurveyElementRow, SurveyItemRow } from './schema-survey';

/** Reads a publication file's text: the publication, or the reason it is not one (in plain words). */
export function parsePublication(
	text: string
): { ok: true; publication: Publication } | { ok: false; error: string } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return { ok: false, error: `JSON: ${(error as Error).message}` };
	}
	const head = z.object({ format: z.string(), version: z.number() }).safeParse(json);
	if (!head.success || head.data.format !== PUBLICATION_FORMAT) {
		return { ok: false, error: `not a ${PUBLICATION_FORMAT} file` };
	}
	if (head.data.version !== PUBLICATION_VERSION) {
		return { ok: false, error: `${PUBLICATION_FORMAT} version ${head.data.version} is not supported` };
	}
	const parsed = Publication.safeParse(json);
	if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
	return { ok: true, publication: parsed.data };
}

/** A publication as the file's text: stable key order (the schema's), tabs, a final newline. */
export function publicationJson(publication: Publication): string {
	return `${JSON.stringify(Publication.parse(publication), null, '\t')}\n`;
}
