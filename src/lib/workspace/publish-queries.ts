import type { Database } from '$lib/db';
import { componentsOf, findVersion, getIndex, isIndexCode, versionForYear } from '$lib/indices';
import { isMessageKey, translate } from '$lib/i18n/translate';
import { rankingPublication, type RankingMeta } from '$lib/publish/ranking';
import {
	parsePublication,
	publicationJson,
	type Publication,
	type RankingPublication,
	type SourceFile
} from '$lib/publish/schema';
import { rankingSourcesSql, type RankingArgs } from '$lib/sql/ranking-sql';
import { openWorkspace, refreshWorkspaceStatus } from './open';
import { runRanking } from './ranking-run';
import type { RankingView } from './queries';
import { decorateRanking, groupSchemeFor, rankingVersion, type RankedUnit } from './ranking-view';

/*
 * The device's side of publishing: what a ranking publication says about itself (from the catalog), a draft
 * built from the database, and the publications the analyst saved (table `publications`). Trend and survey
 * drafts are in publish-drafts.ts.
 */

export interface RankingMetaArgs {
	indexCode: string;
	component: string | null;
	unitKind: string;
	/** The parent unit's name for agencies and districts ("Quảng Ninh"); null for a national ranking. */
	scopeName: string | null;
	year: number;
	previousYear: number | null;
	methodVersion: string | null;
	/** As the ranking's sources query returns them: `imported_at` a UTC timestamp without offset. */
	sources: readonly { file_name: string; sha256: string; imported_at: string }[];
	sample: boolean;
	createdAt: Date;
	minN?: number | null;
}

