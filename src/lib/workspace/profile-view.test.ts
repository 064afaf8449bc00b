import { describe, expect, it } from 'vitest';
import type { ProfileRow } from '$lib/sql/profile-sql';
import { profileCards } from './profile-view';

const row = (over: Partial<ProfileRow>): ProfileRow => ({
	index_code: 'PAR',
	year: 2024,
	component_code: null,
	value: 1,
	peer_avg: 1,
	peer_best: 1,
	rank: 1,
	ranked_of: 1,
	method_version: null,
	is_sample: false,
	...over
});

describe('profileCards', () => {
	it('orders indices as the catalog does and takes the latest year of each', () => {
		const cards = profileCards([
			row({ index_code: 'PCI', year: 2023, value: 60 }),
			row({ year: 2023, value: 80 }),
			row({ year: 2024, value: 85 }),
			row({ year: 2024, component_code: 'LV1', value: 8 }),
			row({ year: 2022, value: null, is_sample: true })
		]);
		expect(cards.map((c) => [c.indexCode, c.latestYear, c.total?.value, c.components.length])).toEqual([
			['PAR', 2024, 85, 1],
			['PCI', 2023, 60, 0]
		]);
		expect(cards[0]!.series).toEqual([
			{ year: 2022, value: null },
			{ year: 2023, value: 80 },
			{ year: 2024, value: 85 }
		]);
		expect(cards[0]!.isSample).toBe(true);
	});

	it('a year with components but no total has a card without total', () => {
		const [card] = profileCards([row({ component_code: 'D1' })]);
		expect(card!.total).toBeNull();
		expect(profileCards([])).toEqual([]);
	});
});
