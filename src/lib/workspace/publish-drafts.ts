import type { Database } from '$lib/db';
import { componentsOf, findVersion, getIndex, isIndexCode } from '$lib/indices';
import { SIPAS_METHOD_LABEL_VI } from '$lib/indices/sipas-method';
import { translate } from '$lib/i18n/translate';
import type { Bilingual, SurveyPublication, TrendPublication } from '$lib/publish/schema';
import { surveyPublication, type SurveyInputElement } from '$lib/publish/survey';
import { trendPublication } from '$lib/publish/trend';
import { literal } from '$lib/sql/quote';
import type { TrendArgs } from '$lib/sql/trend-sql';
import { SIPAS_1001, type SurveyMethod } from '$lib/survey';
import { keyList } from '$lib/units';
import { openWorkspace } from './open';
import { scope, utc } from './publish-queries';
import type { SurveyPageData } from './survey-queries';
import type { TrendRow } from './trend-compute';
import type { TrendView } from './trend-queries';

/*
 * Drafts of the trend and survey publications from what their pages show: the pages' own rows (the chosen
 * units' lines and the average; the ranked units, focused elements and pooled items), the catalog's names,
 * and the files behind them read from `imports`. Raw answers are never read here: the survey page's rows
 * are already counts and shares.
 */

interface SourceRow {
	file_name: string;
	sha256: string;
	imported_at: string;
}

const sourceFiles = (rows: readonly SourceRow[]) =>
	rows.map((s) => ({
		file_name: s.file_name,
		sha256: s.sha256,
		imported_at: utc(s.imported_at).toISOString()
	}));

const both = (key: Parameters<typeof translate>[1]): Bilingual => ({
	vi: translate('vi', key),
	en: translate('en', key)
});

/** The imports whose scores of this index, unit kind and component (total: null) make the years shown. */
export function trendSourcesSql(args: TrendArgs, from: number, to: number): string {
	return `
SELECT DISTINCT i.import_id, i.file_name, i.sha256, strftime(i.imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at
FROM index_scores s JOIN imports i USING (import_id)
WHERE s.index_code = ${literal(args.indexCode)} AND s.unit_kind = ${literal(args.unitKind)}
	AND s.component_code IS NOT DISTINCT FROM ${literal(args.component)}
	AND s.year BETWEEN ${literal(from)} AND ${literal(to)} AND i.is_sample = ${literal(args.sample)}
ORDER BY i.import_id`;
}

/** The survey imports a result was computed from. */
export function importSourcesSql(importIds: readonly number[]): string {
	const ids = importIds.length > 0 ? importIds.map((id) => literal(id)).join(', ') : 'NULL';
	return `
SELECT import_id, file_name, sha256, strftime(imported_at, '%Y-%m-%dT%H:%M:%S') AS imported_at
FROM imports WHERE import_id IN (${ids}) ORDER BY import_id`;
}

/** A chosen unit's line as the trends page holds it (routes/trends/series.ts `unitSeries`). */
export interface TrendUnitLine {
	key: string;
	label: string;
	rows: readonly TrendRow[];
}

/**
 * The trend publication of what the trends page shows: the chosen units' lines, in their order, with ranks,
 * and the average; null when the index has no data. Names and notes from the catalog (no publisher for
 * sample data); the method versions' unverified points as notes.
 */
export async function trendDraft(
	db: Database,
	view: TrendView,
	lines: readonly TrendUnitLine[],
	options: { createdAt: Date; id?: string }
): Promise<TrendPublication | null> {
	const args = view.choices.args;
	if (!args) return null;
	const years = [...view.average.map((a) => a.year), ...lines.flatMap((l) => l.rows.map((r) => r.year))];
	if (years.length === 0) return null;
	const code = args.indexCode;
	const def = isIndexCode(code) ? getIndex(code) : undefined;
	const component = args.component
		? def?.versions.flatMap((v) => v.components).findLast((c) => c.code === args.component)
		: undefined;
	const methods = [
		...new Set([
			...view.average.map((a) => a.method_version),
			...lines.flatMap((l) => l.rows.map((r) => r.method_version))
		])
	];
	const notes = [...new Set(methods.flatMap((m) => (m ? (findVersion(m)?.unverified ?? []) : [])))];
	const sources = await db.query<SourceRow>(trendSourcesSql(args, Math.min(...years), Math.max(...years)));
	return trendPublication(
		lines.map((l) => ({
			key: l.key,
			name: l.label,
			points: l.rows.map((r) => ({
				year: r.year,
				value: r.value,
				method_version: r.method_version,
				list: keyList(r.unit_key),
				rank: r.rank,
				ranked_of: r.ranked_of
			}))
		})),
		view.average.map((a) => ({ ...a, list: a.system })),
		{
			index: {
				code,
				name: def ? { vi: def.nameVi, en: def.nameEn } : { vi: code, en: null },
				publisher: def && !args.sample ? { vi: def.publisherVi, en: def.publisherEn } : null
			},
			shortName: { vi: def?.shortVi ?? code, en: def?.shortEn ?? code },
			component: args.component
				? {
						code: args.component,
						name: component
							? { vi: component.nameVi, en: component.nameEn }
							: { vi: args.component, en: null }
					}
				: null,
			unitKind: args.unitKind,
			scope: scope(args.unitKind, null),
			averageName: both(args.unitKind === 'province' ? 'publish.averageNation' : 'publish.averageUnits'),
			sources: sourceFiles(sources),
			createdAt: options.createdAt.toISOString(),
			isSample: args.sample,
			notes,
			decimals: def?.decimals ?? 2,
			id: options.id
		}
	);
}

