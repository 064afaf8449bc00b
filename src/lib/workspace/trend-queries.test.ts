import { describe, expect, it } from 'vitest';
import type { TrendSourceRow } from '$lib/sql/trend-sql';
import { resolveTrend, type TrendRequest } from './trend-queries';

const source = (over: Partial<TrendSourceRow>): TrendSourceRow => ({
	index_code: 'PAR',
	unit_kind: 'province',
	component_code: null,
	has_real: false,
	has_sample: true,
	first_year: 2018,
	last_year: 2025,
	...over
});
const request = (over: Partial<TrendRequest> = {}): TrendRequest => ({
	index: 'PAR',
	component: null,
	kind: null,
	units: [],
	from: null,
	to: null,
	sample: false,
	...over
});

describe('resolveTrend', () => {
	const sampleOnly = [
		source({}),
		source({ component_code: 'LV1' }),
		source({ unit_kind: 'agency', first_year: 2020 })
	];

	it('uses the sample when there is no import, provinces first, the total by default', () => {
		const c = resolveTrend(sampleOnly, request());
		expect(c.args).toEqual({
			indexCode: 'PAR',
			component: null,
			unitKind: 'province',
			sample: true,
			yearFrom: null,
			yearTo: null
		});
		expect(c.kinds).toEqual(['province', 'agency']);
		expect(c.components).toEqual(['LV1']);
		expect(c.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
	});

	it('hides the sample once an import of the index exists, unless asked', () => {
		const both = [source({ has_real: true, first_year: 2023, last_year: 2024 }), ...sampleOnly];
		expect(resolveTrend(both, request()).args?.sample).toBe(false);
		expect(resolveTrend(both, request()).years).toEqual([2023, 2024]);
		expect(resolveTrend(both, request({ sample: true })).args?.sample).toBe(true);
		expect(resolveTrend(both, request()).kinds).toEqual(['province']); // the imports hold provinces only
	});

	it('falls back from a kind or component without data, and orders a reversed year range', () => {
		const c = resolveTrend(sampleOnly, request({ kind: 'district', component: 'LV9', from: 2024, to: 2019 }));
		expect(c.args).toMatchObject({ unitKind: 'province', component: null, yearFrom: 2019, yearTo: 2024 });
		const agency = resolveTrend(sampleOnly, request({ kind: 'agency', from: 2018 }));
		expect(agency.args).toMatchObject({ unitKind: 'agency', yearFrom: null });
	});

	it('has no arguments for an index without data', () => {
		expect(resolveTrend(sampleOnly, request({ index: 'PCI' })).args).toBeNull();
	});
});
