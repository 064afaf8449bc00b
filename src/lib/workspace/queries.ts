import { isIndexCode, type GroupScheme, type MethodVersion } from '$lib/indices';
import {
	indexSourcesSql,
	rankingChoicesSql,
	rankingComponentsSql,
	rankingSourcesSql,
	type RankingArgs,
	type RankingRow
} from '$lib/sql/ranking-sql';
import { successionsNamedSql, type SuccessionRow } from '$lib/sql/successor-sql';
import { crosswalk, runRanking } from './ranking-run';
import { successorGroups, type SuccessorGroup } from './successor-view';
import {
	unitHeadingSql,
	unitLineageSql,
	unitProfileSql,
	type LineageRow,
	type ProfileRow
} from '$lib/sql/profile-sql';
import { lineageOf, type Lineage } from './profile-view';
import { oneToOne } from './trend-compute';
import { openWorkspace } from './open';
import { ddciVersionForScope } from './ddci-config';
import {
	resolveRanking,
	type RankingChoiceRow,
	type RankingChoices,
	type RankingRequest
} from './ranking-choices';
import {
	decorateRanking,
	groupSchemeFor,
	rankingVersion,
	topComponents,
	type ComponentValue,
	type RankedUnit
} from './ranking-view';

/* The questions pages ask, each one SQL builder run on the workspace database. */

export interface IndexSource {
	index_code: string;
	has_real: boolean;
	has_sample: boolean;
	real_latest: number | null;
	latest: number;
}

/** Which indices hold data, from the analyst's imports or the sample. */
export async function indexSources(): Promise<IndexSource[]> {
	const db = await openWorkspace();
	return db.query<IndexSource>(indexSourcesSql());
}

/** The province ranking of an index total, from the analyst's data when there is some, else the sample. */
export async function provinceRanking(indexCode: string, year: number | null): Promise<RankingRow[]> {
	const db = await openWorkspace();
	const source = (await indexSources()).find((s) => s.index_code === indexCode);
	return runRanking(db, {
		indexCode,
		year,
		component: null,
		unitKind: 'province',
		scope: null,
		sample: !source?.has_real
	});
}

export interface RankingSource {
	import_id: number;
	file_name: string;
	sha256: string;
	imported_at: string;
}

export interface RankingView {
	choices: RankingChoices;
	rows: RankedUnit[];
	version: MethodVersion | undefined;
	/** The groups used: the version's, or a province's own classification of its units. */
	scheme: GroupScheme | undefined;
	sources: RankingSource[];
	/** The version is the province's own configuration (DDCI), not the catalog's default. */
	ownMethod?: boolean;
}

/** Everything the rankings page shows for one request. */
export async function rankingView(
	request: RankingRequest,
	cutoffs: readonly number[] | null = null
): Promise<RankingView> {
	const db = await openWorkspace();
	const choices = resolveRanking(
		await db.query<RankingChoiceRow>(rankingChoicesSql(request.indexCode)),
		request
	);
	const { args } = choices;
	if (!args || args.year === null)
		return { choices, rows: [], version: undefined, scheme: undefined, sources: [] };
	const year = args.year;
	const rows = await runRanking(db, args);
	// A province's own DDCI (its sub-indices, names, groups) stands in for the catalog's generic one.
	const own = args.indexCode === 'DDCI' ? await ddciVersionForScope(db, args.scope) : undefined;
	const version = own ?? rankingVersion(args.indexCode, year, rows);
	const components =
		args.component === null && isIndexCode(args.indexCode) && topComponents(version).length > 0
			? await db.query<ComponentValue>(rankingComponentsSql({ ...args, year }))
			: [];
	const sources = await db.query<RankingSource>(rankingSourcesSql({ ...args, year }));
	const scheme = groupSchemeFor(args.indexCode, args.unitKind, version, cutoffs);
	return {
		choices,
		rows: decorateRanking(rows, scheme, args.component !== null, components),
		version,
		scheme,
		sources,
		ownMethod: own !== undefined
	};
}

export interface UnitHeading {
	unit_key: string;
	name: string;
	kind: string;
	region: string | null;
	parent_key: string | null;
	parent_name: string | null;
	valid_from: string | null;
	valid_to: string | null;
}

export interface UnitProfile {
	heading: UnitHeading | null;
	rows: ProfileRow[];
	lineage: Lineage;
	/** The scores of the same territory under its other key (a one-to-one succession), for the sparklines. */
	sameTerritory: ProfileRow[];
}

/**
 * One unit on every index: its heading (null for a key the registry lacks), its scores beside its peers, where it
 * came from or went in a reorganisation, and the scores of the same territory under its other key.
 */
export async function unitProfile(unitKey: string): Promise<UnitProfile> {
	const db = await openWorkspace();
	const [heading] = await db.query<UnitHeading>(unitHeadingSql(unitKey));
	const rows = await db.query<ProfileRow>(unitProfileSql(unitKey));
	const lineage = lineageOf(
		await db.query<LineageRow>(unitLineageSql(unitKey)),
		unitKey,
		oneToOne(await crosswalk(db))
	);
	const sameTerritory = lineage.same ? await db.query<ProfileRow>(unitProfileSql(lineage.same.key)) : [];
	return { heading: heading ?? null, rows, lineage, sameTerritory };
}

/** A pre-2025 province ranking set under today's 34 provinces, each with an estimate (labelled as such). */
export async function rankingBySuccessor(args: RankingArgs): Promise<SuccessorGroup[]> {
	const db = await openWorkspace();
	const rows = await runRanking(db, args);
	return successorGroups(rows, await db.query<SuccessionRow>(successionsNamedSql()));
}
