import { getIndex, type IndexCode } from '$lib/indices';
import { COMPONENT_PREFIX, type RowCheckContext, type RowChecker, type RowProblem } from './field';
import { earlierProblem, rangeProblem } from './score-rules';
import type { ScoreMethods } from './score-methods';
import { describeMismatch, totalMismatches } from './total-check';

/*
 * The row check of a wide score table (one row per unit and year, a column per component): each value within
 * the range of the method version in force for the row's year; a unit and year given once in the file and
 * not already held by an earlier import; the total against its components (a warning).
 */

/** Fields that make a wide row write the total's row of `index_scores` (load/targets.ts). */
const TOTAL_FIELDS = ['total', 'points', 'max_points', 'published_rank', 'group_label'];

export function wideScoresRowCheck(
	index: IndexCode,
	mapped: ReadonlySet<string>,
	context: RowCheckContext,
	methods: ScoreMethods = {}
): RowChecker {
	const components = [...mapped]
		.filter((k) => k.startsWith(COMPONENT_PREFIX))
		.map((k) => k.slice(COMPONENT_PREFIX.length));
	const writesTotal = TOTAL_FIELDS.some((k) => mapped.has(k));
	const decimals = getIndex(index).decimals;
	const firstLine = new Map<string, number>();
	return {
		row(row, raw, clean) {
			const problems: RowProblem[] = [];
			const year = typeof row.year === 'number' ? row.year : null;
			const values: Record<string, number> = {};
			for (const code of components) {
				const value = row[`${COMPONENT_PREFIX}${code}`];
				if (typeof value === 'number') values[code] = value;
			}
			const ranged: [string, string | null, number][] = Object.entries(values).map(([c, v]) => [
				`${COMPONENT_PREFIX}${c}`,
				c,
				v
			]);
			if (typeof row.total === 'number') ranged.unshift(['total', null, row.total]);
			for (const [key, component, value] of ranged) {
				const problem = rangeProblem(index, year, component, value, methods);
				if (problem) problems.push({ key, ...problem });
			}
			const unit = typeof row.unit_key === 'string' ? row.unit_key : null;
			if (unit === null || year === null) return { problems };
			const key = `${unit}\u0001${year}`;
			const first = firstLine.get(key);
			if (first === undefined) firstLine.set(key, Number(row.__line));
			else problems.push({ key: 'unit_key', code: 'duplicate_unit_year', detail: String(first) });
			const writes = [...(writesTotal ? [null] : []), ...Object.keys(values)];
			const earlier = earlierProblem(context, unit, year, writes, decimals);
			if (earlier) problems.push({ key: 'unit_key', ...earlier });
			// A warning only about a row that loads: a rejected row's total is the least of its troubles.
			if (clean && problems.length === 0 && typeof row.total === 'number') {
				const found = totalMismatches(
					index,
					year,
					{
						total: row.total,
						components: Object.fromEntries(components.map((c) => [c, values[c]])),
						points: typeof row.points === 'number' ? row.points : null,
						maxPoints: typeof row.max_points === 'number' ? row.max_points : null,
						written: {
							total: raw('total'),
							components: Object.fromEntries(
								Object.keys(values).map((c) => [c, raw(`${COMPONENT_PREFIX}${c}`)])
							)
						}
					},
					methods
				);
				for (const m of found) {
					problems.push({
						key: 'total',
						code: 'total_mismatch',
						detail: describeMismatch(raw('unit_key'), year, m)
					});
				}
			}
			return { problems };
		}
	};
}
