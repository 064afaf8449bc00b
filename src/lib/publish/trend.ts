import { withoutFloatNoise } from './ranking';
import { PUBLICATION_FORMAT, PUBLICATION_VERSION, type Bilingual, type SourceFile } from './schema-parts';
import { TrendPublication } from './schema-trend';
import { slug } from './slug';

/** One point of a unit's line as the trends page holds it. */
export interface TrendInputPoint {
	year: number;
	value: number | null;
	method_version: string | null;
	/** The unit's list ('gso63', 'qd19'), from its key. */
	list: string | null;
	rank?: number | null;
	ranked_of?: number | null;
}

export interface TrendInputSeries {
	key: string;
	name: string;
	points: readonly TrendInputPoint[];
}

/** A year of the average line: the mean of `n` units of the list in force. */
export interface TrendInputAverage {
	year: number;
	value: number;
	n: number;
	method_version: string | null;
	list: string | null;
}

export interface TrendMeta {
	index: { code: string; name: Bilingual; publisher: Bilingual | null };
	/** What the title calls the index ("Chỉ số CCHC" / "PAR"); its name when absent. */
	shortName?: Bilingual;
	component?: { code: string; name: Bilingual } | null;
	unitKind: string;
	scope: Bilingual;
	/** "Trung bình cả nước" / "National average". */
	averageName: Bilingual;
	sources: SourceFile[];
	/** ISO time, passed in so that the same view gives the same file. */
	createdAt: string;
	isSample: boolean;
	notes?: string[];
	decimals: number;
	/** Defaults to the index, years and scope in both languages. */
	title?: Bilingual;
	/** Defaults to trend-<index>-<component>-<unit kind>-<from>-<to>. */
	id?: string;
}

const point = (p: TrendInputPoint) => ({
	year: p.year,
	value: withoutFloatNoise(p.value),
	method: p.method_version,
	list: p.list,
	rank: p.rank ?? null,
	ranked_of: p.ranked_of ?? null,
	n: null
});

/**
 * A trend publication from the chosen units' series and the average: aggregated series only, in year order,
 * each point with its method and list so the chart marks the breaks. Throws on a view with no value at all
 * (a bug of the caller: the page offers "Công bố" only with a chart).
 */
export function trendPublication(
	units: readonly TrendInputSeries[],
	average: readonly TrendInputAverage[],
	meta: TrendMeta
): TrendPublication {
	const all = [...average, ...units.flatMap((u) => u.points)].filter((p) => p.value !== null);
	if (all.length === 0) throw new Error('trendPublication: no value to publish');
	const years = all.map((p) => p.year);
	const from = Math.min(...years);
	const to = Math.max(...years);
	const methods = [...new Set([...all].sort((a, b) => a.year - b.year).map((p) => p.method_version))].filter(
		(m): m is string => m !== null
	);
	const short = meta.shortName ?? meta.index.name;
	const c = meta.component?.name;
	const what = c ? { vi: `${c.vi} (${short.vi})`, en: `${c.en ?? c.vi} (${short.en ?? short.vi})` } : short;
	const byYear = <T extends { year: number }>(points: readonly T[]) =>
		[...points].sort((a, b) => a.year - b.year);
	return TrendPublication.parse({
		format: PUBLICATION_FORMAT,
		version: PUBLICATION_VERSION,
		id:
			meta.id ??
			slug(
				['trend', meta.index.code, meta.component?.code, meta.unitKind, from, to].filter(Boolean).join('-')
			),
		kind: 'trend',
		title: meta.title ?? {
			vi: `Xu hướng ${what.vi} ${from}–${to} — ${meta.scope.vi}`,
			en: `${what.en ?? what.vi} trend ${from}–${to} — ${meta.scope.en ?? meta.scope.vi}`
		},
		provenance: {
			index: meta.index,
			method_version: methods.length > 0 ? methods.join(', ') : null,
			from_year: from,
			to_year: to,
			component: meta.component ?? null,
			unit_kind: meta.unitKind,
			scope: meta.scope,
			sources: meta.sources,
			created_at: meta.createdAt,
			is_sample: meta.isSample,
			notes: meta.notes ?? [],
			decimals: meta.decimals
		},
		rows: units.map((u) => ({
			key: u.key,
			name: { vi: u.name, en: null },
			points: byYear(u.points).map(point)
		})),
		average:
			average.length === 0
				? null
				: {
						key: 'average',
						name: meta.averageName,
						points: byYear(average).map((a) => ({
							...point({ ...a, rank: null, ranked_of: null }),
							n: a.n
						}))
					}
	});
}
