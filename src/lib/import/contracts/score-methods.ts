import {
	ddciVersion,
	deviceDdciConfig,
	getIndex,
	versionForYear,
	type DdciConfig,
	type IndexCode,
	type MethodVersion
} from '$lib/indices';

/*
 * The methods a score file is checked against: the catalog's, except where the analyst configured their own
 * (DDCI: each province's sub-indices, weights, scales). Passed into the contracts; the catalog is never
 * changed. Only DDCI has a configuration, so every other index is checked exactly as the catalog says.
 */

export interface ScoreMethods {
	/** The province's DDCI; null or absent: the catalog's generic DDCI, whose total is not recomputed. */
	ddci?: DdciConfig | null;
}

/** What the analyst saved on this device for their province (the import page's contracts use it). */
export function deviceScoreMethods(): ScoreMethods {
	return { ddci: deviceDdciConfig() };
}

const built = new WeakMap<DdciConfig, MethodVersion>();

function configured(index: IndexCode, methods: ScoreMethods): MethodVersion | undefined {
	if (index !== 'DDCI' || !methods.ddci) return undefined;
	let version = built.get(methods.ddci);
	if (!version) built.set(methods.ddci, (version = ddciVersion(methods.ddci)));
	return version;
}

/** The index's method versions: the configured one alone when there is one, else the catalog's. */
export function versionsOf(index: IndexCode, methods: ScoreMethods = {}): readonly MethodVersion[] {
	const own = configured(index, methods);
	return own ? [own] : getIndex(index).versions;
}

/** The version in force for `year` (see `versionForYear`), the configured one when there is one. */
export function versionIn(
	index: IndexCode,
	year: number,
	methods: ScoreMethods = {}
): MethodVersion | undefined {
	const own = configured(index, methods);
	if (!own) return versionForYear(index, year);
	const { from, to } = own.years;
	return year >= from && (to === null || year <= to) ? own : undefined;
}

/** True when the total is checked against the analyst's configuration rather than the catalog's. */
export function isConfigured(index: IndexCode, methods: ScoreMethods = {}): boolean {
	return configured(index, methods) !== undefined;
}
