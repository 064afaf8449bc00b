import { listBreaks, methodBreaks, type TrendSeries } from '$lib/charts/trend-lines/layout';
import type { Lang } from '$lib/format';
import { pick } from './pick';
import type { TrendPublication, TrendSeriesRow } from './schema-trend';

/* A trend publication as the line chart takes it, and the breaks it marks. */

function series(row: TrendSeriesRow, lang: Lang, reference: boolean): TrendSeries {
	return {
		key: row.key,
		label: pick(row.name, lang),
		...(reference ? { reference: true } : {}),
		points: row.points.map((p) => ({ year: p.year, value: p.value, method: p.method, list: p.list }))
	};
}

/** The average first (dashed, as on the trends page), then each unit in the order chosen. */
export function trendSeries(publication: TrendPublication, lang: Lang): TrendSeries[] {
	const average = publication.average ? [series(publication.average, lang, true)] : [];
	return [...average, ...publication.rows.map((r) => series(r, lang, false))];
}

/** Years where the method changes (the line stops there) and where the list of units changes. */
export function trendBreaks(publication: TrendPublication): { method: number[]; list: number[] } {
	const all = trendSeries(publication, 'vi');
	return { method: methodBreaks(all), list: listBreaks(all) };
}
