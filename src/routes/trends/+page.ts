import { z } from 'zod';
import { INDEX_CODES, type IndexCode } from '$lib/indices';
import { trendView } from '$lib/workspace/trend-queries';
import type { PageLoad } from './$types';

const text = z.string().trim().min(1).max(80).nullable().catch(null);
const year = z.coerce.number().int().min(2000).max(2100).nullable().catch(null);
const KEY = /^(gso63|qd19):\d{2}$|^local:[\w-]+:[\w-]+$/;

/** The trends view as URL search params; anything malformed is ignored. */
export const TrendFilters = z.object({
	index: z.enum(INDEX_CODES as [IndexCode, ...IndexCode[]]).catch('PAR'),
	component: text,
	kind: text,
	/** Unit keys, comma-separated, in the order chosen (at most 12). */
	units: z
		.string()
		.nullable()
		.catch(null)
		.transform((v) => [...new Set((v ?? '').split(',').filter((k) => KEY.test(k)))].slice(0, 12)),
	from: year,
	to: year,
	sample: z
		.enum(['1'])
		.nullable()
		.catch(null)
		.transform((v) => v === '1'),
	/** The unit drawn highlighted in every chart. */
	unit: text
});

export type TrendFilterValues = z.infer<typeof TrendFilters>;

export const load: PageLoad = ({ url }) => {
	const filters = TrendFilters.parse(
		Object.fromEntries([...TrendFilters.keyof().options].map((k) => [k, url.searchParams.get(k)]))
	);
	return { filters, view: trendView(filters) };
};
