import type { Lang } from '$lib/format';
import { translate } from '$lib/i18n/translate';
import { altText, pick, sourceLine } from './describe';
import { embedPath, takesHeight, type EmbedOptions } from './embed-options';
import type { Publication } from './schema';

/*
 * The HTML a journalist pastes into an article: the iframe (titled, lazy, at a reserved height so the page
 * does not jump; the embed itself shows the title, chart and source line), the resizer script served by the
 * same site, and a figcaption linking back to the full table. A page that strips scripts still gets the
 * iframe at its reserved height, and the <noscript> text says what the chart shows and where it comes from.
 * Every value is escaped: titles and names come from files.
 */

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Pixels the embed needs before it reports its height: header, the chart (bars of ~22 px each, lines of
 * 260 px, a dot plot per focused unit, a bar per item; a table row of ~30 px), source line.
 */
export function reservedHeight(
	publication: Publication,
	options: Pick<EmbedOptions, 'height'> & Partial<Pick<EmbedOptions, 'chart'>>
): number {
	const chart = options.chart ?? (publication.kind === 'trend' ? 'lines' : 'bars');
	const given = takesHeight(chart) ? options.height : null;
	return (given ?? naturalHeight(publication, chart)) + 120;
}

function naturalHeight(publication: Publication, chart: EmbedOptions['chart']): number {
	if (chart === 'table') return 40 + publication.rows.length * 30;
	if (chart === 'lines') return 260;
	if (publication.kind === 'survey' && chart === 'dots') {
		const units = new Set(publication.elements.map((e) => e.unit_key)).size;
		return units * 50 + publication.elements.length * 22;
	}
	if (publication.kind === 'survey' && chart === 'likert') return 40 + publication.items.length * 26;
	return Math.max(160, 40 + publication.rows.length * 22);
}

export interface SnippetArgs {
	/** The site's address as readers reach it, e.g. "https://cchc.example.gov.vn" (no trailing slash). */
	origin: string;
	publication: Publication;
	options: EmbedOptions;
}

export function embedSnippet({ origin, publication, options }: SnippetArgs): string {
	const lang: Lang = options.lang;
	const base = origin.replace(/\/+$/, '');
	const id = publication.id;
	const src = base + embedPath(id, options, publication.kind);
	const full = `${base}/published/${encodeURIComponent(id)}/`;
	const title = pick(publication.title, lang);
	const height = reservedHeight(publication, options);
	const link = `<a href="${escapeHtml(full)}">${escapeHtml(translate(lang, 'publish.viewFull'))}</a>`;
	return [
		`<figure class="chiso-embed" style="margin:1.5em 0">`,
		`<iframe data-chiso-embed="${escapeHtml(id)}" src="${escapeHtml(src)}" title="${escapeHtml(title)}"` +
			` loading="lazy" scrolling="no" style="width:100%;min-width:100%;border:0;height:${height}px"></iframe>`,
		`<script async src="${escapeHtml(base)}/embed.js"></script>`,
		`<noscript><p>${escapeHtml(altText(publication, lang))} ${escapeHtml(sourceLine(publication, lang))}</p></noscript>`,
		`<figcaption style="font-size:0.85em">${link}</figcaption>`,
		`</figure>`
	].join('\n');
}
