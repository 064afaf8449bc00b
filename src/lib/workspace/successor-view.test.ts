import { describe, expect, it } from 'vitest';
import type { SuccessorRow } from '$lib/sql/successor-sql';
import { successorGroups } from './successor-view';

const row = (new_key: string, name: string, value: number | null): SuccessorRow => ({
	new_key,
	new_name: new_key === 'qd19:31' ? 'Hải Phòng' : new_key,
	unit_key: name,
	name,
	value,
	rank: null,
	ranked_of: 3,
	weight: null,
	is_sample: false
});

describe('successorGroups', () => {
	it('estimates each new province with equal weights and ranks the estimates', () => {
		const groups = successorGroups([
			row('qd19:01', 'Hà Nội', 91.43),
			row('qd19:31', 'Hải Phòng', 96.17),
			row('qd19:31', 'Hải Dương', 88),
			row('qd19:99', 'Nowhere', null)
		]);
		expect(
			groups.map((g) => [
				g.key,
				g.estimate.value && Math.round(g.estimate.value * 1e6) / 1e6,
				g.estimateRank,
				g.members.length
			])
		).toEqual([
			['qd19:31', 92.085, 1, 2],
			['qd19:01', 91.43, 2, 1],
			['qd19:99', null, null, 1]
		]);
		expect(groups[0]!.estimate.weighting).toBe('equal');
	});
});
