/*
 * The options of an embed URL (/embed/<id>/?chart=bars&lang=en&theme=dark&height=480); which charts there
 * are depends on the publication's kind (EMBED_CHARTS). A wrong value falls back to the default instead of
 * failing: a newspaper page must still show something. Only options that differ from the kind's default are
 * written into a URL, so the plain URL is the prerendered page.
 *
 * Parsed by hand, not with Zod: three lists of words and one number, and the embed is a newspaper's page
 * weight (zod/mini alone was 15 kB of its 124).
 */

const CHOICES = {
	chart: ['bars', 'table', 'lines', 'dots', 'likert'],
	lang: ['vi', 'en'],
	theme: ['light', 'dark']
} as const;

/** The publication kinds (schema.ts), spelled here so the embed does not load the schema. */
export type EmbedKind = 'ranking' | 'trend' | 'survey';

/**
 * What each kind can show, its default first: a ranking's bars; a trend's lines; a survey's bars of the
 * units, dots of the elements, or Likert bars of the items; every kind a table.
 */
export const EMBED_CHARTS = {
	ranking: ['bars', 'table'],
	trend: ['lines', 'table'],
	survey: ['bars', 'dots', 'likert', 'table']
} as const satisfies Record<EmbedKind, readonly (typeof CHOICES.chart)[number][]>;

/** Whether `height` applies: bars share it among their rows, lines take it; tables, dots and items do not. */
export function takesHeight(chart: EmbedOptions['chart']): boolean {
	return chart === 'bars' || chart === 'lines';
}

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

/** The default options of a kind (the prerendered embed). */
export function defaultEmbedOptions(kind: EmbedKind = 'ranking'): EmbedOptions {
	return { ...DEFAULT_EMBED_OPTIONS, chart: EMBED_CHARTS[kind][0] };
}

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

/**
 * Any partial or untrusted options → complete, valid ones for a publication of `kind` (a wrong value, or a
 * chart the kind cannot show, becomes its default).
 */
export function embedOptions(
	input: Partial<Record<keyof EmbedOptions, unknown>>,
	kind: EmbedKind = 'ranking'
): EmbedOptions {
	const charts: readonly string[] = EMBED_CHARTS[kind];
	const chart = charts.includes(input.chart as string) ? (input.chart as EmbedOptions['chart']) : charts[0];
	return {
		chart: chart as EmbedOptions['chart'],
		lang: choice('lang', input.lang),
		theme: choice('theme', input.theme),
		height: embedHeight(input.height)
	};
}

export function parseEmbedOptions(params: URLSearchParams, kind: EmbedKind = 'ranking'): EmbedOptions {
	return embedOptions(
		{
			chart: params.get('chart'),
			lang: params.get('lang'),
			theme: params.get('theme'),
			height: params.get('height')
		},
		kind
	);
}

/** The embed's path with the options that are not the kind's default, e.g. `/embed/par-2025/?lang=en`. */
export function embedPath(
	id: string,
	options: Partial<EmbedOptions> = {},
	kind: EmbedKind = 'ranking'
): string {
	const params = new URLSearchParams();
	const defaults = defaultEmbedOptions(kind);
	for (const key of ['chart', 'lang', 'theme', 'height'] as const) {
		const value = options[key];
		if (value != null && value !== defaults[key]) params.set(key, String(value));
	}
	const query = params.toString();
	return `/embed/${encodeURIComponent(id)}/${query ? `?${query}` : ''}`;
}
