import { provinceScope, type Registry, type Unit } from '$lib/units';
import type { LocalKind } from '../picker';

/*
 * The analyst's province's own units as the list page shows them: those hanging under the province in
 * either list (Vĩnh Long of the 63 and of the 34), by kind, valid ones first, then by name.
 */

export function provinceUnits(registry: Registry, province: string): Unit[] {
	const scope = provinceScope(registry, province, null);
	return registry.all().filter((u) => u.system === 'local' && scope.includes(registry.provinceOf(u).key));
}

export interface KindGroup {
	kind: LocalKind;
	units: Unit[];
}

const KINDS: readonly LocalKind[] = ['agency', 'district', 'commune'];

/** Groups by kind (all three, empty ones too, so the page can say "none yet"); units by name in Vietnamese order. */
export function groupByKind(units: readonly Unit[], today: string): KindGroup[] {
	const current = (u: Unit) => !u.validTo || u.validTo >= today;
	return KINDS.map((kind) => ({
		kind,
		units: units
			.filter((u) => u.kind === kind)
			.sort((a, b) => Number(current(b)) - Number(current(a)) || a.name.localeCompare(b.name, 'vi'))
	}));
}

/**
 * The days a unit can be matched on: its own dates narrowed by its parents' (an agency under a province of
 * the 63 ends on 30/06/2025, one under a province of the 34 starts on 01/07/2025).
 */
export function validity(registry: Registry, unit: Unit): { from?: string; to?: string } {
	let from = unit.validFrom;
	let to = unit.validTo;
	for (let p = unit.parentKey ? registry.get(unit.parentKey) : undefined; p;) {
		if (p.validFrom && (!from || p.validFrom > from)) from = p.validFrom;
		if (p.validTo && (!to || p.validTo < to)) to = p.validTo;
		p = p.parentKey ? registry.get(p.parentKey) : undefined;
	}
	return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
