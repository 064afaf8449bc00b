import { describe, expect, it } from 'vitest';
import type { RankingRow } from '$lib/sql/ranking-sql';
import type { SuccessionRow } from '$lib/sql/successor-sql';
import { successorGroups } from './successor-view';

const row = (unit_key: string, name: string, value: number | null, rank: number | null) =>
	({ unit_key, name, value, rank, ranked_of: 3 }) as RankingRow;
const succ = (old_key: string, new_key: string, new_name: string): SuccessionRow => ({
	old_key,
	new_key,
	new_name,
	weight: null
});

describe('successorGroups', () => {
	it('estimates each new province with equal weights, ranks the estimates and keeps each member’s rank', () => {
		const groups = successorGroups(
			[
				row('gso63:01', 'Hà Nội', 91.43, 2),
				row('gso63:31', 'Hải Phòng', 96.17, 1),
				row('gso63:30', 'Hải Dương', 88, 3)
			],
			[
				succ('gso63:01', 'qd19:01', 'Hà Nội'),
				succ('gso63:31', 'qd19:31', 'Hải Phòng'),
				succ('gso63:30', 'qd19:31', 'Hải Phòng'),
				succ('gso63:99', 'qd19:99', 'Nơi khác')
			]
		);
		expect(
			groups.map((g) => [
				g.key,
				Math.round((g.estimate.value ?? NaN) * 1e6) / 1e6,
				g.estimateRank,
				g.members.map((m) => m.rank)
			])
		).toEqual([
			['qd19:31', 92.085, 1, [1, 3]],
			['qd19:01', 91.43, 2, [2]]
		]);
		expect(groups[0]!.estimate.weighting).toBe('equal');
	});

	it('a new province whose former provinces have no value has no estimate and no rank', () => {
		const [group] = successorGroups([row('gso63:99', 'X', null, null)], [succ('gso63:99', 'qd19:99', 'Y')]);
		expect(group).toMatchObject({ estimateRank: null, estimate: { value: null, complete: false } });
	});
});
