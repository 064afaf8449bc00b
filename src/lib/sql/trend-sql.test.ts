import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from './schema';
import {
	trendAverageSql,
	trendSeriesSql,
	trendSourceSql,
	trendUnitsSql,
	type TrendArgs,
	type TrendAverageRow,
	type TrendRow,
	type TrendSourceRow,
	type TrendUnitRow
} from './trend-sql';

/* A hand-made table: three provinces of the 63, two of the 34, a sample import and two imports of one year. */

const ARGS: TrendArgs = {
	indexCode: 'PAR',
	component: null,
	unitKind: 'province',
	sample: false,
	yearFrom: null,
	yearTo: null
};

describe('trend SQL', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('mau.csv', 'a', 'scores', true, 0, 0, 0), ('par.csv', 'b', 'scores', false, 0, 0, 0),
			('par-2023-sua.csv', 'c', 'scores', false, 0, 0, 0)`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province'), ('gso63:66', 'GSO-63', '66', 'Đắk Lắk', 'province'),
			('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province'), ('qd19:01', 'QD19-2025', '01', 'Hà Nội', 'province'),
			('qd19:66', 'QD19-2025', '66', 'Đắk Lắk', 'province')`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 10),
			(2, 'PAR', 'PAR-1149-2021', 2021, 'gso63:01', 'province', NULL, 80),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:01', 'province', NULL, 82),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:66', 'province', NULL, 86),
			(2, 'PAR', 'PAR-876-2022', 2022, 'gso63:31', 'province', NULL, 90),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 70),
			(3, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 84),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:66', 'province', NULL, NULL),
			(2, 'PAR', 'PAR-876-2022', 2023, 'gso63:66', 'province', 'LV1', 9),
			(2, 'PAR', 'PAR-876-2022', 2025, 'qd19:01', 'province', NULL, 88),
			(2, 'PAR', 'PAR-876-2022', 2025, 'qd19:66', 'province', NULL, 91)`);
	});
	afterAll(() => db.close());

	it('gives each chosen unit’s values by year with its method, the newest import winning', async () => {
		const rows = await db.query<TrendRow>(trendSeriesSql(ARGS, ['gso63:01', 'qd19:01']));
		expect(rows.map((r) => [r.unit_key, r.name, r.year, r.value, r.method_version, r.is_sample])).toEqual([
			['gso63:01', 'Hà Nội', 2021, 80, 'PAR-1149-2021', false],
			['gso63:01', 'Hà Nội', 2022, 82, 'PAR-876-2022', false],
			['gso63:01', 'Hà Nội', 2023, 84, 'PAR-876-2022', false], // par-2023-sua.csv replaced 70
			['qd19:01', 'Hà Nội', 2025, 88, 'PAR-876-2022', false]
		]);
	});

	it('ranks within the year and the code system, leaving a missing value unranked', async () => {
		const rows = await db.query<TrendRow>(trendSeriesSql(ARGS, ['gso63:01', 'gso63:66', 'qd19:01']));
		const rank = (key: string, year: number) => rows.find((r) => r.unit_key === key && r.year === year);
		expect([rank('gso63:01', 2022)?.rank, rank('gso63:01', 2022)?.ranked_of]).toEqual([3, 3]);
		expect([rank('gso63:66', 2022)?.rank, rank('gso63:66', 2023)?.rank]).toEqual([2, null]);
		expect([rank('qd19:01', 2025)?.rank, rank('qd19:01', 2025)?.ranked_of]).toEqual([2, 2]);
	});

	it('keeps sample and imported data apart', async () => {
		const rows = await db.query<TrendRow>(trendSeriesSql({ ...ARGS, sample: true }, ['gso63:01']));
		expect(rows.map((r) => [r.year, r.value, r.is_sample])).toEqual([[2023, 10, true]]);
	});

	it('limits the years when asked', async () => {
		const rows = await db.query<TrendRow>(
			trendSeriesSql({ ...ARGS, yearFrom: 2022, yearTo: 2023 }, ['gso63:01'])
		);
		expect(rows.map((r) => r.year)).toEqual([2022, 2023]);
	});

	it('averages every unit with a value per year', async () => {
		const rows = await db.query<TrendAverageRow>(trendAverageSql(ARGS));
		expect(rows.map((r) => [r.year, r.value, r.n, r.method_version])).toEqual([
			[2021, 80, 1, 'PAR-1149-2021'],
			[2022, 86, 3, 'PAR-876-2022'], // (82 + 86 + 90) / 3
			[2023, 84, 1, 'PAR-876-2022'],
			[2025, 89.5, 2, 'PAR-876-2022']
		]);
	});

	it('lists the units that have values, with their first and last year', async () => {
		const rows = await db.query<TrendUnitRow>(trendUnitsSql(ARGS));
		expect(rows.map((r) => [r.unit_key, r.first_year, r.last_year])).toEqual([
			['gso63:01', 2021, 2023],
			['gso63:31', 2022, 2022],
			['gso63:66', 2022, 2022],
			['qd19:01', 2025, 2025],
			['qd19:66', 2025, 2025]
		]);
	});

	it('says which sources hold each index, kind and component', async () => {
		const rows = await db.query<TrendSourceRow>(trendSourceSql());
		expect(rows.map((r) => [r.component_code, r.has_real, r.has_sample, r.first_year, r.last_year])).toEqual([
			[null, true, true, 2021, 2025],
			['LV1', true, false, 2023, 2023]
		]);
	});

	it('returns nothing for no unit, without failing', async () => {
		await expect(db.query<TrendRow>(trendSeriesSql(ARGS, []))).resolves.toEqual([]);
	});
});
