import * as z from 'zod/mini';

/*
 * The options of an embed URL (/embed/<id>/?chart=bars&lang=en&theme=dark&height=480). A wrong value falls
 * back to the default instead of failing: a newspaper page must still show something. Only options that
 * differ from the default are written into a URL, so the plain URL is the prerendered page.
 */

// zod/mini: the embed is a newspaper's page weight, and these four fields need no more than it has.
export const EmbedOptions = z.object({
	chart: z.catch(z.enum(['bars', 'table']), 'bars'),
	lang: z.catch(z.enum(['vi', 'en']), 'vi'),
	theme: z.catch(z.enum(['light', 'dark']), 'light'),
	/** The chart's height in CSS pixels; null: as tall as its rows need. */
	height: z.catch(z.nullable(z.coerce.number().check(z.int(), z.gte(160), z.lte(4000))), null)
});

export type EmbedOptions = z.infer<typeof EmbedOptions>;

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = EmbedOptions.parse({});

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	return EmbedOptions.parse({
		chart: params.get('chart') ?? undefined,
		lang: params.get('lang') ?? undefined,
		theme: params.get('theme') ?? undefined,
		height: params.get('height') ?? null
	});
}

/** The embed's path with the options that are not the default, e.g. `/embed/par-2025/?lang=en`. */
export function embedPath(id: string, options: Partial<EmbedOptions> = {}): string {
	const params = new URLSearchParams();
	for (const key of ['chart', 'lang', 'theme', 'height'] as const) {
		const value = options[key];
		if (value != null && value !== DEFAULT_EMBED_OPTIONS[key]) params.set(key, String(value));
	}
	const query = params.toString();
	return `/embed/${encodeURIComponent(id)}/${query ? `?${query}` : ''}`;
}
