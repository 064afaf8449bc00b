import {
	PAR_LOCAL_GROUPS,
	withCutoffs,
	findVersion,
	getIndex,
	isIndexCode,
	versionForYear,
	type ComponentDef,
	type GroupScheme,
	type MethodVersion
} from '$lib/indices';
import { assignGroups, competitionRanks } from '$lib/indices/ranking';
import type { RankingRow } from '$lib/sql/ranking-sql';

/* Pure finishing of a ranking for the page: groups, components per unit, a rank within a region. */

export interface RankedUnit extends RankingRow {
	/** The group: computed for fixed thresholds and quantiles (totals only), as published otherwise. */
	group: string | null;
	/** Component values by code (empty when the index has none or the ranking is of a component). */
	components: Record<string, number | null>;
}

export interface ComponentValue {
	unit_key: string;
	component_code: string;
	value: number | null;
}

/** The method version of a ranking: the one its rows name, else the catalog's for the year. */
export function rankingVersion(
	indexCode: string,
	year: number,
	rows: readonly RankingRow[]
): MethodVersion | undefined {
	const named = rows.find((r) => r.method_version)?.method_version;
	const version = named ? findVersion(named) : undefined;
	if (version) return version;
	return isIndexCode(indexCode) ? versionForYear(indexCode, year) : undefined;
}

/** The components a version ranks on (its top level: lĩnh vực, dimensions, sub-indices, elements). */
export function topComponents(version: MethodVersion | undefined): readonly ComponentDef[] {
	if (!version) return [];
	const level = version.totalFrom ?? version.components[0]?.level;
	return version.components.filter((c) => c.level === level);
}

const LOCAL_KINDS = ['agency', 'district', 'commune'];

/**
 * The groups a ranking uses: a province's own classification for its agencies, districts and communes on its
 * PAR Index (default cut-offs, or the analyst's from the URL when they fit), else the version's scheme.
 */
export function groupSchemeFor(
	indexCode: string,
	unitKind: string,
	version: MethodVersion | undefined,
	cutoffs: readonly number[] | null
): GroupScheme | undefined {
	if (indexCode === 'PAR' && LOCAL_KINDS.includes(unitKind))
		return (cutoffs && withCutoffs(PAR_LOCAL_GROUPS, cutoffs)) || PAR_LOCAL_GROUPS;
	return version?.groupScheme;
}

export function decorateRanking(
	rows: readonly RankingRow[],
	scheme: GroupScheme | undefined,
	ofComponent: boolean,
	components: readonly ComponentValue[] = []
): RankedUnit[] {
	const groups = ofComponent
		? rows.map(() => null)
		: assignGroups(
				scheme,
				rows.map((r) => r.value),
				rows.map((r) => r.group_label)
			);
	const byUnit = new Map<string, Record<string, number | null>>();
	for (const c of components) {
		const record = byUnit.get(c.unit_key) ?? {};
		record[c.component_code] = c.value;
		byUnit.set(c.unit_key, record);
	}
	return rows.map((r, i) => ({ ...r, group: groups[i] ?? null, components: byUnit.get(r.unit_key) ?? {} }));
}

/** The rows of one region, each with its rank inside the region (competition ranking, as nationally). */
export function withinRegion<T extends { region: string | null; value: number | null }>(
	rows: readonly T[],
	region: string | null
): (T & { region_rank: number | null })[] {
	const kept = region === null ? [...rows] : rows.filter((r) => r.region === region);
	const ranks = region === null ? kept.map(() => null) : competitionRanks(kept.map((r) => r.value));
	return kept.map((r, i) => ({ ...r, region_rank: ranks[i] ?? null }));
}

/** Decimals and unit word for an index (2 for PAR/SIPAS/PCI, 4 for PAPI/DTI). */
export function indexDisplay(indexCode: string): { decimals: number; unit: 'percent' | 'points' | 'ratio' } {
	if (!isIndexCode(indexCode)) return { decimals: 2, unit: 'points' };
	const def = getIndex(indexCode);
	return { decimals: def.decimals, unit: def.unit };
}

export type RankingSort = 'rank' | 'name' | 'value' | 'rank_change' | 'value_change';

/**
 * Rows in the order the reader asked. Missing values always go last, whichever the direction, so a sort never
 * puts the units without a score on top; ties keep the ranking's order.
 */
export function sortRanking<T extends RankingRow>(rows: readonly T[], sort: RankingSort, desc: boolean): T[] {
	const collator = new Intl.Collator('vi');
	const key = (r: T): number | string | null =>
		sort === 'name' ? r.name : sort === 'rank' ? r.rank : (r[sort] as number | null);
	return rows
		.map((r, i) => ({ r, i }))
		.sort((a, b) => {
			const x = key(a.r);
			const y = key(b.r);
			if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
			const order = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
			return (desc ? -order : order) || a.i - b.i;
		})
		.map(({ r }) => r);
}

/** The labels of a group scheme, best first (legends list them in this order). */
export function schemeLabels(scheme: GroupScheme | undefined): string[] {
	if (!scheme) return [];
	return scheme.kind === 'fixed_thresholds' ? scheme.groups.map((g) => g.label) : [...scheme.labels];
}