export const utc = (timestamp: string) =>
	new Date(/[Zz]|[+-]\d\d:\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`);

export function scope(unitKind: string, scopeName: string | null): RankingMeta['scope'] {
	if (scopeName) return { vi: scopeName, en: scopeName };
	const key = `publish.unitKind.${unitKind}`;
	return isMessageKey(key)
		? { vi: translate('vi', key), en: translate('en', key) }
		: { vi: unitKind, en: null };
}

/** "Xếp hạng Chỉ số CCHC năm 2025 — các tỉnh, thành phố" / "PAR ranking 2025 — provinces". */
function title(
	shortVi: string,
	code: string,
	args: RankingMetaArgs,
	componentVi: string | undefined,
	componentEn: string | undefined
): RankingMeta['title'] {
	const where = scope(args.unitKind, args.scopeName);
	const whatVi = args.component ? `${componentVi ?? args.component} (${shortVi})` : shortVi;
	const whatEn = args.component ? `${componentEn ?? args.component} (${code})` : code;
	return {
		vi: `Xếp hạng ${whatVi} năm ${args.year} — ${where.vi}`,
		en: `${whatEn} ranking ${args.year} — ${where.en ?? where.vi}`
	};
}

/**
 * What a ranking publication says about itself, from the catalog: the index's names and publisher (none for
 * sample data, which no publisher made), decimals, the component's name, and the method's unverified points as
 * notes. Pure: the page passes the sources it already queried.
 */
export function rankingMeta(args: RankingMetaArgs): RankingMeta {
	const code = args.indexCode;
	const def = isIndexCode(code) ? getIndex(code) : undefined;
	const version =
		(args.methodVersion ? findVersion(args.methodVersion) : undefined) ??
		(isIndexCode(code) ? versionForYear(code, args.year) : undefined);
	const component = args.component
		? (version ? componentsOf(version.id) : []).find((c) => c.code === args.component)
		: undefined;
	const sources: SourceFile[] = args.sources.map((s) => ({
		file_name: s.file_name,
		sha256: s.sha256,
		imported_at: utc(s.imported_at).toISOString()
	}));
	return {
		index: {
			code,
			name: def ? { vi: def.nameVi, en: def.nameEn } : { vi: code, en: null },
			publisher: def && !args.sample ? { vi: def.publisherVi, en: def.publisherEn } : null
		},
		unitKind: args.unitKind,
		scope: scope(args.unitKind, args.scopeName),
		sources,
		createdAt: args.createdAt.toISOString(),
		notes: [...(version?.unverified ?? [])],
		minN: args.minN ?? null,
		decimals: def?.decimals ?? 2,
		component: args.component
			? {
					code: args.component,
					name: component ? { vi: component.nameVi, en: component.nameEn } : { vi: args.component, en: null }
				}
			: null,
		previousYear: args.previousYear,
		title: title(def?.shortVi ?? code, code, args, component?.nameVi, component?.nameEn)
	};
}

/**
 * A ranking publication straight from the database: the rankings query, groups as the page computes them,
 * the files behind it. The shipped sample publication is made this way (scripts/make-publication.js).
 */
export async function rankingDraft(
	db: Database,
	args: RankingArgs,
	options: { createdAt: Date; scopeName?: string | null; minN?: number | null; id?: string }
): Promise<RankingPublication> {
	const rows = await runRanking(db, args);
	if (rows.length === 0) throw new Error(`rankingDraft: nothing to rank for ${JSON.stringify(args)}`);
	const year = rows[0]!.year;
	const version = rankingVersion(args.indexCode, year, rows);
	const scheme = groupSchemeFor(args.indexCode, args.unitKind, version, null);
	const ranked = decorateRanking(rows, scheme, args.component !== null);
	const sources = await db.query<{ file_name: string; sha256: string; imported_at: string }>(
		rankingSourcesSql({ ...args, year })
	);
	const meta = rankingMeta({
		indexCode: args.indexCode,
		component: args.component,
		unitKind: args.unitKind,
		scopeName: options.scopeName ?? null,
		year,
		previousYear: rows[0]!.prev_year,
		methodVersion: version?.id ?? null,
		sources,
		sample: args.sample,
		createdAt: options.createdAt,
		minN: options.minN
	});
	return rankingPublication(ranked, { ...meta, id: options.id });
}

/**
 * The draft the rankings page publishes: the rows as shown (their order, region filter and groups) with the
 * view's sources and method. Null when the view has nothing to rank.
 */
export function draftFromView(
	view: RankingView,
	rows: readonly RankedUnit[],
	options: { createdAt?: Date; minN?: number | null } = {}
): RankingPublication | null {
	const args = view.choices.args;
	if (!args || rows.length === 0) return null;
	const meta = rankingMeta({
		indexCode: args.indexCode,
		component: args.component,
		unitKind: args.unitKind,
		scopeName: view.choices.scopes.find((s) => s.key === args.scope)?.name ?? null,
		year: rows[0]!.year,
		previousYear: rows[0]!.prev_year,
		methodVersion: view.version?.id ?? null,
		sources: view.sources,
		sample: args.sample,
		createdAt: options.createdAt ?? new Date(),
		minN: options.minN
	});
	return rankingPublication(rows, meta);
}

/* The publications saved on this device. */

export function savePublicationSql(): string {
	return 'INSERT OR REPLACE INTO publications (id, created_at, json) VALUES (?, ?, ?)';
}

export function listPublicationsSql(): string {
	return 'SELECT id, created_at, json FROM publications ORDER BY created_at DESC, id';
}

export function deletePublicationSql(): string {
	return 'DELETE FROM publications WHERE id = ?';
}

export interface SavedPublication {
	id: string;
	created_at: string;
	/** The file's text, byte for byte what a download gives. */
	json: string;
	/** The parsed publication, or null with `error` when the stored text is not one this version reads. */
	publication: Publication | null;
	error: string | null;
}

/** Saves (or replaces, for the same id) a publication on the device. */
export async function savePublication(db: Database, publication: Publication): Promise<void> {
	const json = publicationJson(publication);
	const createdAt = new Date(publication.provenance.created_at).toISOString();
	await db.transaction((tx) => tx.query(savePublicationSql(), [publication.id, createdAt, json]));
}

export async function listPublications(db: Database): Promise<SavedPublication[]> {
	const rows = await db.query<{ id: string; created_at: string; json: string }>(listPublicationsSql());
	return rows.map((row) => {
		const parsed = parsePublication(row.json);
		return parsed.ok
			? { ...row, publication: parsed.publication, error: null }
			: { ...row, publication: null, error: parsed.error };
	});
}

export async function deletePublication(db: Database, id: string): Promise<void> {
	await db.transaction((tx) => tx.query(deletePublicationSql(), [id]));
}

/* The same on the workspace database, for the pages (the dialog's `onsave`, the /publications list). */

export async function saveOnDevice(publication: Publication): Promise<void> {
	const db = await openWorkspace();
	await savePublication(db, publication);
	await refreshWorkspaceStatus(db);
}

export async function savedPublications(): Promise<SavedPublication[]> {
	return listPublications(await openWorkspace());
}

export async function deleteFromDevice(id: string): Promise<void> {
	const db = await openWorkspace();
	await deletePublication(db, id);
	await refreshWorkspaceStatus(db);
}