/** The same on the workspace database (the trends page's "Công bố"). */
export async function trendDraftOnDevice(
	view: TrendView,
	lines: readonly TrendUnitLine[]
): Promise<TrendPublication | null> {
	return trendDraft(await openWorkspace(), view, lines, { createdAt: new Date() });
}

/** A part, element or item's name: the questionnaire's words, English from the catalog for SIPAS versions. */
function namer(questionnaire: SurveyPageData['questionnaire']) {
	const own = new Map<string, string>(
		questionnaire
			? [...questionnaire.parts, ...questionnaire.elements, ...questionnaire.items].map((x) => [
					x.code,
					x.labelVi
				])
			: []
	);
	const version =
		questionnaire && questionnaire.source !== 'custom' ? questionnaire.source : 'SIPAS-1001-2023';
	const catalog = new Map((findVersion(version) ? componentsOf(version) : []).map((c) => [c.code, c]));
	return (code: string): Bilingual => {
		const c = catalog.get(code);
		return { vi: own.get(code) ?? c?.nameVi ?? code, en: c?.nameEn ?? null };
	};
}

/**
 * The survey publication of what the survey page shows: every unit's overall value with n and interval, the
 * focused units' elements, the items pooled over the chosen units (`selected`; all when none). Cells under
 * the method's minimum n are withheld by the builder. Null when the page has no result.
 */
export async function surveyDraft(
	db: Database,
	data: SurveyPageData,
	selected: readonly string[],
	method: SurveyMethod,
	options: { createdAt: Date; id?: string }
): Promise<SurveyPublication | null> {
	if (data.importId == null || data.year == null || data.ranking.length === 0) return null;
	const q = data.questionnaire;
	const named = q ?? SIPAS_1001;
	const name = namer(q);
	const def = getIndex('SIPAS');
	const version = q && q.source !== 'custom' ? findVersion(q.source) : findVersion('SIPAS-1001-2023');
	const sources = await db.query<SourceRow>(importSourcesSql([data.importId]));
	const chosen = data.ranking.filter((r) => selected.includes(r.row.key)).map((r) => r.row.name);
	const focus = data.focus.map((f) => f.key);
	const elements = data.elements
		.filter((e) => e.level !== 'item')
		.sort((a, b) => focus.indexOf(a.group_key) - focus.indexOf(b.group_key))
		.map((e): SurveyInputElement => ({
			unit_key: e.group_key,
			level: e.level as SurveyInputElement['level'],
			code: e.code,
			name: e.level === 'overall' ? both('publish.overall') : name(e.code),
			value: e.value,
			low: e.low,
			high: e.high,
			n: e.n
		}));
	return surveyPublication(
		{
			units: data.ranking.map((r) => ({
				unit_key: r.row.key,
				name: r.row.name,
				value: r.row.value,
				low: r.row.interval?.low ?? null,
				high: r.row.interval?.high ?? null,
				n: r.row.n,
				rank: r.rank,
				overlaps_next: r.overlapsNext
			})),
			elements,
			items: data.items.map((i) => ({
				code: i.code,
				name: name(i.code),
				value: i.value,
				mean_score: i.mean_score,
				n: i.n,
				dist: i.dist
			}))
		},
		{
			index: { code: 'SIPAS', name: { vi: def.nameVi, en: def.nameEn }, publisher: null },
			// An import with no questionnaire recorded follows SIPAS 1001, as the survey page reads it.
			questionnaire: { code: named.id, name: { vi: named.nameVi, en: named.nameEn ?? null } },
			methodVersion: version?.id ?? null,
			method: {
				// The questionnaire's own threshold wins over the page's default, as in surveyPageDataIn.
				satisfied_threshold: q?.satisfiedThreshold ?? method.satisfiedThreshold,
				item_aggregation: method.itemAggregation,
				element_aggregation: method.elementAggregation
			},
			methodNote: { vi: SIPAS_METHOD_LABEL_VI, en: translate('en', 'publish.surveyMethodNote') },
			year: data.year,
			unitKind: data.kind,
			scope: scope(data.kind, null),
			itemsScope:
				chosen.length > 0 ? { vi: chosen.join(', '), en: chosen.join(', ') } : scope(data.kind, null),
			sources: sourceFiles(sources),
			createdAt: options.createdAt.toISOString(),
			isSample: data.isSample,
			// The method caveat has its own field; the version's other unverified points are notes.
			notes: (version?.unverified ?? []).filter((n) => !n.startsWith(SIPAS_METHOD_LABEL_VI)),
			minN: method.minN,
			decimals: def.decimals,
			id: options.id
		}
	);
}

/** The same on the workspace database (the survey page's "Công bố"). */
export async function surveyDraftOnDevice(
	data: SurveyPageData,
	selected: readonly string[],
	method: SurveyMethod
): Promise<SurveyPublication | null> {
	return surveyDraft(await openWorkspace(), data, selected, method, { createdAt: new Date() });
}
