/*
 * The options of an embed URL (/embed/<id>/?chart=bars&lang=en&theme=dark&height=480). A wrong value falls
 * back to the default instead of failing: a newspaper page must still show something. Only options that
 * differ from the default are written into a URL, so the plain URL is the prerendered page.
 *
 * Parsed by hand, not with Zod: three lists of words and one number, and the embed is a newspaper's page
 * weight (zod/mini alone was 15 kB of its 124).
 */

const CHOICES = {
	chart: ['bars', 'table'],
	lang: ['vi', 'en'],
	theme: ['light', 'dark']
} as const;

type Choice<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number];

export interface EmbedOptions {
	chart: Choice<'chart'>;
	lang: Choice<'lang'>;
	theme: Choice<'theme'>;
	/** The chart's height in CSS pixels (a whole number, 160–4000); null: as tall as its rows need. */
	height: number | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
	chart: 'bars',
	lang: 'vi',
	theme: 'light',
	height: null
};

/** `value` if it is one of the option's words, else its default (the first). */
function choice<K extends keyof typeof CHOICES>(key: K, value: unknown): Choice<K> {
	const allowed: readonly string[] = CHOICES[key];
	return (typeof value === 'string' && allowed.includes(value) ? value : allowed[0]) as Choice<K>;
}

/** A height as typed or read from a URL ('480', 480): a whole number of pixels in 160–4000, else null. */
export function embedHeight(value: unknown): number | null {
	const n =
		typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
	return Number.isInteger(n) && n >= 160 && n <= 4000 ? n : null;
}

/** Any partial or untrusted options → complete, valid ones (a wrong value becomes its default). */
export function embedOptions(input: Partial<Record<keyof EmbedOptions, unknown>>): EmbedOptions {
	return {
		chart: choice('chart', input.chart),
		lang: choice('lang', input.lang),
		theme: choice('theme', input.theme),
		height: embedHeight(input.height)
	};
}

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	return embedOptions({
		chart: params.get('chart'),
		lang: params.get('lang'),
		theme: params.get('theme'),
		height: params.get('height')
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
