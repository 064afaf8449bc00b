import {
	foldText,
	LAST_DISTRICT_DAY,
	nameKind,
	unitAt,
	type Registry,
	type Unit,
	type UnitKind
} from '$lib/units';

/*
 * What the unit picker offers for a name the check could not match: the registry's suggestions in the file's
 * province, those of the kind the name says first; then every unit an answer can name, grouped by province
 * and kind; and a search that ignores diacritics ("long ho" finds "Long Hồ").
 */

export type LocalKind = Exclude<UnitKind, 'province'>;

/**
 * The kind a new unit of this name is offered as: what its words say ("UBND huyện …" → district), else an
 * agency; null for a district or city after 30/06/2025, when there are none (the analyst decides).
 */
export function guessKind(text: string, date: string): LocalKind | null {
	const said = nameKind(text);
	if (said === 'commune') return 'commune';
	if (said === 'district' || said === 'city') return date <= LAST_DISTRICT_DAY ? 'district' : null;
	return 'agency';
}

/** The kinds a new unit may have at a date: no districts after 30/06/2025. */
export function kindsAt(date: string): LocalKind[] {
	return date <= LAST_DISTRICT_DAY ? ['agency', 'district', 'commune'] : ['agency', 'commune'];
}

/** The registry's suggestions within the provinces, the name's own kind first ("Sở …" → agencies). */
export function suggestedUnits(
	registry: Registry,
	text: string,
	date: string,
	within?: readonly string[]
): Unit[] {
	const found = registry.find(text, { date, ...(within ? { within } : {}) });
	const units =
		found.status === 'ambiguous'
			? found.candidates
			: found.status === 'not-found'
				? found.suggestions
				: found.status === 'not-valid-at'
					? found.successors
					: [found.unit];
	const said = nameKind(text);
	const kind: UnitKind | null =
		said === 'city' || said === 'district' ? 'district' : said === 'province' ? 'province' : said;
	return [...units].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind));
}

export interface UnitGroup {
	/** The province the group's units belong to (the province itself for the province lists). */
	province: string;
	kind: UnitKind;
	/** For the province lists: which list (the 34 from 01/07/2025, the 63 until 30/06/2025). */
	list?: '34' | '63';
	units: Unit[];
}

const KIND_ORDER: readonly LocalKind[] = ['agency', 'district', 'commune'];

/**
 * Every unit an answer can name, by province and kind: the local units of the file's province (valid at the
 * date first within each kind), then the provinces of both lists. Local units of other provinces are left out:
 * a Vĩnh Long file's rows cannot go to Quảng Ninh's agencies.
 */
export function unitGroups(registry: Registry, within: readonly string[], date: string): UnitGroup[] {
	const byName = (a: Unit, b: Unit) =>
		Number(registry.isValidAt(b.key, date)) - Number(registry.isValidAt(a.key, date)) ||
		a.name.localeCompare(b.name, 'vi');
	const groups: UnitGroup[] = [];
	for (const province of within) {
		const name = registry.get(province)?.name ?? province;
		const own = registry.all().filter((u) => u.system === 'local' && registry.provinceOf(u).key === province);
		for (const kind of KIND_ORDER) {
			const units = own.filter((u) => u.kind === kind).sort(byName);
			if (units.length > 0) groups.push({ province: name, kind, units });
		}
	}
	const provinces = registry.all().filter((u) => u.kind === 'province');
	for (const [list, system] of [
		['34', 'QD19-2025'],
		['63', 'GSO-63']
	] as const) {
		const units = provinces
			.filter((u) => u.system === system)
			.map((u) => unitAt(u, system === 'GSO-63' ? LAST_DISTRICT_DAY : date))
			.sort(byName);
		groups.push({ province: '', kind: 'province', list, units });
	}
	return groups;
}

/** Units whose name contains the query, both without diacritics; an empty query keeps all. */
export function searchUnits(units: readonly Unit[], query: string): Unit[] {
	const q = foldText(query);
	return q === '' ? [...units] : units.filter((u) => foldText(u.name).includes(q));
}
