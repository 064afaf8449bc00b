import { formatDate, formatScore, type Lang } from '$lib/format';
import { translate } from '$lib/i18n/translate';
import type { Bilingual, Publication } from './schema';

/* The words that travel with a publication wherever it goes: its title, source line and alt text. */

export function pick(text: Bilingual, lang: Lang): string {
	return lang === 'en' && text.en ? text.en : text.vi;
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
	const date = translate(lang, 'publish.publishedOn', { date: formatDate(p.created_at, lang) });
	const sample = p.is_sample ? `${translate(lang, 'sample.label')} — ` : '';
	return `${sample}${source}. ${date}.`;
}

/** A sentence a screen reader (or a reader without the chart) gets instead of the bars. */
export function altText(publication: Publication, lang: Lang): string {
	const title = pick(publication.title, lang);
	const decimals = publication.provenance.decimals;
	const shown = publication.rows.filter((r) => r.value !== null);
	const hidden = publication.rows.filter((r) => r.suppressed).length;
	const suppressedNote =
		hidden > 0
			? ` ${translate(lang, 'publish.altSuppressed', { count: hidden, minN: publication.provenance.min_n ?? 0 })}`
			: '';
	if (shown.length === 0) return translate(lang, 'publish.altEmpty', { title }) + suppressedNote;
	const byValue = [...shown].sort((a, b) => b.value! - a.value!);
	const top = byValue[0]!;
	const bottom = byValue[byValue.length - 1]!;
	return (
		translate(lang, 'publish.alt', {
			title,
			count: shown.length,
			top: top.name,
			topValue: formatScore(top.value, decimals, lang),
			bottom: bottom.name,
			bottomValue: formatScore(bottom.value, decimals, lang)
		}) + suppressedNote
	);
}
