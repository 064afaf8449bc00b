import { foldName, foldText } from './fold';
import type { AliasInput, Unit } from './types';

export interface Tier {
	keys: string[];
	via: 'name' | 'alias';
}

/** Every name a unit has had, in both languages. */
export function namesOf(unit: Unit): string[] {
	const names = [unit.name, unit.nameEn, ...(unit.names ?? []).flatMap((p) => [p.name, p.nameEn])];
	return [...new Set(names.filter((n): n is string => !!n))];
}

function add(index: Map<string, Set<string>>, folded: string, key: string): void {
	if (folded === '') return;
	const keys = index.get(folded) ?? new Set<string>();
	keys.add(key);
	index.set(folded, keys);
}

/**
 * Folded names and aliases → unit keys. `tiers(text)` lists the matches from the most literal to the loosest,
 * so "Thanh Hóa" prefers the province over "Thành phố Thanh Hóa", and "Tinh Bien" (typed without
 * diacritics) finds thị xã Tịnh Biên before its stripped form "bien" is tried:
 *   1. the text, unstripped, equals a name unstripped;  2. equals a name stripped of its prefix;
 *   3. the text stripped equals a name stripped;         4. either form equals an alias.
 */
export function createNameIndex(units: Iterable<Unit>, aliases: Iterable<AliasInput>) {
	const bare = new Map<string, Set<string>>();
	const stripped = new Map<string, Set<string>>();
	const alias = new Map<string, Set<string>>();
	for (const unit of units) {
		for (const name of namesOf(unit)) {
			add(bare, foldText(name), unit.key);
			add(stripped, foldName(name), unit.key);
		}
	}
	for (const a of aliases) add(alias, foldName(a.alias), a.key);

	const get = (index: Map<string, Set<string>>, folded: string) => [...(index.get(folded) ?? [])];

	return {
		tiers(text: string): Tier[] {
			const t = foldText(text);
			const n = foldName(text);
			return [
				{ keys: get(bare, t), via: 'name' as const },
				{ keys: get(stripped, t), via: 'name' as const },
				{ keys: get(stripped, n), via: 'name' as const },
				{ keys: [...new Set([...get(alias, t), ...get(alias, n)])], via: 'alias' as const }
			].filter((tier) => tier.keys.length > 0);
		}
	};
}
