import { z } from 'zod';
import { INDEX_CODES, type IndexCode } from '$lib/indices';
import { rankingBySuccessor, rankingView } from '$lib/workspace/queries';
import type { PageLoad } from './$types';

const text = z.string().trim().min(1).max(80).nullable().catch(null);

/** The rankings view as URL search params: every choice is a shareable link; anything malformed is ignored. */
export const RankingFilters = z.object({
	index: z.enum(INDEX_CODES as [IndexCode, ...IndexCode[]]).catch('PAR'),
	year: z.coerce.number().int().min(2000).max(2100).nullable().catch(null),
	component: text,
	kind: text,
	scope: text,
	region: text,
	sample: z
		.enum(['1', '0'])
		.nullable()
		.catch(null)
		.transform((v) => (v === null ? null : v === '1')),
	sort: z.enum(['rank', 'name', 'value', 'rank_change', 'value_change']).catch('rank'),
	desc: z
		.enum(['1'])
		.nullable()
		.catch(null)
		.transform((v) => v === '1'),
	unit: text,
	/** `today`: a year of the 63 provinces set under today's 34 (estimates, labelled). */
	by: z.enum(['today']).nullable().catch(null),
	/** A province's own cut-offs for its units' groups, best first: "90,80,70,50". */
	cuts: z
		.string()
		.regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/)
		.nullable()
		.catch(null)
		.transform((v) => (v === null ? null : v.split(',').map(Number)))
});

export type RankingFilterValues = z.infer<typeof RankingFilters>;

export const load: PageLoad = ({ url }) => {
	const get = (key: string) => url.searchParams.get(key);
	const filters = RankingFilters.parse(
		Object.fromEntries([...RankingFilters.keyof().options].map((k) => [k, get(k)]))
	);
	const view = rankingView(
		{
			indexCode: filters.index,
			year: filters.year,
			component: filters.component,
			kind: filters.kind,
			scope: filters.scope,
			sample: filters.sample
		},
		filters.cuts
	);
	const successors = view.then((v) => {
		const args = v.choices.args;
		const old = args?.unitKind === 'province' && v.rows.some((r) => r.unit_key.startsWith('gso63:'));
		return filters.by === 'today' && args && old ? rankingBySuccessor(args) : null;
	});
	return { filters, view, successors };
};
