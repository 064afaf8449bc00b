import {
	PUBLICATION_FORMAT,
	PUBLICATION_VERSION,
	RankingPublication,
	type Bilingual,
	type SourceFile
} from './schema';
import { slug } from './slug';
import { suppressSmallCells } from './suppress';

/**
 * A ranking row as the rankings query returns it. The fields after `is_sample` are optional so that rows of
 * an older query (rank, value, name only) still make a publication: what is missing is published as null.
 */
export interface RankingInputRow {
	unit_key: string;
	name: string;
	region: string | null;
	value: number | null;
	rank: number | null;
	ranked_of: number;
	year: number;
	is_sample: boolean;
	unit_kind?: string;
	prev_value?: number | null;
	prev_rank?: number | null;
	rank_change?: number | null;
	value_change?: number | null;
	change_note?: 'merged' | 'new' | 'list_changed' | null;
	/** The group as published by the index's owner. */
	group_label?: string | null;
	/** The group as the page shows it (computed for fixed thresholds); wins over `group_label`. */
	group?: string | null;
	n?: number | null;
	method_version?: string | null;
}

/** What the page knows about the view besides its rows. */
export interface RankingMeta {
	index: { code: string; name: Bilingual; publisher: Bilingual | null };
	unitKind: string;
	scope: Bilingual;
	sources: SourceFile[];
	/** ISO time; passed in (not read from the clock) so that the same view gives the same file. */
	createdAt: string;
	notes?: string[];
	/** Suppress values from fewer responses than this; null or absent when the rows have no n. */
	minN?: number | null;
	decimals: number;
	component?: { code: string; name: Bilingual } | null;
	previousYear?: number | null;
	/** Defaults to the index, scope and year in both languages. */
	title?: Bilingual;
	/** Defaults to a slug of index, component, unit kind and year. */
	id?: string;
}

const nullish = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/** Decimals a published number keeps: more than any index prints (PAPI: 4), fewer than float noise reaches. */
const KEPT_DECIMALS = 10;

/**
 * A number as it travels in a file: binary floating point leaves noise in what is computed from scores
 * (86.05 − 86.14 = −0.09000000000000341, a mean of 85.32 = 85.32000000000001), which a CSV shows as is.
 * Rounding to 10 decimals drops the noise and keeps every digit the data has. The database keeps the
 * unrounded numbers; only what leaves the device is cleaned.
 */
export function withoutFloatNoise(value: number | null | undefined): number | null {
	if (value == null) return null;
	const cleaned = Number(value.toFixed(KEPT_DECIMALS));
	return Object.is(cleaned, -0) ? 0 : cleaned;
}

function defaultTitle(meta: RankingMeta, year: number): Bilingual {
	const what = meta.component ? meta.component.name : meta.index.name;
	return {
		vi: `Xếp hạng ${what.vi} năm ${year} — ${meta.scope.vi}`,
		en: `${what.en ?? what.vi} ranking ${year} — ${meta.scope.en ?? meta.scope.vi}`
	};
}

/**
 * A ranking publication from the rows of a ranking view: aggregated rows only, small cells suppressed,
 * validated against the schema (throws on rows of mixed years or an empty view, which are bugs of the caller).
 */
export function rankingPublication(rows: readonly RankingInputRow[], meta: RankingMeta): RankingPublication {
	if (rows.length === 0) throw new Error('rankingPublication: no rows to publish');
	const year = rows[0]!.year;
	if (rows.some((r) => r.year !== year)) throw new Error('rankingPublication: rows of more than one year');
	const minN = meta.minN ?? null;
	const versions = [...new Set(rows.map((r) => r.method_version).filter((v) => v != null))];
	const published = rows.map((r) => ({
		unit_key: r.unit_key,
		name: r.name,
		region: r.region,
		value: withoutFloatNoise(r.value),
		rank: r.rank,
		ranked_of: r.ranked_of,
		prev_value: withoutFloatNoise(r.prev_value),
		prev_rank: nullish(r.prev_rank),
		rank_change: nullish(r.rank_change),
		value_change: withoutFloatNoise(r.value_change),
		change_note: nullish(r.change_note),
		group_label: r.group ?? nullish(r.group_label),
		n: nullish(r.n),
		suppressed: false
	}));
	const id =
		meta.id ??
		slug([meta.index.code, meta.component?.code, meta.unitKind, String(year)].filter(Boolean).join('-'));
	return RankingPublication.parse({
		format: PUBLICATION_FORMAT,
		version: PUBLICATION_VERSION,
		id,
		kind: 'ranking',
		title: meta.title ?? defaultTitle(meta, year),
		provenance: {
			index: meta.index,
			method_version: versions.length > 0 ? versions.join(', ') : null,
			year,
			previous_year: meta.previousYear ?? null,
			component: meta.component ?? null,
			unit_kind: meta.unitKind,
			scope: meta.scope,
			sources: meta.sources,
			created_at: meta.createdAt,
			is_sample: rows.some((r) => r.is_sample),
			notes: meta.notes ?? [],
			min_n: minN,
			decimals: meta.decimals
		},
		rows: suppressSmallCells(published, minN)
	});
}
