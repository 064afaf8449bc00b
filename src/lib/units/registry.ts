import { PROVINCE_ALIASES } from './aliases';
import { systemForYear } from './code-system';
import { predecessorsOf, successorOf } from './crosswalk';
import { editDistance } from './edit-distance';
import { foldName, foldText, nameKind, splitGeneration, type Generation } from './fold';
import { createNameIndex, namesOf } from './name-index';
import { GSO63_PROVINCES, QD19_PROVINCES } from './provinces';
import type { AliasInput, FindOptions, FindResult, Unit } from './types';
import { assertIsoDate, coversDate, unitAt, yearEnd } from './validity';

const MAX_SUGGESTIONS = 5;
const MAX_PARENT_DEPTH = 8;

interface Group {
	units: Unit[];
	via: 'code' | 'name' | 'alias';
}

export type Registry = ReturnType<typeof createRegistry>;

/**
 * The unit registry: the 63 + 34 provinces and their aliases, plus the province-own units and aliases a
 * caller adds. Throws on a duplicate key, an unknown parent or an alias that points nowhere.
 */
export function createRegistry(extraUnits: readonly Unit[] = [], extraAliases: readonly AliasInput[] = []) {
	const units = new Map<string, Unit>();
	for (const unit of [...GSO63_PROVINCES, ...QD19_PROVINCES, ...extraUnits]) {
		if (units.has(unit.key)) throw new Error(`duplicate unit key ${unit.key}`);
		units.set(unit.key, unit);
	}
	for (const unit of units.values()) checkParents(units, unit);
	const aliases = [...PROVINCE_ALIASES, ...extraAliases];
	for (const a of aliases)
		if (!units.has(a.key)) throw new Error(`alias "${a.alias}" points to unknown ${a.key}`);
	const index = createNameIndex(units.values(), aliases);
	const foldedNames = new Map([...units.values()].map((u) => [u.key, namesOf(u).map(foldName)]));

	/** A unit is valid at a date when it and every registered parent cover that date. */
	function validAt(unit: Unit, date: string): boolean {
		const parent = unit.parentKey ? units.get(unit.parentKey) : undefined;
		return coversDate(unit, date) && (!parent || validAt(parent, date));
	}

	const view = (unit: Unit, date: string | undefined) => (date ? unitAt(unit, date) : unit);

	function successorsOf(key: string): Unit[] {
		const next = successorOf(key);
		const unit = next ? units.get(next) : undefined;
		return unit ? [unit] : [];
	}

	/** The first group with a unit valid at the date decides; if none has one, the first group reports why. */
	function decide(groups: Group[], date: string | undefined): FindResult | undefined {
		for (const { units: found, via } of groups) {
			const valid = date ? found.filter((u) => validAt(u, date)) : found;
			const [only] = valid;
			if (valid.length === 1 && only) return { status: 'found', unit: view(only, date), via };
			if (valid.length > 1) return { status: 'ambiguous', candidates: valid.map((u) => view(u, date)) };
		}
		const first = groups.find((g) => g.units.length > 0)?.units;
		if (!first || !date) return undefined;
		const [only] = first;
		if (first.length === 1 && only) {
			const successors = successorsOf(only.key).map((u) => view(u, date));
			return { status: 'not-valid-at', unit: view(only, date), successors };
		}
		return { status: 'ambiguous', candidates: first.map((u) => view(u, date)) };
	}

	function nameGroups(text: string, keep: (u: Unit) => boolean): Group[] {
		return index.tiers(text).map((tier) => ({
			via: tier.via,
			units: tier.keys.map((k) => units.get(k) as Unit).filter(keep)
		}));
	}

	/**
	 * The nearest names by edit distance on folded names: within a third of the query's length and at most one
	 * step worse than the best. Units not valid at the date are offered too (an old name with a typo is still
	 * the old province), after the valid ones at the same distance; a name is offered once ("Hà Nội" in 2026 is
	 * qd19:01 only, not also gso63:01).
	 */
	function suggest(text: string, keep: (u: Unit) => boolean, date: string | undefined): Unit[] {
		const query = foldName(text) || foldText(text);
		const limit = Math.max(1, Math.floor(query.length / 3));
		const scored = [...units.values()]
			.filter(keep)
			.map((u) => ({
				u,
				d: Math.min(...(foldedNames.get(u.key) ?? []).map((n) => editDistance(query, n))),
				stale: date !== undefined && !validAt(u, date) ? 1 : 0
			}))
			.filter(({ d }) => d <= limit)
			.sort((a, b) => a.d - b.d || a.stale - b.stale || a.u.key.localeCompare(b.u.key));
		const best = scored[0]?.d ?? 0;
		const seen = new Set<string>();
		return scored
			.filter(({ d }) => d <= best + 1)
			.map(({ u }) => view(u, date))
			.filter((u) => !seen.has(foldName(u.name)) && !!seen.add(foldName(u.name)))
			.slice(0, MAX_SUGGESTIONS);
	}

	/** The province a unit belongs to (itself for a province). */
	function provinceOf(unit: Unit): Unit {
		let current = unit;
		while (current.kind !== 'province' && current.parentKey) {
			const parent = units.get(current.parentKey);
			if (!parent) break;
			current = parent;
		}
		return current;
	}

	/**
	 * A name that says it is an agency, district or commune never matches a province ("UBND thành phố Vĩnh
	 * Long" is a city of Vĩnh Long, not the province); "thành phố X" matches a province only when X was a
	 * province-level city at the date (Hà Nội; Huế only from 2025).
	 */
	function provinceAllowed(text: string, date: string | undefined): (u: Unit) => boolean {
		const said = nameKind(text);
		if (said === null || said === 'province') return () => true;
		if (said !== 'city') return () => false;
		return (u) =>
			date
				? validAt(u, date) && unitAt(u, date).provinceType === 'thanh_pho'
				: [u, ...(u.names ?? [])].some((p) => p.provinceType === 'thanh_pho');
	}

	function find(nameOrCode: string, opts: FindOptions = {}): FindResult {
		const date = resolveDate(opts);
		const text = nameOrCode.trim();
		const asProvince = provinceAllowed(text, date);
		const asked = (u: Unit) =>
			(!opts.kind || u.kind === opts.kind) && (!opts.parentKey || u.parentKey === opts.parentKey);
		const inProvince = (u: Unit) => !opts.within || opts.within.includes(provinceOf(u).key);
		const inScope = (u: Unit) => asked(u) && (u.kind === 'province' ? asProvince(u) : inProvince(u));
		if (foldText(text) === '') return { status: 'not-found', suggestions: [] };

		const byKey = units.get(text);
		if (byKey) {
			const keyScope = (u: Unit) => asked(u) && (u.kind === 'province' || inProvince(u));
			return decide([{ units: [byKey].filter(keyScope), via: 'code' }], date) ?? notFound();
		}

		const provincesOnly = !opts.kind || opts.kind === 'province';
		if (/^\d{1,2}$/.test(text) && provincesOnly) {
			const code = text.padStart(2, '0');
			const withCode = [...units.values()].filter(
				(u) => u.kind === 'province' && u.code === code && inScope(u)
			);
			return decide([{ units: withCode, via: 'code' }], date) ?? notFound();
		}

		const byName = decide(nameGroups(text, inScope), date);
		if (byName) return byName;

		const qualified = provincesOnly ? splitGeneration(text) : { text };
		if (qualified.generation) {
			const gen: Generation = qualified.generation;
			const keep = (u: Unit) => inScope(u) && u.system === gen;
			return decide(nameGroups(qualified.text, keep), date) ?? notFound(suggest(qualified.text, keep, date));
		}
		return notFound(suggest(text, inScope, date));
	}

	return {
		/** Every registered unit, provinces of both systems first. */
		all: (): Unit[] => [...units.values()],
		get: (key: string): Unit | undefined => units.get(key),
		/** The provinces that existed on a date (63 until 2025-06-30, 34 from 2025-07-01), named as on that date. */
		provincesAt(date: string): Unit[] {
			assertIsoDate(date);
			return [...units.values()]
				.filter((u) => u.kind === 'province' && u.system !== 'local' && validAt(u, date))
				.map((u) => unitAt(u, date))
				.sort((a, b) => a.code.localeCompare(b.code));
		},
		systemForYear,
		isValidAt(key: string, date: string): boolean {
			const unit = units.get(key);
			return !!unit && validAt(unit, assertIsoDate(date));
		},
		provinceOf,
		/** The QD19-2025 province an old one became part of ([] for anything else). */
		successorsOf,
		/** The GSO-63 provinces a QD19-2025 province was formed from ([] for anything else). */
		predecessorsOf: (key: string): Unit[] => predecessorsOf(key).map((k) => units.get(k) as Unit),
		find
	};
}

function notFound(suggestions: Unit[] = []): FindResult {
	return { status: 'not-found', suggestions };
}

/** `date` wins; a year stands for its 31 December. Both given and disagreeing is a caller's error. */
function resolveDate(opts: FindOptions): string | undefined {
	if (opts.date !== undefined) {
		assertIsoDate(opts.date);
		if (opts.year !== undefined && Number(opts.date.slice(0, 4)) !== opts.year) {
			throw new RangeError(`date ${opts.date} is not in year ${opts.year}`);
		}
		return opts.date;
	}
	return opts.year === undefined ? undefined : yearEnd(opts.year);
}

function checkParents(units: Map<string, Unit>, unit: Unit): void {
	let current = unit;
	for (let depth = 0; current.parentKey; depth++) {
		const parent = units.get(current.parentKey);
		if (!parent) throw new Error(`${current.key}: unknown parent ${current.parentKey}`);
		if (depth >= MAX_PARENT_DEPTH) throw new Error(`${unit.key}: parent chain too deep or circular`);
		current = parent;
	}
}
