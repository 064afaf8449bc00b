import { building } from '$app/environment';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from '$lib/publish/embed-options';
import type { PageLoad } from './$types';

// Prerendering has no query string: the HTML is the default embed, and the browser applies ?lang=, ?theme=…
export const load: PageLoad = ({ data, url }) => ({
	...data,
	options: building ? DEFAULT_EMBED_OPTIONS : parseEmbedOptions(url.searchParams)
});
