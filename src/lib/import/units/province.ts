import { foldName, foldText, nameKind, sameProvince, type Registry, type Unit } from '$lib/units';
import type { SeenUnit } from './choices';

/*
 * Which province a file's units belong to. A province's own units (agencies, districts, communes) are matched
 * only within one province, so before its rows are loaded the file's province must be known: the one its
 * names point to when they point to exactly one, else the analyst's answer. Names point to a province when a
 * unit of that province carries them (the sample's "Sở Tư pháp" is Quảng Ninh's), when a city or district is
 * named after it ("UBND thành phố Vĩnh Long"), or when the file's name or title names it ("… TỈNH VĨNH LONG").
 */

/** Whether a file names units below the province at all (a table of the 63 provinces does not). */
export function namesLocalUnits(registry: Registry, seen: readonly SeenUnit[]): boolean {
	let provinces = 0;
	for (const { text, match } of seen) {
		if ('unitKey' in match) {
			if (registry.get(match.unitKey)?.kind !== 'province') return true;
			provinces++;
		} else if (nameKind(text) !== null && nameKind(text) !== 'province') return true;
	}
	// Only names nobody knows ("Long Hồ"): no province among them either, so they are the province's own.
	return provinces === 0 && seen.length > 0;
}

/** "UBND thành phố Vĩnh Long", "Thị xã Quảng Trị": the province a city or district is named after. */
function namedAfter(registry: Registry, text: string, year: number | null): Unit | null {
	const kind = nameKind(text);
	if (kind !== 'city' && kind !== 'district') return null;
	const result = registry.find(foldName(text), { kind: 'province', ...(year !== null ? { year } : {}) });
	if (result.status === 'found' || result.status === 'not-valid-at') return result.unit;
	return null;
}

/** "tỉnh Vĩnh Long" / "thành phố Cần Thơ" in a title, or the province's name among the file name's words. */
function namedIn(
	registry: Registry,
	texts: readonly string[],
	fileName: string,
	year: number | null
): Unit[] {
	const date = `${year ?? new Date().getFullYear()}-12-31`;
	const titles = texts.map((t) => ` ${foldText(t)} `);
	const file = ` ${foldText(fileName.replace(/\.[^.]+$/, '').replace(/[-_]/g, ' '))} `;
	return registry.provincesAt(date).filter((p) => {
		const name = foldText(p.name);
		const prefixed = ['tinh', 'thanh pho', 'tp'].map((w) => ` ${w} ${name} `);
		return titles.some((t) => prefixed.some((p) => t.includes(p))) || file.includes(` ${name} `);
	});
}

/** The provinces a file's names point to: `common` fit every name that points anywhere, `any` fit some. */
export interface ProvinceFits {
	common: Unit[];
	any: Unit[];
}

/** Provinces that are one to the analyst (Vĩnh Long of either list) counted once, the first seen kept. */
function distinct(registry: Registry, units: Iterable<Unit>): Unit[] {
	const kept: Unit[] = [];
	for (const u of units) if (!kept.some((k) => sameProvince(registry, k.key, u.key))) kept.push(u);
	return kept;
}

/** The provinces one name of the file may belong to ([] when it points nowhere). */
function provincesOf(registry: Registry, { text, year, match }: SeenUnit): Unit[] {
	const matched = 'unitKey' in match ? registry.get(match.unitKey) : undefined;
	if (matched?.kind === 'province') return [];
	const named = namedAfter(registry, text, year);
	if (named) return [named];
	// Every province with a unit of that name: the check's province shows only its own.
	const anywhere = registry.find(text, year !== null ? { year } : {});
	const found =
		anywhere.status === 'found'
			? [anywhere.unit]
			: anywhere.status === 'ambiguous'
				? anywhere.candidates
				: [];
	const local = [...(matched ? [matched] : []), ...found].filter((u) => u.kind !== 'province');
	return local.map((u) => registry.provinceOf(u));
}

/**
 * The provinces a file's own units point to. "Sở Tư pháp" may be any province's; with "UBND huyện Long Hồ"
 * beside it, only Vĩnh Long fits both: `common` is what every name that points somewhere agrees on.
 */
export function fileProvinces(
	registry: Registry,
	seen: readonly SeenUnit[],
	titles: readonly string[] = [],
	fileName = ''
): ProvinceFits {
	const years = seen.map((s) => s.year).filter((y): y is number => y !== null);
	const latest = years.length > 0 ? Math.max(...years) : null;
	const sets = [
		...seen.map((s) => distinct(registry, provincesOf(registry, s))),
		distinct(registry, namedIn(registry, titles, fileName, latest))
	].filter((set) => set.length > 0);
	const any = distinct(registry, sets.flat());
	const common = any.filter((p) =>
		sets.every((set) => set.some((u) => sameProvince(registry, u.key, p.key)))
	);
	return { common, any };
}

export type ProvinceDecision =
	{ status: 'none' } | { status: 'known'; key: string } | { status: 'ask'; candidates: Unit[] };

/**
 * The file's province: the analyst's answer for this file when given; else the one province all its names
 * point to, or among several the analyst's own (`preferred`); else asked, with the provinces they point to.
 */
export function decideProvince(
	registry: Registry,
	seen: readonly SeenUnit[],
	fits: ProvinceFits,
	answered: string | null,
	preferred: string | null = null
): ProvinceDecision {
	if (!namesLocalUnits(registry, seen)) return { status: 'none' };
	if (answered) return { status: 'known', key: answered };
	const [only] = fits.common;
	if (fits.common.length === 1 && only) return { status: 'known', key: only.key };
	const own = preferred ? fits.common.find((u) => sameProvince(registry, u.key, preferred)) : undefined;
	if (own) return { status: 'known', key: own.key };
	return { status: 'ask', candidates: fits.any };
}
