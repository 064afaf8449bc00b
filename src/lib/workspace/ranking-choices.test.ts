import { describe, expect, it } from 'vitest';
import { resolveRanking, type RankingChoiceRow, type RankingRequest } from './ranking-choices';

const row = (over: Partial<RankingChoiceRow>): RankingChoiceRow => ({
	is_sample: true,
	unit_kind: 'province',
	year: 2024,
	component_code: null,
	parent_key: null,
	parent_name: null,
	n: 63,
	...over
});

const ask = (over: Partial<RankingRequest> = {}): RankingRequest => ({
	indexCode: 'PAR',
	year: null,
	component: null,
	kind: null,
	scope: null,
	sample: null,
	...over
});

const SAMPLE = [
	row({ year: 2024 }),
	row({ year: 2024, component_code: 'LV2' }),
	row({ year: 2024, component_code: 'LV10' }),
	row({ year: 2025, n: 34 }),
	row({ unit_kind: 'agency', year: 2024, parent_key: 'gso63:22', parent_name: 'Quảng Ninh', n: 20 }),
	row({ unit_kind: 'agency', year: 2025, parent_key: 'qd19:22', parent_name: 'Quảng Ninh', n: 14 }),
	row({ unit_kind: 'district', year: 2024, parent_key: 'gso63:22', parent_name: 'Quảng Ninh', n: 13 })
];

describe('resolveRanking', () => {
	it('defaults to the sample, provinces, the latest year and the total when nothing else exists', () => {
		const got = resolveRanking(SAMPLE, ask());
		expect(got).toMatchObject({ hasReal: false, hasSample: true, kinds: ['province', 'agency', 'district'] });
		expect(got.years).toEqual([2025, 2024]);
		expect(got.args).toEqual({
			indexCode: 'PAR',
			year: 2025,
			component: null,
			unitKind: 'province',
			scope: null,
			sample: true
		});
	});

	it('switches to the analyst’s data once there is some, and back to the sample only when asked', () => {
		const rows = [...SAMPLE, row({ is_sample: false, year: 2023, n: 2 })];
		expect(resolveRanking(rows, ask()).args).toMatchObject({ sample: false, year: 2023 });
		expect(resolveRanking(rows, ask({ sample: true })).args).toMatchObject({ sample: true, year: 2025 });
		// no sample at all: a request for it still shows the analyst's data
		expect(resolveRanking(rows.slice(-1), ask({ sample: true })).args).toMatchObject({ sample: false });
	});

	it('orders components naturally after the total, and falls back when a component is not there', () => {
		const got = resolveRanking(SAMPLE, ask({ year: 2024, component: 'LV9' }));
		expect(got.components).toEqual([null, 'LV2', 'LV10']);
		expect(got.args?.component).toBeNull();
		expect(resolveRanking(SAMPLE, ask({ year: 2024, component: 'LV10' })).args?.component).toBe('LV10');
	});

	it('offers the provinces that hold agencies in the chosen year, and picks the first', () => {
		const got = resolveRanking(SAMPLE, ask({ kind: 'agency', scope: 'gso63:22' }));
		expect(got.scopes).toEqual([{ key: 'qd19:22', name: 'Quảng Ninh' }]);
		expect(got.args).toMatchObject({ unitKind: 'agency', year: 2025, scope: 'qd19:22' });
		expect(resolveRanking(SAMPLE, ask({ kind: 'agency', year: 2024 })).args?.scope).toBe('gso63:22');
	});

	it('a year or kind the data lacks falls back; no data at all gives no ranking', () => {
		expect(resolveRanking(SAMPLE, ask({ year: 1999, kind: 'commune' })).args).toMatchObject({
			unitKind: 'province',
			year: 2025
		});
		expect(resolveRanking([], ask()).args).toBeNull();
		expect(resolveRanking([row({ n: 0 })], ask()).args).toBeNull();
	});
});
