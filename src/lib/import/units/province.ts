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

function add(found: Map<string, Unit>, registry: Registry, unit: Unit): void {
	const key = [...found.keys()].find((k) => sameProvince(registry, k, unit.key));
	if (!key) found.set(unit.key, unit);
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

/** The provinces (one per name: Vĩnh Long of either list once) a file's own units point to. */
export function fileProvinces(
	registry: Registry,
	seen: readonly SeenUnit[],
	titles: readonly string[] = [],
	fileName = ''
): Unit[] {
	const found = new Map<string, Unit>();
	const years = seen.map((s) => s.year).filter((y): y is number => y !== null);
	for (const { text, year, match } of seen) {
		const matched = 'unitKey' in match ? registry.get(match.unitKey) : undefined;
		if (matched && matched.kind === 'province') continue;
		if (matched) {
			add(found, registry, registry.provinceOf(matched));
			continue;
		}
		const named = namedAfter(registry, text, year);
		if (named) add(found, registry, named);
		// Any province's unit of that name (the file's scope may have hidden it).
		const anywhere = registry.find(text, year !== null ? { year } : {});
		const units =
			anywhere.status === 'found'
				? [anywhere.unit]
				: anywhere.status === 'ambiguous'
					? anywhere.candidates
					: [];
		for (const u of units) if (u.kind !== 'province') add(found, registry, registry.provinceOf(u));
	}
	const latest = years.length > 0 ? Math.max(...years) : null;
	for (const p of namedIn(registry, titles, fileName, latest)) add(found, registry, p);
	return [...found.values()];
}

export type ProvinceDecision =
	{ status: 'none' } | { status: 'known'; key: string } | { status: 'ask'; candidates: Unit[] };

/**
 * The file's province: the analyst's answer for this file when given; else the one province its names point
 * to; else asked (none or several), with the provinces they point to first.
 */
export function decideProvince(
	registry: Registry,
	seen: readonly SeenUnit[],
	fits: readonly Unit[],
	answered: string | null
): ProvinceDecision {
	if (!namesLocalUnits(registry, seen)) return { status: 'none' };
	if (answered) return { status: 'known', key: answered };
	const [only] = fits;
	if (fits.length === 1 && only) return { status: 'known', key: only.key };
	return { status: 'ask', candidates: [...fits] };
}
