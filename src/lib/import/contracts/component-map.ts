import { getIndex, versionForYear, type ComponentDef, type IndexCode } from '$lib/indices';
import { editDistance } from '$lib/units';
import { fold } from '../rules/fold';
import { componentRange, scoreComponents, totalRange } from './scores';

/*
 * Which component of an index a cell of a long score table names: a catalog code ("LV2", "D1", "II.A"), a
 * Vietnamese or English name or an alias, with or without diacritics; blank, "Tổng", "Tổng điểm", "Chỉ số", the
 * index's own code or name name the total. Each answer carries the range a value of that component may take
 * (the same ranges as the wide contract's columns). Text that names nothing is reported with the nearest
 * names; text that names two components is reported, never guessed, unless the row's year leaves one.
 */

/** A resolved component: `code` null = the index's total. */
export interface ComponentTarget {
	code: string | null;
	min: number;
	max: number;
}

export type ComponentMatch =
	| { target: ComponentTarget }
	| { code: 'unknown_component' | 'ambiguous_component'; detail: string };

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

function build(indexCode: IndexCode): ComponentMap {
	const index = getIndex(indexCode);
	const components = scoreComponents(indexCode);
	const byCode = new Map(components.map((c) => [c.code, c]));
	const total: ComponentTarget = { code: null, ...totalRange(indexCode) };
	const targetOf = (code: string | null): ComponentTarget =>
		code === null ? total : { code, ...componentRange(byCode.get(code)!) };
	const label = (code: string | null) => (code === null ? 'giá trị tổng' : `${code} (${byCode.get(code)!.nameVi})`);

	/** Folded name → the codes it names (null = total); more than one = ambiguous. */
	const byName = new Map<string, Set<string | null>>();
	const add = (name: string, code: string | null) => {
		const key = fold(name);
		const codes = byName.get(key) ?? new Set();
		codes.add(code);
		byName.set(key, codes);
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
	for (const c of components) for (const name of namesOf(c)) add(name, c.code);

	/** Codes of the components each version has (items left out, as in `scoreComponents`). */
	const inVersion = new Map(
		index.versions.map((v) => [v.id, new Set(v.components.filter((c) => c.level !== 'item').map((c) => c.code))])
	);

	function narrow(codes: readonly (string | null)[], year: number | null | undefined): (string | null)[] {
		if (year === null || year === undefined || !Number.isInteger(year)) return [...codes];
		const version = versionForYear(indexCode, year);
		const has = version ? inVersion.get(version.id) : undefined;
		if (!has) return [...codes];
		const kept = codes.filter((c) => c === null || has.has(c));
		return kept.length > 0 ? kept : [...codes];
	}

	/** The nearest component names by edit distance: within a third of the text's length, best + 1 at most. */
	function suggest(folded: string): string[] {
		const limit = Math.max(1, Math.floor(folded.length / 3));
		const scored = components
			.map((c) => ({ c, d: Math.min(...namesOf(c).map((n) => editDistance(folded, fold(n)))) }))
			.filter(({ d }) => d <= limit)
			.sort((a, b) => a.d - b.d);
		const best = scored[0]?.d ?? 0;
		return scored
			.filter(({ d }) => d <= best + 1)
			.slice(0, MAX_SUGGESTIONS)
			.map(({ c }) => label(c.code));
	}

	const validCodes = components.map((c) => c.code).join(', ');
	return {
		resolve(text, year) {
			const folded = fold(text);
			const codes = byName.get(folded);
			if (!codes) {
				const near = suggest(folded);
				return {
					code: 'unknown_component',
					detail: near.length
						? `Có phải: ${near.join('; ')}?`
						: `Mã hợp lệ: ${validCodes || '(chỉ số này chưa có thành phần)'}; để trống hoặc ghi "Tổng" cho giá trị tổng.`
				};
			}
			const candidates = narrow([...codes], year);
			if (candidates.length === 1) return { target: targetOf(candidates[0]!) };
			return { code: 'ambiguous_component', detail: candidates.map(label).join('; ') };
		}
	};
}

const cache = new Map<IndexCode, ComponentMap>();

/** The component map of an index (built once from the catalog). */
export function componentMap(indexCode: IndexCode): ComponentMap {
	let map = cache.get(indexCode);
	if (!map) cache.set(indexCode, (map = build(indexCode)));
	return map;
}
