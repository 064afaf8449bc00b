import type { RankingBarRow } from '$lib/charts/ranking-bars/layout';
import type { Lang } from '$lib/format';
import { translate } from '$lib/i18n/translate';
import type { RankingPublication } from './schema';

/** A ranking publication's rows as the bar chart takes them; a suppressed unit says why it has no bar. */
export function rankingBarRows(publication: RankingPublication, lang: Lang): RankingBarRow[] {
	const minN = publication.provenance.min_n ?? 0;
	return publication.rows.map((r) => ({
		key: r.unit_key,
		label: r.name,
		value: r.value,
		group: r.group_label,
		rank: r.rank,
		...(r.suppressed ? { note: translate(lang, 'publish.suppressed', { minN }) } : {})
	}));
}
