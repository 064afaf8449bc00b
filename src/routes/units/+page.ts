import { z } from 'zod';
import { unitProfile } from '$lib/workspace/queries';
import type { PageLoad } from './$types';

/** `/units/?key=gso63:22`: a query parameter rather than a path segment, so the static build needs no page per unit. */
const Params = z.object({ key: z.string().trim().min(1).max(120).nullable().catch(null) });

export const load: PageLoad = ({ url }) => {
	const { key } = Params.parse({ key: url.searchParams.get('key') });
	return { key, profile: key === null ? null : unitProfile(key) };
};
