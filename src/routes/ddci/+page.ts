import { z } from 'zod';
import { ddciPage } from '$lib/workspace/ddci-page';
import type { PageLoad } from './$types';

/** `/ddci/?province=gso63:22`: the province to configure; without it, the analyst's own. */
const Params = z.object({
	province: z
		.string()
		.regex(/^(gso63|qd19):\d{2}$/)
		.nullable()
		.catch(null)
});

export const load: PageLoad = ({ url }) => {
	const { province } = Params.parse({ province: url.searchParams.get('province') });
	return { province, page: ddciPage(province) };
};
