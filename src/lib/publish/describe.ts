import { formatDate, formatScore, type Lang } from '$lib/format';
import { translate } from '$lib/i18n/translate';
import { pick } from './pick';
import type { Publication } from './schema';
import { trendBreaks } from './trend-rows';

/* The words that travel with a publication wherever it goes: its title, period, source line and alt text. */

export { pick };

/** The years a publication covers: "2025", or "2018–2025" for a trend. */
export function periodText(publication: Publication): string {
	const p = publication.provenance;
	return 'from_year' in p ? `${p.from_year}–${p.to_year}` : String(p.year);
}

/** The last year it covers (lists sort by it). */
export function lastYear(publication: Publication): number {
	const p = publication.provenance;
	return 'to_year' in p ? p.to_year : p.year;
}

/** The minimum n behind its cells; null when its rows carry no n (score tables, trends). */
export function minimumN(publication: Publication): number | null {
	return 'min_n' in publication.provenance ? publication.provenance.min_n : null;
}

/** Units whose value was withheld for a small sample. */
export function suppressedCount(publication: Publication): number {
	if (publication.kind === 'trend') return 0;
	return (publication.rows as readonly { suppressed: boolean }[]).filter((r) => r.suppressed).length;
}

/** "Dữ liệu mẫu — Nguồn: Bộ Nội vụ; tính bằng chiso từ tệp a.csv. Công bố ngày 01/12/2026." */
export function sourceLine(publication: Publication, lang: Lang): string {
	const p = publication.provenance;
	const files = p.sources.map((s) => s.file_name).join(', ');
	const parts = [
		p.index.publisher ? pick(p.index.publisher, lang) : null,
		files ? translate(lang, 'publish.sourceOwn', { files }) : null
	].filter((x): x is string => x !== null);
	const source = translate(lang, 'publish.source', { source: parts.join('; ') || 'chiso' });
	// A survey's values carry their method's caveat wherever they go (survey/README.md).
	const method = 'method_note' in p ? ` ${pick(p.method_note, lang)}.` : '';
	const date = translate(lang, 'publish.publishedOn', { date: formatDate(p.created_at, lang) });
	const sample = p.is_sample ? `${translate(lang, 'sample.label')} — ` : '';
	return `${sample}${source}.${method} ${date}.`;
}

/** Bars of named values: the highest and the lowest, and how many were withheld. */
function barsAlt(
	title: string,
	shown: readonly { name: string; value: number | null }[],
	hidden: number,
	minN: number | null,
	decimals: number,
	lang: Lang
): string {
	const suppressedNote =
		hidden > 0 ? ` ${translate(lang, 'publish.altSuppressed', { count: hidden, minN: minN ?? 0 })}` : '';
	const values = shown.filter((r): r is { name: string; value: number } => r.value !== null);
	if (values.length === 0) return translate(lang, 'publish.altEmpty', { title }) + suppressedNote;
	const byValue = [...values].sort((a, b) => b.value - a.value);
	const top = byValue[0]!;
	const bottom = byValue[byValue.length - 1]!;
	return (
		translate(lang, 'publish.alt', {
			title,
			count: values.length,
			top: top.name,
			topValue: formatScore(top.value, decimals, lang),
			bottom: bottom.name,
			bottomValue: formatScore(bottom.value, decimals, lang)
		}) + suppressedNote
	);
}

/** A sentence a screen reader (or a reader without the chart) gets instead of the chart. */
export function altText(publication: Publication, lang: Lang): string {
	const title = pick(publication.title, lang);
	const decimals = publication.provenance.decimals;
	if (publication.kind === 'trend') {
		const p = publication.provenance;
		const breaks = trendBreaks(publication);
		const units = publication.rows.map((r) => pick(r.name, lang)).join(', ');
		const lines = [
			translate(lang, 'publish.altTrend', {
				title,
				units: units || '–',
				from: p.from_year,
				to: p.to_year
			}),
			publication.average
				? translate(lang, 'publish.altTrendAverage', { average: pick(publication.average.name, lang) })
				: null,
			breaks.method.length
				? translate(lang, 'publish.altMethodBreak', { years: breaks.method.join(', ') })
				: null,
			breaks.list.length ? translate(lang, 'publish.altListBreak', { years: breaks.list.join(', ') }) : null
		];
		return lines.filter((l) => l !== null).join(' ');
	}
	const shown = publication.rows.flatMap((r) => (r.suppressed ? [] : [{ name: r.name, value: r.value }]));
	return barsAlt(title, shown, suppressedCount(publication), minimumN(publication), decimals, lang);
}

/** What was chosen, as the chart frame's title and on paper: index, component, year(s), scope, method. */
export function filtersLine(publication: Publication, lang: Lang): string {
	const p = publication.provenance;
	const period =
		'from_year' in p
			? `${translate(lang, 'publish.period')} ${p.from_year}–${p.to_year}`
			: `${translate(lang, 'publish.year')} ${p.year}`;
	const component = 'component' in p ? p.component : null;
	return [
		`${pick(p.index.name, lang)} (${p.index.code})`,
		component ? `${component.code}: ${pick(component.name, lang)}` : null,
		period,
		pick(p.scope, lang),
		p.method_version
	]
		.filter((x): x is string => !!x)
		.join(' · ');
}
