import { formatChange, formatCount, formatScore, type Lang } from '$lib/format';
import { isMessageKey, translate } from '$lib/i18n/translate';
import { pick } from './pick';
import type { Publication, RankingPublication, SurveyPublication, TrendPublication } from './schema';

/*
 * A publication as the text of a table, whatever its kind: columns and formatted cells. PublicationTable
 * draws it (one table for every kind, its header repeated on printed pages); the words are worked out here,
 * where a test can read them.
 */

export interface TableColumn {
	label: string;
	/** Right-aligned numbers. */
	num?: boolean;
	/** Hidden on a narrow screen (a region next to the unit's name). */
	wide?: boolean;
}

export interface TableCell {
	text: string;
	/** The row's name: a <th scope="row">. */
	header?: boolean;
	/** A hover text: why a value is withheld. */
	title?: string;
}

export interface TableData {
	columns: TableColumn[];
	rows: { key: string; muted: boolean; cells: TableCell[] }[];
}

/** "83,12–87,40"; "–" without an interval. */
export function formatInterval(
	low: number | null,
	high: number | null,
	decimals: number,
	lang: Lang
): string {
	if (low === null || high === null) return '–';
	return `${formatScore(low, decimals, lang)}–${formatScore(high, decimals, lang)}`;
}

function rankingTable(publication: RankingPublication, lang: Lang): TableData {
	const tr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(lang, key, params);
	const p = publication.provenance;
	const rows = publication.rows;
	const hasChange = rows.some((r) => r.rank_change !== null || r.change_note !== null);
	const hasGroup = rows.some((r) => r.group_label !== null);
	const hasRegion = rows.some((r) => r.region !== null);
	const region = (code: string | null) => {
		if (!code) return '–';
		const key = `region.${code}`;
		return isMessageKey(key) ? tr(key) : code;
	};
	const change = (row: RankingPublication['rows'][number]) => {
		if (row.change_note === 'merged') return tr('publish.noteMerged');
		if (row.change_note === 'new') return tr('publish.noteNew');
		return row.rank_change === null ? '–' : formatChange(row.rank_change, 0, lang);
	};
	const withheld = tr('publish.suppressed', { minN: p.min_n ?? 0 });
	return {
		columns: [
			{ label: tr('table.rank'), num: true },
			{ label: tr('publish.unit') },
			...(hasRegion ? [{ label: tr('table.region'), wide: true }] : []),
			{ label: `${p.index.code}${p.component ? ` ${p.component.code}` : ''} ${p.year}`, num: true },
			...(hasChange ? [{ label: tr('publish.change'), num: true }] : []),
			...(hasGroup ? [{ label: tr('publish.group') }] : [])
		],
		rows: rows.map((row) => ({
			key: row.unit_key,
			muted: row.suppressed,
			cells: [
				{ text: row.rank === null ? '–' : String(row.rank) },
				{ text: row.name, header: true },
				...(hasRegion ? [{ text: region(row.region) }] : []),
				row.suppressed
					? { text: `– (${tr('publish.suppressedShort')})`, title: withheld }
					: { text: formatScore(row.value, p.decimals, lang) },
				...(hasChange ? [{ text: change(row) }] : []),
				...(hasGroup ? [{ text: row.group_label ?? '–' }] : [])
			]
		}))
	};
}

/** One row per line (the average first), one column per year. */
function trendTable(publication: TrendPublication, lang: Lang): TableData {
	const p = publication.provenance;
	const years: number[] = [];
	for (let y = p.from_year; y <= p.to_year; y++) years.push(y);
	const series = [...(publication.average ? [publication.average] : []), ...publication.rows];
	return {
		columns: [
			{ label: translate(lang, 'publish.unit') },
			...years.map((y) => ({ label: String(y), num: true }))
		],
		rows: series.map((s) => ({
			key: s.key,
			muted: false,
			cells: [
				{ text: pick(s.name, lang), header: true },
				...years.map((y) => ({
					text: formatScore(s.points.find((pt) => pt.year === y)?.value ?? null, p.decimals, lang)
				}))
			]
		}))
	};
}

/** Overall satisfaction by unit: rank, unit, value, interval, n; a withheld unit shows only "n < 30". */
function surveyTable(publication: SurveyPublication, lang: Lang): TableData {
	const tr = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
		translate(lang, key, params);
	const p = publication.provenance;
	return {
		columns: [
			{ label: tr('table.rank'), num: true },
			{ label: tr('publish.unit') },
			{ label: `${tr('publish.value')} ${p.year}`, num: true },
			{ label: tr('publish.interval'), num: true },
			{ label: tr('publish.n'), num: true }
		],
		rows: publication.rows.map((r) =>
			r.suppressed
				? {
						key: r.unit_key,
						muted: true,
						cells: [
							{ text: '–' },
							{ text: r.name, header: true },
							{
								text: `– (${tr('publish.suppressedShort')})`,
								title: tr('publish.suppressed', { minN: p.min_n })
							},
							{ text: '–' },
							{ text: r.note }
						]
					}
				: {
						key: r.unit_key,
						muted: false,
						cells: [
							{ text: r.rank === null ? '–' : String(r.rank) },
							{ text: r.name, header: true },
							{ text: formatScore(r.value, p.decimals, lang) },
							{ text: formatInterval(r.low, r.high, p.decimals, lang) },
							{ text: formatCount(r.n, lang) }
						]
					}
		)
	};
}

export function publicationTable(publication: Publication, lang: Lang): TableData {
	if (publication.kind === 'trend') return trendTable(publication, lang);
	if (publication.kind === 'survey') return surveyTable(publication, lang);
	return rankingTable(publication, lang);
}
