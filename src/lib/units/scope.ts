import { foldText } from './fold';
import type { Registry } from './registry';
import { yearEnd } from './validity';

/**
 * The provinces a province's own units may hang under in a year: the province itself while it exists; for an
 * old province after 30/06/2025, the new one it became part of; for a new province before 01/07/2025, the old
 * one of the same name (Vĩnh Long (mới) → Vĩnh Long), else all it was formed from. Without a year, all of them.
 */
export function provinceScope(registry: Registry, key: string, year: number | null): string[] {
	const unit = registry.get(key);
	if (!unit || unit.kind !== 'province') return [key];
	const successors = registry.successorsOf(key).map((u) => u.key);
	const predecessors = registry.predecessorsOf(key);
	if (year === null) return [key, ...successors, ...predecessors.map((u) => u.key)];
	if (registry.isValidAt(key, yearEnd(year))) return [key];
	if (successors.length > 0) return successors;
	const sameName = predecessors.filter((u) => foldText(u.name) === foldText(unit.name));
	return (sameName.length > 0 ? sameName : predecessors).map((u) => u.key);
}

/** Provinces of both lists that are "the same" to an analyst: one name (Vĩnh Long and Vĩnh Long (mới)). */
export function sameProvince(registry: Registry, a: string, b: string): boolean {
	const name = (key: string) => foldText(registry.get(key)?.name ?? key);
	return a === b || name(a) === name(b);
}
