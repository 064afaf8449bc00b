import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { competitionRanks, rankChange } from '$lib/indices/ranking';
import {
	rankingChoicesSql,
	rankingComponentsSql,
	rankingSourcesSql,
	rankingSql,
	type RankingArgs,
	type RankingRow
} from './ranking-sql';
import { SCHEMA_SQL } from './schema';

/* Hand-made tables: each case says what a reader of the ranking must see. */

const UNITS = `INSERT INTO units (unit_key, code_system, code, name, kind, parent_key, region) VALUES
	('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province', NULL, 'DBSH'),
	('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province', NULL, 'DBSH'),
	('gso63:30', 'GSO-63', '30', 'Hải Dương', 'province', NULL, 'DBSH'),
	('gso63:22', 'GSO-63', '22', 'Quảng Ninh', 'province', NULL, 'DBSH'),
	('gso63:04', 'GSO-63', '04', 'Cao Bằng', 'province', NULL, 'TDMNPB'),
	('gso63:48', 'GSO-63', '48', 'Đà Nẵng', 'province', NULL, 'BTB_DHMT'),
	('qd19:01', 'QD19-2025', '01', 'Hà Nội', 'province', NULL, 'DBSH'),
	('qd19:31', 'QD19-2025', '31', 'Hải Phòng', 'province', NULL, 'DBSH'),
	('qd19:22', 'QD19-2025', '22', 'Quảng Ninh', 'province', NULL, 'DBSH'),
	('local:gso63-22:tu-phap', 'local', 'tu-phap', 'Sở Tư pháp', 'agency', 'gso63:22', NULL),
	('local:gso63-22:y-te', 'local', 'y-te', 'Sở Y tế', 'agency', 'gso63:22', NULL),
	('local:gso63-01:y-te', 'local', 'y-te', 'Sở Y tế', 'agency', 'gso63:01', NULL),
	('local:qd19-22:tu-phap', 'local', 'tu-phap', 'Sở Tư pháp', 'agency', 'qd19:22', NULL),
	('local:qd19-22:y-te', 'local', 'y-te', 'Sở Y tế', 'agency', 'qd19:22', NULL)`;

// Hải Phòng and Hải Dương merged into Hải Phòng (qd19:31); Hà Nội and Quảng Ninh kept their territory.
const SUCCESSIONS = `INSERT INTO unit_successions VALUES
	('gso63:01', 'qd19:01', '2025-07-01', NULL), ('gso63:22', 'qd19:22', '2025-07-01', NULL),
	('gso63:31', 'qd19:31', '2025-07-01', NULL), ('gso63:30', 'qd19:31', '2025-07-01', NULL)`;

