import { z } from 'zod';
import { indexSources, provinceRanking } from '$lib/workspace/queries';
import type { PageLoad } from './$types';

const Filters = z.object({
	year: z.coerce.number().int().min(2000).max(2100).nullable().catch(null)
});

export const load: PageLoad = ({ url }) => {
	const { year } = Filters.parse({ year: url.searchParams.get('year') });
	return { year, ranking: provinceRanking('PAR', year), sources: indexSources() };
};
