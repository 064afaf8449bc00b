import { building } from '$app/environment';
import { defaultEmbedOptions, parseEmbedOptions } from '$lib/publish/embed-options';
import type { PageLoad } from './$types';

// Prerendering has no query string: the HTML is the kind's default embed, and the browser applies ?lang=,
// ?chart=… (only charts the publication's kind has; another falls back to its default).
export const load: PageLoad = ({ data, url }) => ({
	...data,
	options: building
		? defaultEmbedOptions(data.publication.kind)
		: parseEmbedOptions(url.searchParams, data.publication.kind)
});