describe('rankingSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('mau.csv', 'a', 'scores', true, 0, 0, 0), ('par-2024.csv', 'b', 'scores', false, 0, 0, 0),
			('par-2024-sua.csv', 'c', 'scores', false, 0, 0, 0)`);
		await db.exec(UNITS);
		await db.exec(SUCCESSIONS);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, component_code, value, group_label) VALUES
			(1, 'PAR', 2024, 'gso63:01', 'province', NULL, 50, NULL),
			(1, 'PAR', 2024, 'gso63:04', 'province', NULL, 99, NULL),
			(2, 'PAR', 2023, 'gso63:22', 'province', NULL, 93.0, NULL),
			(2, 'PAR', 2023, 'gso63:31', 'province', NULL, 91.81, NULL),
			(2, 'PAR', 2023, 'gso63:01', 'province', NULL, 91.43, NULL),
			(2, 'PAR', 2023, 'gso63:30', 'province', NULL, 85.0, NULL),
			(2, 'PAR', 2024, 'gso63:31', 'province', NULL, 96.17, NULL),
			(2, 'PAR', 2024, 'gso63:01', 'province', NULL, 80.0, NULL),
			(2, 'PAR', 2024, 'gso63:22', 'province', NULL, 92.50, NULL),
			(2, 'PAR', 2024, 'gso63:30', 'province', NULL, 88.0, NULL),
			(2, 'PAR', 2024, 'gso63:48', 'province', NULL, NULL, NULL),
			(2, 'PAR', 2024, 'gso63:48', 'province', 'LV1', 9.0, NULL),
			(3, 'PAR', 2024, 'gso63:01', 'province', NULL, 92.50, NULL),
			(2, 'PAR', 2025, 'qd19:31', 'province', NULL, 95.0, NULL),
			(2, 'PAR', 2025, 'qd19:01', 'province', NULL, 94.0, NULL),
			(2, 'PAR', 2025, 'qd19:22', 'province', NULL, 90.0, NULL),
			(2, 'PAR', 2025, 'gso63:04', 'province', NULL, 70.0, NULL),
			(2, 'PAR', 2024, 'local:gso63-22:tu-phap', 'agency', NULL, 81.33, NULL),
			(2, 'PAR', 2024, 'local:gso63-22:y-te', 'agency', NULL, 85.0, NULL),
			(2, 'PAR', 2024, 'local:gso63-01:y-te', 'agency', NULL, 99.0, NULL),
			(2, 'PAR', 2025, 'local:qd19-22:tu-phap', 'agency', NULL, 88.0, NULL),
			(2, 'PAR', 2025, 'local:qd19-22:y-te', 'agency', NULL, 84.0, NULL),
			(2, 'PCI', 2024, 'gso63:04', 'province', NULL, 70.0, 'Khá')`);
	});
	afterAll(() => db.close());

	const base: RankingArgs = {
		indexCode: 'PAR',
		year: null,
		component: null,
		unitKind: 'province',
		scope: null,
		sample: false
	};
	const rank = (args: Partial<RankingArgs>) => db.query<RankingRow>(rankingSql({ ...base, ...args }));

	it('ranks 2024 with ties (1, 2, 2, 4), the newer import replacing the older, the unit without value unranked', async () => {
		const rows = await rank({ year: 2024 });
		expect(rows.map((r) => [r.rank, r.name, r.value, r.ranked_of])).toEqual([
			[1, 'Hải Phòng', 96.17, 4],
			[2, 'Hà Nội', 92.5, 4],
			[2, 'Quảng Ninh', 92.5, 4],
			[4, 'Hải Dương', 88, 4],
			[null, 'Đà Nẵng', null, 4]
		]);
	});

	it('compares with the previous year: positive change = rose', async () => {
		const rows = await rank({ year: 2024 });
		const byName = new Map(rows.map((r) => [r.name, r]));
		expect(byName.get('Hà Nội')).toMatchObject({ prev_rank: 3, rank_change: 1, prev_year: 2023 });
		expect(byName.get('Hà Nội')!.value_change).toBeCloseTo(1.07, 10);
		expect(byName.get('Quảng Ninh')).toMatchObject({ prev_rank: 1, rank_change: -1, change_note: null });
		// Hải Phòng merges in 2025, which says nothing of 2023 → 2024
		expect(byName.get('Hải Phòng')).toMatchObject({ prev_rank: 2, rank_change: 1, change_note: null });
		expect(byName.get('Đà Nẵng')).toMatchObject({ prev_rank: null, rank_change: null, change_note: 'new' });
	});

	it('never mixes the sample with imported data', async () => {
		const sample = await rank({ year: 2024, sample: true });
		expect(sample.map((r) => [r.rank, r.name, r.is_sample])).toEqual([
			[1, 'Cao Bằng', true],
			[2, 'Hà Nội', true]
		]);
		expect((await rank({ year: 2024 })).some((r) => r.name === 'Cao Bằng')).toBe(false);
	});

	it('ranks 2025 on the 34 provinces only, counting what is keyed on the 63', async () => {
		const rows = await rank({});
		expect(rows.map((r) => [r.year, r.rank, r.unit_key])).toEqual([
			[2025, 1, 'qd19:31'],
			[2025, 2, 'qd19:01'],
			[2025, 3, 'qd19:22']
		]);
		expect(rows.every((r) => r.other_system_rows === 1 && r.ranked_of === 3)).toBe(true);
	});

	it('across 63 → 34 compares no ranks; a merged province gets no score change either', async () => {
		const byKey = new Map((await rank({ year: 2025 })).map((r) => [r.unit_key, r]));
		expect(byKey.get('qd19:31')).toMatchObject({
			change_note: 'merged',
			rank_change: null,
			value_change: null
		});
		expect(byKey.get('qd19:01')).toMatchObject({
			change_note: 'list_changed',
			rank_change: null,
			prev_rank: 2,
			prev_ranked_of: 4
		});
		expect(byKey.get('qd19:01')!.value_change).toBeCloseTo(1.5, 10);
	});

	it('ranks agencies within their province, pairing each with itself across 2025', async () => {
		const y2024 = await rank({ unitKind: 'agency', scope: 'gso63:22', year: 2024 });
		expect(y2024.map((r) => [r.rank, r.unit_key])).toEqual([
			[1, 'local:gso63-22:y-te'],
			[2, 'local:gso63-22:tu-phap']
		]);
		const y2025 = await rank({ unitKind: 'agency', scope: 'qd19:22' });
		expect(y2025.map((r) => [r.rank, r.name, r.prev_rank, r.change_note])).toEqual([
			[1, 'Sở Tư pháp', 2, 'list_changed'],
			[2, 'Sở Y tế', 1, 'list_changed']
		]);
		expect(y2025[0]!.value_change).toBeCloseTo(6.67, 10);
	});

	it('names a unit as it was named that year', async () => {
		await db.exec(`INSERT INTO unit_names VALUES ('gso63:22', 'Tỉnh Quảng Ninh (tên cũ)', NULL, '2023-12-31'),
			('gso63:22', 'Quảng Ninh', '2024-01-01', NULL)`);
		const name = async (year: number) => (await rank({ year })).find((r) => r.unit_key === 'gso63:22')?.name;
		expect(await name(2023)).toBe('Tỉnh Quảng Ninh (tên cũ)');
		expect(await name(2024)).toBe('Quảng Ninh');
		await db.exec(`DELETE FROM unit_names`);
	});

	it('ranks a component, and returns nothing for a year without data', async () => {
		const rows = await rank({ year: 2024, component: 'LV1' });
		expect(rows.map((r) => [r.rank, r.unit_key, r.value])).toEqual([[1, 'gso63:48', 9]]);
		expect(await rank({ year: 2010 })).toEqual([]);
	});

	it('keeps the group as published', async () => {
		const [row] = await rank({ indexCode: 'PCI', sample: false });
		expect(row).toMatchObject({ group_label: 'Khá', rank: 1 });
	});

	it('lists components and choices for the page', async () => {
		const components = await db.query(rankingComponentsSql({ ...base, year: 2024 }));
		expect(components).toEqual([
			{ unit_key: 'gso63:48', component_code: 'LV1', value: 9, points: null, max_points: null }
		]);
		const choices = await db.query<{ unit_kind: string; parent_key: string | null; year: number }>(
			rankingChoicesSql('PAR')
		);
		expect(choices.filter((c) => c.unit_kind === 'agency').map((c) => [c.year, c.parent_key])).toEqual([
			[2024, 'gso63:01'],
			[2024, 'gso63:22'],
			[2025, 'qd19:22']
		]);
	});
});

