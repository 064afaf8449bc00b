import type { TrendArgs, TrendSourceRow } from '$lib/sql/trend-sql';
import { computeTrend, type TrendData } from './trend-compute';
import type { Database } from '$lib/db';
import { openWorkspace } from './open';
import { trendRead } from './trend-cache';

/* The trends page's questions: what exists to choose from, then the chosen series and their average. */

export interface TrendRequest {
	index: string;
	component: string | null;
	kind: string | null;
	units: readonly string[];
	from: number | null;
	to: number | null;
	/** true: the sample even when imports of this index exist (?sample=1). */
	sample: boolean;
}

export interface TrendChoices {
	/** Null when the index has no data at all. */
	args: TrendArgs | null;
	kinds: string[];
	components: string[];
	/** Years with data for the chosen index, kind and component, whichever the source. */
	years: number[];
	hasReal: boolean;
	hasSample: boolean;
}

/**
 * What the request resolves to, from what the workspace holds: the kind asked if it has data, else
 * provinces, else the first; the component likewise (else the total); the sample only when no import of
 * this index exists or the reader asked for it (sample and imported values never share a chart).
 */
export function resolveTrend(sources: readonly TrendSourceRow[], request: TrendRequest): TrendChoices {
	const ofIndex = sources.filter((s) => s.index_code === request.index);
	const hasReal = ofIndex.some((s) => s.has_real);
	const hasSample = ofIndex.some((s) => s.has_sample);
	const sample = !hasReal || (request.sample && hasSample);
	const usable = ofIndex.filter((s) => (sample ? s.has_sample : s.has_real));
	const kinds = [...new Set(usable.map((s) => s.unit_kind))];
	const kind =
		request.kind && kinds.includes(request.kind)
			? request.kind
			: kinds.includes('province')
				? 'province'
				: kinds[0];
	if (kind === undefined) return { args: null, kinds, components: [], years: [], hasReal, hasSample };
	const ofKind = usable.filter((s) => s.unit_kind === kind);
	const components = ofKind.map((s) => s.component_code).filter((c): c is string => c !== null);
	const component = request.component && components.includes(request.component) ? request.component : null;
	const source = ofKind.find((s) => s.component_code === component);
	const years: number[] = [];
	for (let y = source?.first_year ?? 0; source && y <= source.last_year; y++) years.push(y);
	const inRange = (y: number | null) => (y !== null && years.includes(y) ? y : null);
	let from = inRange(request.from);
	let to = inRange(request.to);
	if (from !== null && to !== null && from > to) [from, to] = [to, from];
	return {
		args: { indexCode: request.index, component, unitKind: kind, sample, yearFrom: from, yearTo: to },
		kinds,
		components,
		years,
		hasReal,
		hasSample
	};
}

export interface TrendView extends TrendData {
	choices: TrendChoices;
}

export async function trendView(request: TrendRequest): Promise<TrendView> {
	return trendViewOn(await openWorkspace(), request);
}

/**
 * The view on a given database (the benchmark's, a test's): one statement for a filter change, what does not
 * change with the filter kept (trend-cache.ts); ranks, averages and the chosen units in TypeScript.
 */
export async function trendViewOn(db: Database, request: TrendRequest): Promise<TrendView> {
	const { choices, rows } = await trendRead(db, (sources) => resolveTrend(sources, request));
	if (!choices.args) return { choices, units: [], rows: [], average: [], links: [] };
	const { yearFrom, yearTo } = choices.args;
	return { choices, ...computeTrend(rows, request.units, yearFrom, yearTo) };
}
