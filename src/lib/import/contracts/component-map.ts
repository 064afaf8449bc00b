import { getIndex, type ComponentDef, type IndexCode } from '$lib/indices';
import { editDistance } from '$lib/units';
import { fold } from '../rules/fold';
import { versionIn, versionsOf, type ScoreMethods } from './score-methods';
import { totalRange } from './scores';

/*
 * Which component of an index a cell of a long score table names: a catalog code ("LV2", "D1", "II.A"), a
 * Vietnamese or English name or an alias, with or without diacritics. Blank, "Tổng", "Tổng điểm", "Chỉ số",
 * the index's own code or name: the total. Each answer carries the range of that component's own published
 * value (a PAR lĩnh vực in points, a PAPI dimension 1–10, a DTI main index 0–1) or the index's total range.
 * Text that names nothing is reported with the nearest names; text that names two components is reported,
 * never guessed, unless the row's year leaves only one. A province's own DDCI (score-methods.ts) names its own
 * sub-indices in place of the catalog's.
 */

/** A resolved component: `code` null = the index's total. */
export interface ComponentTarget {
	code: string | null;
	min: number;
	max: number;
}

export type ComponentMatch =
	{ target: ComponentTarget } | { code: 'unknown_component' | 'ambiguous_component'; detail: string };

export interface ComponentMap {
	/**
	 * `text` as written. `year`, when known, settles a name that two method versions give to different
	 * components (SIPAS "Thủ tục hành chính": E2 until 2021, II.B from 2022).
	 */
	resolve(text: string, year?: number | null): ComponentMatch;
}

/** Words that name the total of any index, beside its own code and names. */
export const TOTAL_WORDS = [
	'tổng',
	'tổng điểm',
	'tổng cộng',
	'tổng hợp',
	'chỉ số',
	'chỉ số chung',
	'chỉ số tổng hợp',
	'giá trị chỉ số',
	'điểm tổng hợp',
	'total',
	'overall',
	'index',
	'total score'
];

const MAX_SUGGESTIONS = 3;

function namesOf(c: ComponentDef): string[] {
	const names = [c.nameVi, c.nameEn, ...(c.aliases ?? [])];
	return [c.code, ...names, ...names.map((n) => `${c.code} ${n}`)];
}

/**
 * Every definition of each component code over the index's versions, in catalog order: a version may rename
 * a component (PAPI D2 "Công khai, minh bạch" → "… trong ra quyết định" in 2018). Survey items are left out.
 */
export function componentDefinitions(
	indexCode: IndexCode,
	methods: ScoreMethods = {}
): Map<string, ComponentDef[]> {
	const byCode = new Map<string, ComponentDef[]>();
	for (const version of versionsOf(indexCode, methods)) {
		for (const c of version.components) {
			if (c.level === 'item') continue;
			byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
		}
	}
	return byCode;
}

function build(indexCode: IndexCode, methods: ScoreMethods): ComponentMap {
	const index = getIndex(indexCode);
	const versions = versionsOf(indexCode, methods);
	const definitions = componentDefinitions(indexCode, methods);
	const codes = [...definitions.keys()];
	const namesOfCode = new Map(codes.map((code) => [code, definitions.get(code)!.flatMap(namesOf)]));
	const total: ComponentTarget = { code: null, ...totalRange(indexCode, methods) };
	const targetOf = (code: string | null): ComponentTarget => {
		if (code === null) return total;
		const ranges = definitions.get(code)!.map((c) => c.range);
		return { code, min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
	};
	// The latest name of a component, for messages.
	const label = (code: string | null) =>
		code === null ? 'giá trị tổng' : `${code} (${definitions.get(code)!.at(-1)!.nameVi})`;

	/** Folded name → the codes it names (null = total); more than one = ambiguous. */
	const byName = new Map<string, Set<string | null>>();
	const add = (name: string, code: string | null) => {
		const key = fold(name);
		const named = byName.get(key) ?? new Set();
		named.add(code);
		byName.set(key, named);
	};
	const totalNames = [
		'',
		...TOTAL_WORDS,
		index.code,
		index.shortVi,
		index.nameVi,
		index.nameEn,
		`chỉ số ${index.code}`,
		`điểm ${index.code}`,
		`${index.code} index`,
		`${index.code} score`
	];
	for (const name of totalNames) add(name, null);
	for (const code of codes) for (const name of namesOfCode.get(code)!) add(name, code);

	/** Codes of the components each version has (items left out). */
	const inVersion = new Map(
		versions.map((v) => [v.id, new Set(v.components.filter((c) => c.level !== 'item').map((c) => c.code))])
	);

	/** The candidates the row's year keeps (all of them when no version covers the year, or none would stay). */
	function narrow(named: readonly (string | null)[], year: number | null | undefined): (string | null)[] {
		if (year === null || year === undefined || !Number.isInteger(year)) return [...named];
		const version = versionIn(indexCode, year, methods);
		const has = version ? inVersion.get(version.id) : undefined;
		if (!has) return [...named];
		const kept = named.filter((c) => c === null || has.has(c));
		return kept.length > 0 ? kept : [...named];
	}

	/** Distance of a folded name from the text: 0 when the text is the name's first words ("cai cach tai chinh"). */
	const distance = (folded: string, name: string) =>
		folded.length >= 3 && name.startsWith(`${folded} `) ? 0 : editDistance(folded, name);

	/**
	 * The nearest components by edit distance: within a third of the text's length and at most one step worse
	 * than the best. None when more than a few are as near as the best ("LV9"): the list of codes helps more.
	 */
	function suggest(folded: string): string[] {
		const limit = Math.max(1, Math.floor(folded.length / 3));
		const scored = codes
			.map((code) => ({ code, d: Math.min(...namesOfCode.get(code)!.map((n) => distance(folded, fold(n)))) }))
			.filter(({ d }) => d <= limit)
			.sort((a, b) => a.d - b.d);
		const best = scored[0]?.d ?? 0;
		if (scored.filter(({ d }) => d === best).length > MAX_SUGGESTIONS) return [];
		return scored
			.filter(({ d }) => d <= best + 1)
			.slice(0, MAX_SUGGESTIONS)
			.map(({ code }) => label(code));
	}

	const valid = `Mã hợp lệ: ${codes.join(', ')}; để trống hoặc ghi "Tổng" cho giá trị tổng.`;
	return {
		resolve(text, year) {
			const folded = fold(text);
			const named = byName.get(folded);
			if (!named) {
				const near = suggest(folded);
				return {
					code: 'unknown_component',
					detail: near.length ? `Có phải: ${near.join('; ')}?` : valid
				};
			}
			const candidates = narrow([...named], year);
			if (candidates.length === 1) return { target: targetOf(candidates[0]!) };
			return { code: 'ambiguous_component', detail: candidates.map(label).join('; ') };
		}
	};
}

const cache = new Map<IndexCode, ComponentMap>();
const configuredCache = new WeakMap<object, ComponentMap>();

/** The component map of an index: built once from the catalog, or once per configuration passed in. */
export function componentMap(indexCode: IndexCode, methods: ScoreMethods = {}): ComponentMap {
	const config = indexCode === 'DDCI' ? methods.ddci : null;
	if (config) {
		let map = configuredCache.get(config);
		if (!map) configuredCache.set(config, (map = build(indexCode, methods)));
		return map;
	}
	let map = cache.get(indexCode);
	if (!map) cache.set(indexCode, (map = build(indexCode, {})));
	return map;
}
