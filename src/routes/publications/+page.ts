import { savedPublications } from '$lib/workspace/publish-queries';
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ saved: savedPublications() });
