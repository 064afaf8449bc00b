import { formatCount, formatScore, type Lang } from '$lib/format';
import type { DotRow } from '$lib/charts/dot-plot/layout';
import type { LikertRow } from '$lib/charts/likert/layout';
import type { RankingBarRow } from '$lib/charts/ranking-bars/layout';
import type { SipasStatRow } from '$lib/sql/sipas-sql';
import type { Ranked } from '$lib/survey';
import type { RankedUnit } from '$lib/workspace/survey-queries';
import { formatInterval } from './format';

/*
 * Survey rows → the charts' rows and the frames' data tables (already formatted). `name` gives a part's,
 * element's or item's name in the questionnaire the rows come from.
 */
type Name = (code: string) => string;

/** Publishable units only: a greyed unit has no rank and must not sit among the ranked bars. */
export function rankingBars(ranking: readonly Ranked<RankedUnit>[], overlapNote: string): RankingBarRow[] {
	return ranking
		.filter((r) => r.publishable)
		.map((r) => ({
			key: r.row.key,
			label: r.row.name,
			value: r.row.value,
			rank: r.rank,
			interval: r.row.interval,
			...(r.overlapsNext ? { note: overlapNote } : {})
		}));
}

export function rankingTable(
	ranking: readonly Ranked<RankedUnit>[],
	columns: string[],
	lang: Lang
): { columns: string[]; rows: string[][] } {
	return {
		columns,
		rows: ranking.map((r) => [
			r.rank == null ? '–' : String(r.rank),
			r.row.name,
			formatScore(r.row.value, 2, lang),
			formatInterval(r.row.interval?.low ?? null, r.row.interval?.high ?? null, lang),
			formatCount(r.row.n, lang)
		])
	};
}

/** Elements, parts and overall of one unit, in questionnaire order, for a DotPlot. */
export function elementDots(
	rows: readonly SipasStatRow[],
	unit: string,
	minN: number,
	overallLabel: string,
	name: Name
): DotRow[] {
	return rows
		.filter((r) => r.group_key === unit)
		.map((r) => ({
			key: r.code,
			label: r.level === 'overall' ? overallLabel : `${r.code}. ${name(r.code)}`,
			value: r.value,
			low: r.low,
			high: r.high,
			n: r.n,
			muted: r.n < minN
		}));
}

/** One shared scale for every unit's dots, so their positions compare across panels. */
export function dotDomain(rows: readonly SipasStatRow[]): [number, number] | undefined {
	const ends = rows.flatMap((r) => [r.low, r.high, r.value]).filter((v): v is number => v != null);
	if (ends.length === 0) return undefined;
	return [Math.floor(Math.min(...ends) / 5) * 5, Math.min(100, Math.ceil(Math.max(...ends) / 5) * 5)];
}

export function dotTable(dots: readonly DotRow[], columns: string[], lang: Lang) {
	return {
		columns,
		rows: dots.map((d) => [
			d.label,
			formatScore(d.value, 2, lang),
			formatInterval(d.low ?? null, d.high ?? null, lang),
			formatCount(d.n, lang)
		])
	};
}

/** Items as Likert rows: the distribution's shares stand for counts (the chart normalises them). */
export function likertRows(rows: readonly SipasStatRow[], name: Name): LikertRow[] {
	return rows.map((r) => ({
		key: r.code,
		label: name(r.code),
		counts: r.dist.map((d) => d ?? 0),
		n: r.n
	}));
}

export function itemTable(rows: readonly SipasStatRow[], columns: string[], name: Name, lang: Lang) {
	return {
		columns,
		rows: rows.map((r) => [
			name(r.code),
			...r.dist.map((d) => formatScore(d, 1, lang)),
			formatScore(r.value, 2, lang),
			formatScore(r.mean_score, 2, lang),
			formatCount(r.n, lang)
		])
	};
}
