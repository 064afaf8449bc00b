import { z } from 'zod';

/*
 * The options of an embed URL (/embed/<id>/?chart=bars&lang=en&theme=dark&height=480). A wrong value falls
 * back to the default instead of failing: a newspaper page must still show something. Only options that
 * differ from the default are written into a URL, so the plain URL is the prerendered page.
 */

export const EmbedOptions = z.object({
	chart: z.enum(['bars', 'table']).catch('bars'),
	lang: z.enum(['vi', 'en']).catch('vi'),
	theme: z.enum(['light', 'dark']).catch('light'),
	/** The chart's height in CSS pixels; null: as tall as its rows need. */
	height: z.coerce.number().int().min(160).max(4000).nullable().catch(null)
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
