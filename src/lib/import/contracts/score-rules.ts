import { formatDateTime, formatScore } from '$lib/format';
import type { IndexCode, MethodVersion, Range } from '$lib/indices';
import type { IssueCode } from '../rules/issues';
import { describeRange, scoreKey, type RowCheckContext } from './field';
import { versionIn, versionsOf, type ScoreMethods } from './score-methods';

/*
 * Rules a score row is held to beyond its cells, shared by the wide and the long contract: the range of the
 * method version in force for the row's year (PAPI 2015: total 6–60, not the 6–80 of all versions), and a
 * score that an earlier import already holds. Pure: the earlier scores come in the check's context, the
 * methods (a province's own DDCI) from the contract.
 */

export interface ScoreProblem {
	code: IssueCode;
	detail: string;
}

/** "PAPI-6D-2011, 2011–2017"; "PAPI-8D-2018, 2018–" for a version still in force. */
export function versionLabel(version: MethodVersion): string {
	const { from, to } = version.years;
	return `${version.id}, ${from === to ? from : `${from}–${to ?? ''}`}`;
}

/** The loosest range of the total (component null) or of a component over every version of the index. */
export function loosestRange(
	index: IndexCode,
	component: string | null,
	methods: ScoreMethods = {}
): Range | undefined {
	const ranges = versionsOf(index, methods).flatMap((v) =>
		component === null ? [v.totalRange] : v.components.filter((c) => c.code === component).map((c) => c.range)
	);
	if (ranges.length === 0) return undefined;
	return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
}

/**
 * Whether `value` of the total (component null) or of a component fits the version in force for `year`. A
 * row whose year no version covers (or has no year, its own issue) is held to the loosest range.
 */
export function rangeProblem(
	index: IndexCode,
	year: number | null,
	component: string | null,
	value: number,
	methods: ScoreMethods = {}
): ScoreProblem | null {
	const version = year === null ? undefined : versionIn(index, year, methods);
	if (!version) {
		const range = loosestRange(index, component, methods);
		if (!range || (value >= range.min && value <= range.max)) return null;
		return { code: 'out_of_range', detail: describeRange(range) };
	}
	const range =
		component === null ? version.totalRange : version.components.find((c) => c.code === component)?.range;
	if (!range) return { code: 'component_not_in_version', detail: versionLabel(version) };
	if (value >= range.min && value <= range.max) return null;
	return { code: 'out_of_version_range', detail: `${describeRange(range)} (${versionLabel(version)})` };
}

/**
 * The first of `components` (null = the total) of one unit and year that an earlier import holds: a repeat
 * the analyst must settle by removing one of the two imports (see the import README).
 */
export function earlierProblem(
	context: RowCheckContext,
	unit: string,
	year: number,
	components: readonly (string | null)[],
	decimals: number
): ScoreProblem | null {
	for (const component of components) {
		const earlier = context.earlier?.get(scoreKey(unit, year, component));
		if (!earlier) continue;
		const what = component === null ? 'giá trị tổng' : component;
		const value = earlier.value === null ? '' : `; ${what} đã nhập: ${formatScore(earlier.value, decimals)}`;
		return {
			code: 'already_imported',
			detail: `${earlier.importId} (${earlier.fileName}, ${formatDateTime(earlier.importedAt)}${value})`
		};
	}
	return null;
}
