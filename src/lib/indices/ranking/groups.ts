import type { GroupScheme, ThresholdGroup } from '../types';
import { competitionRanks } from './competition-ranks';

/**
 * The group of `value` in a fixed-threshold scheme (PAR: A ≥ 90, B 80–<90, C 70–<80, D below): the first group
 * whose inclusive `min` the value reaches; a group with `min: null` takes everything left. Null for no value.
 */
export function thresholdGroup(
	value: number | null | undefined,
	groups: readonly ThresholdGroup[]
): string | null {
	if (value == null || !Number.isFinite(value)) return null;
	for (const g of groups) if (g.min === null || value >= g.min) return g.label;
	return null;
}

/**
 * Sizes of quantile groups for `count` ranked units: the publisher's sizes when they add up to `count` (PAPI:
 * 16/16/15/16 of 63), otherwise the same shares scaled to `count` by largest remainder (34 provinces → 9/9/8/8),
 * earlier groups first on equal remainders.
 */
export function quantileSizes(sizes: readonly number[], count: number): number[] {
	const total = sizes.reduce((a, b) => a + b, 0);
	if (total === count) return [...sizes];
	const exact = sizes.map((s) => (s / total) * count);
	const floors = exact.map(Math.floor);
	let left = count - floors.reduce((a, b) => a + b, 0);
	const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
	for (const { i } of order) {
		if (left-- <= 0) break;
		floors[i]! += 1;
	}
	return floors;
}

/**
 * Quantile groups (PAPI quartiles) in input order: units are taken best first and the first `sizes[0]` ranks
 * get `labels[0]`, and so on. Tied units share the group of their rank, so a tie across a boundary goes to the
 * better group (a group can then be larger than its size). Units without a value get no group.
 */
export function quantileGroups(
	values: readonly (number | null | undefined)[],
	labels: readonly string[],
	sizes: readonly number[]
): (string | null)[] {
	const ranks = competitionRanks(values);
	const ranked = ranks.filter((r) => r !== null).length;
	const bounds: number[] = [];
	let end = 0;
	for (const s of quantileSizes(sizes, ranked)) bounds.push((end += s));
	return ranks.map((rank) => {
		if (rank === null) return null;
		const at = bounds.findIndex((b) => rank <= b);
		return labels[at === -1 ? labels.length - 1 : at] ?? null;
	});
}

/**
 * The group of every unit under `scheme`: computed for fixed thresholds and quantiles; for a publisher's scheme
 * (PCI tiers, DDCI labels) the label as published, never computed (DOMAIN.md §1.2).
 */
export function assignGroups(
	scheme: GroupScheme | undefined,
	values: readonly (number | null | undefined)[],
	published: readonly (string | null | undefined)[]
): (string | null)[] {
	if (!scheme) return values.map(() => null);
	switch (scheme.kind) {
		case 'fixed_thresholds':
			return values.map((v) => thresholdGroup(v, scheme.groups));
		case 'quantile':
			return quantileGroups(values, scheme.labels, scheme.sizes);
		case 'publisher_assigned':
			return values.map((_, i) => published[i] ?? null);
	}
}