describe('rankingSql agrees with the pure ranking maths on generated data', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
	});
	afterAll(() => db.close());

	it('200 units, two years, values on a coarse grid (many ties) and some missing', async () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const value = () => (random() < 0.05 ? null : Math.round(random() * 40) / 2 + 70);
		const keys = Array.from({ length: 200 }, (_, i) => `gso63:${String(i).padStart(3, '0')}`);
		const y1 = keys.map(value);
		const y2 = keys.map(value);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
			VALUES ('g.csv', 'g', 'scores', 0, 0, 0)`);
		const rows = keys.flatMap((k, i) => [
			`(1, 'PAPI', 2020, '${k}', 'province', ${y1[i] ?? 'NULL'})`,
			`(1, 'PAPI', 2021, '${k}', 'province', ${y2[i] ?? 'NULL'})`
		]);
		await db.exec(
			`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, value) VALUES ${rows.join(',')}`
		);
		const got = await db.query<RankingRow>(
			rankingSql({
				indexCode: 'PAPI',
				year: 2021,
				component: null,
				unitKind: 'province',
				scope: null,
				sample: false
			})
		);
		const r1 = competitionRanks(y1);
		const r2 = competitionRanks(y2);
		const byKey = new Map(got.map((r) => [r.unit_key, r]));
		keys.forEach((k, i) => {
			const row = byKey.get(k)!;
			expect(row.rank).toBe(r2[i]);
			expect(row.prev_rank).toBe(r1[i]);
			expect(row.rank_change).toBe(rankChange(r1[i], r2[i]));
		});
		expect(got[0]!.ranked_of).toBe(y2.filter((v) => v !== null).length);
	});
});

describe('rankingSourcesSql', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('par-2024.csv', 'a', 'scores', false, 0, 0, 0), ('par-2024-sua.csv', 'b', 'scores', false, 0, 0, 0),
			('par-2024-linh-vuc.csv', 'c', 'scores', false, 0, 0, 0), ('mau.csv', 'd', 'scores', true, 0, 0, 0)`);
		// The corrected file (2) replaces both totals of the first (1); file 3 brings a domain only.
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 2024, 'gso63:01', 'province', NULL, 80.0), (1, 'PAR', 2024, 'gso63:22', 'province', NULL, 90.0),
			(2, 'PAR', 2024, 'gso63:01', 'province', NULL, 81.0), (2, 'PAR', 2024, 'gso63:22', 'province', NULL, 91.0),
			(1, 'PAR', 2024, 'gso63:01', 'province', 'LV1', 9.0), (3, 'PAR', 2024, 'gso63:22', 'province', 'LV1', 8.0),
			(4, 'PAR', 2024, 'gso63:04', 'province', NULL, 70.0)`);
	});
	afterAll(() => db.close());

	const args: RankingArgs & { year: number } = {
		indexCode: 'PAR',
		year: 2024,
		component: null,
		unitKind: 'province',
		scope: null,
		sample: false
	};
	const files = async (a: RankingArgs & { year: number }) =>
		(await db.query<{ file_name: string }>(rankingSourcesSql(a))).map((r) => r.file_name);

	it.each([
		['the total: only the file that replaced the first', null, false, ['par-2024-sua.csv']],
		[
			'a domain: both files that supply a unit of it',
			'LV1',
			false,
			['par-2024.csv', 'par-2024-linh-vuc.csv']
		],
		['the sample, never the imports', null, true, ['mau.csv']]
	] as const)('lists %s', async (_, component, sample, expected) => {
		expect(await files({ ...args, component, sample })).toEqual(expected);
	});
});
