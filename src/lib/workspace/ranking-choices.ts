import type { RankingArgs } from '$lib/sql/ranking-sql';

/*
 * What the rankings page can offer, from what the database holds (`rankingChoicesSql`), and the ranking to run
 * for what the URL asks. A request for something that is not there falls back to what is (the latest year,
 * the total, the first province that has agencies), so a shared link never lands on an empty page.
 */

export interface RankingChoiceRow {
	is_sample: boolean;
	unit_kind: string;
	year: number;
	component_code: string | null;
	parent_key: string | null;
	parent_name: string | null;
	n: number;
}

export interface RankingRequest {
	indexCode: string;
	year: number | null;
	component: string | null;
	kind: string | null;
	scope: string | null;
	/** null: the analyst's data when there is some, else the sample. */
	sample: boolean | null;
}

export interface Scope {
	key: string;
	name: string;
}

export interface RankingChoices {
	hasReal: boolean;
	hasSample: boolean;
	kinds: string[];
	years: number[];
	scopes: Scope[];
	/** Component codes with values in the chosen year; the total (null) is listed first when present. */
	components: (string | null)[];
	/** The ranking to run, or null when the index has no value at all in the chosen source. */
	args: RankingArgs | null;
}

/** Display order of unit kinds: nation-wide lists first. */
export const KIND_ORDER = ['province', 'ministry', 'agency', 'district', 'commune'] as const;

const byKindOrder = (a: string, b: string) =>
	(KIND_ORDER.indexOf(a as never) + 1 || 99) - (KIND_ORDER.indexOf(b as never) + 1 || 99) ||
	a.localeCompare(b);

const unique = <T>(values: T[]) => [...new Set(values)];

export function resolveRanking(rows: readonly RankingChoiceRow[], req: RankingRequest): RankingChoices {
	const withValues = rows.filter((r) => r.n > 0);
	const hasReal = withValues.some((r) => !r.is_sample);
	const hasSample = withValues.some((r) => r.is_sample);
	const sample = req.sample === null ? !hasReal : req.sample ? hasSample || !hasReal : !hasReal && hasSample;
	const pool = withValues.filter((r) => r.is_sample === sample);

	const kinds = unique(pool.map((r) => r.unit_kind)).sort(byKindOrder);
	const kind = req.kind !== null && kinds.includes(req.kind) ? req.kind : (kinds[0] ?? null);
	const ofKind = pool.filter((r) => r.unit_kind === kind);

	const years = unique(ofKind.map((r) => r.year)).sort((a, b) => b - a);
	const year = req.year !== null && years.includes(req.year) ? req.year : (years[0] ?? null);
	const ofYear = ofKind.filter((r) => r.year === year);

	const local = kind !== null && kind !== 'province' && kind !== 'ministry';
	const scopes = local
		? unique(ofYear.map((r) => r.parent_key).filter((k): k is string => k !== null)).map((key) => ({
				key,
				name: ofYear.find((r) => r.parent_key === key)?.parent_name ?? key
			}))
		: [];
	const scope = !local
		? null
		: scopes.some((s) => s.key === req.scope)
			? req.scope
			: (scopes[0]?.key ?? null);
	const inScope = ofYear.filter((r) => !local || r.parent_key === scope);

	const components = unique(inScope.map((r) => r.component_code)).sort((a, b) =>
		a === null ? -1 : b === null ? 1 : a.localeCompare(b, 'vi', { numeric: true })
	);
	const component =
		req.component !== null && components.includes(req.component)
			? req.component
			: components.includes(null)
				? null
				: (components[0] ?? null);

	const args: RankingArgs | null =
		kind === null || year === null
			? null
			: { indexCode: req.indexCode, year, component, unitKind: kind, scope, sample };
	return { hasReal, hasSample, kinds, years, scopes, components, args };
}
