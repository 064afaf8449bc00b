import { competitionRanks, rankChange, scoreChange } from '$lib/indices/ranking';
import { keyList, listForYear } from '$lib/units';
import type { ChangeNote, RankingArgs, RankingInputRow, RankingRow, Succession } from '$lib/sql/ranking-sql';

/*
 * A ranking with the change against the previous year, from the rows of one index, unit kind, component and
 * source (`rankingInputSql`) and the crosswalk. The rules are those of DOMAIN.md §1.2 and §10, written out in
 * `sql/ranking-sql.ts`, which tests use as the independent check of this function: the app ranks here
 * because DuckDB-WASM spent 3–5× longer planning that one statement than reading these rows.
 */

interface Crosswalk {
	/** Successions where each side appears once: the same territory under a new key. */
	counterparts: Map<string, string[]>;
	/** Keys whose territory changed: merged (several predecessors) or split (several successors). */
	changed: Set<string>;
}

function crosswalk(successions: readonly Succession[]): Crosswalk {
	const count = (list: string[]) =>
		list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
	const olds = count(successions.map((s) => s.old_key));
	const news = count(successions.map((s) => s.new_key));
	const counterparts = new Map<string, string[]>();
	const changed = new Set<string>();
	for (const { old_key, new_key } of successions) {
		if (olds.get(old_key) === 1 && news.get(new_key) === 1) {
			counterparts.set(new_key, [...(counterparts.get(new_key) ?? []), old_key]);
			counterparts.set(old_key, [...(counterparts.get(old_key) ?? []), new_key]);
		} else {
			changed.add(old_key).add(new_key);
		}
	}
	return { counterparts, changed };
}

interface Ranked extends RankingInputRow {
	system: string;
	rank: number | null;
	ranked_of: number;
}

/** One year's rows in the code system ranked that year (the year's own list when it has rows), ranked. */
function rankYear(rows: readonly (RankingInputRow & { system: string })[], year: number) {
	const ofYear = rows.filter((r) => r.year === year);
	const preferred = listForYear(year);
	const system = ofYear.some((r) => r.system === preferred)
		? preferred
		: [...new Set(ofYear.map((r) => r.system))].sort()[0]!;
	const kept = ofYear.filter((r) => r.system === system);
	const ranks = competitionRanks(kept.map((r) => r.value));
	const rankedOf = ranks.filter((r) => r !== null).length;
	const ranked: Ranked[] = kept.map((r, i) => ({ ...r, rank: ranks[i] ?? null, ranked_of: rankedOf }));
	return { system, ranked, other: ofYear.length - kept.length };
}

const maxYear = (rows: readonly RankingInputRow[], below = Infinity) =>
	rows.reduce<number | null>(
		(max, r) => (r.value !== null && r.year < below && (max === null || r.year > max) ? r.year : max),
		null
	);

export function computeRanking(
	input: readonly RankingInputRow[],
	successions: readonly Succession[],
	args: RankingArgs
): RankingRow[] {
	const { counterparts, changed } = crosswalk(successions);
	const scopes = args.scope === null ? null : new Set([args.scope, ...(counterparts.get(args.scope) ?? [])]);
	// The same unit and year in several imports: the newest import wins (a corrected file replaces the old figure).
	const newest = new Map<string, RankingInputRow>();
	for (const r of input) {
		const key = `${r.year}|${r.unit_key}`;
		const held = newest.get(key);
		if (!held || r.import_id > held.import_id) newest.set(key, r);
	}
	const rows = [...newest.values()]
		.filter((r) => scopes === null || (r.parent_key !== null && scopes.has(r.parent_key)))
		.map((r) => ({ ...r, system: keyList(r.unit_key) }));
	const year = args.year ?? maxYear(rows);
	if (year === null) return [];
	const cur = rankYear(rows, year);
	const prevYear = maxYear(rows, year);
	const prev = prevYear === null ? null : rankYear(rows, prevYear);
	const prevByKey = new Map((prev?.ranked ?? []).map((p) => [p.unit_key, p]));

	const match = (c: Ranked): Ranked | undefined => {
		const keys = [c.unit_key, ...(counterparts.get(c.unit_key) ?? [])];
		if (c.unit_key.startsWith('local:') && c.parent_key !== null) {
			const parents = new Set(counterparts.get(c.parent_key) ?? []);
			for (const p of prev?.ranked ?? [])
				if (
					p.unit_key.startsWith('local:') &&
					p.code === c.code &&
					p.parent_key !== null &&
					parents.has(p.parent_key)
				)
					keys.push(p.unit_key);
		}
		const found = keys.filter((k) => prevByKey.has(k)).sort()[0];
		return found === undefined ? undefined : prevByKey.get(found);
	};

	const result = cur.ranked.map((c): RankingRow => {
		const p = match(c);
		const territoryChanged = changed.has(c.unit_key) || (c.parent_key !== null && changed.has(c.parent_key));
		let note: ChangeNote | null = null;
		if (territoryChanged && prev !== null && c.system !== prev.system) note = 'merged';
		else if (p === undefined && prev !== null) note = 'new';
		else if (p !== undefined && c.system !== p.system) note = 'list_changed';
		return {
			year,
			unit_key: c.unit_key,
			name: c.name,
			unit_kind: args.unitKind,
			region: c.region,
			parent_key: c.parent_key,
			value: c.value,
			rank: c.rank,
			ranked_of: c.ranked_of,
			prev_year: prevYear,
			prev_value: p?.value ?? null,
			prev_rank: p?.rank ?? null,
			prev_ranked_of: p ? p.ranked_of : null,
			rank_change: p && c.system === p.system ? rankChange(p.rank, c.rank) : null,
			value_change: p ? scoreChange(p.value, c.value) : null,
			change_note: note,
			group_label: c.group_label,
			method_version: c.method_version,
			published_rank: c.published_rank,
			other_system_rows: cur.other,
			is_sample: args.sample
		};
	});
	const collator = new Intl.Collator('vi');
	return result.sort(
		(a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || collator.compare(a.name, b.name)
	);
}
