import { z } from 'zod';
import { Bilingual, ComponentRef, headFields, IndexRef, IsoDateTime, SourceFile } from './schema-parts';

/*
 * A trend publication: one index (or component) of chosen units over the years, with the average line.
 * Aggregated series only: each point is a published score (or the average of the units' scores), never a
 * row of a file. Each point keeps its method version and its list of units (63 or 34 provinces), so the
 * chart marks the method changes and the 2025 list change where the reader sees them.
 */

export const TrendProvenance = z.object({
	index: IndexRef,
	/** Every method version the points were computed under, in year order, comma-separated. */
	method_version: z.string().nullable(),
	from_year: z.number().int(),
	to_year: z.number().int(),
	component: ComponentRef,
	unit_kind: z.string(),
	scope: Bilingual,
	sources: z.array(SourceFile),
	created_at: IsoDateTime,
	is_sample: z.boolean(),
	notes: z.array(z.string()),
	decimals: z.number().int().min(0).max(6)
});

export const TrendPoint = z.object({
	year: z.number().int(),
	value: z.number().nullable(),
	/** The method version of the value; where it changes the line stops and the change is marked. */
	method: z.string().nullable(),
	/** The list of units the value belongs to ('gso63', 'qd19'): a change is marked, the line goes on. */
	list: z.string().nullable(),
	/** The unit's rank that year within its list; null for the average. */
	rank: z.number().int().nullable(),
	ranked_of: z.number().int().nullable(),
	/** Units averaged (the average line); null for a unit. */
	n: z.number().int().nonnegative().nullable()
});

export const TrendSeriesRow = z.object({
	key: z.string(),
	/** A unit's name (the same in both languages), or the average's label. */
	name: Bilingual,
	points: z.array(TrendPoint)
});

export const TrendPublication = z.object({
	...headFields,
	kind: z.literal('trend'),
	title: Bilingual,
	provenance: TrendProvenance,
	/** The chosen units' series, in the order chosen. */
	rows: z.array(TrendSeriesRow),
	/** The average over every unit of the list in force each year (dashed); null when there is none. */
	average: TrendSeriesRow.nullable()
});

export type TrendPublication = z.infer<typeof TrendPublication>;
export type TrendSeriesRow = z.infer<typeof TrendSeriesRow>;
export type TrendPoint = z.infer<typeof TrendPoint>;
