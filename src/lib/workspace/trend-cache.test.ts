import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { trendViewOn, type TrendRequest } from './trend-queries';

/*
 * The trends cache on the real engine: which statements a filter change asks, and that an import added or
 * removed is seen at once. The database is the real one, wrapped only to write down each statement asked.
 */

const ask = (over: Partial<TrendRequest> = {}): TrendRequest => ({
	index: 'PAR',
	component: null,
	kind: 'province',
	units: ['gso63:01'],
	from: null,
	to: null,
	sample: false,
	...over
});

describe('trendViewOn’s cache', () => {
	let real: Database;
	let db: Database;
	const asked: string[] = [];
	/** The first word after FROM of each statement asked since the last call. */
	const tables = () => asked.splice(0).map((sql) => /FROM\s+(\w+)/.exec(sql)?.[1]);

	beforeAll(async () => {
		real = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await real.exec(sql);
		await real.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('par.csv', 'a', 'scores', false, 0, 0, 0)`);
		await real.exec(`INSERT INTO units (unit_key, code_system, code, name, kind) VALUES
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province'), ('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province')`);
		await real.exec(`INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 'M', 2022, 'gso63:01', 'province', NULL, 80), (1, 'PAR', 'M', 2022, 'gso63:31', 'province', NULL, 90),
			(1, 'PCI', 'P', 2022, 'gso63:01', 'province', NULL, 60)`);
		db = {
			...real,
			query: (sql, params) => {
				asked.push(sql);
				return real.query(sql, params);
			}
		};
	});
	afterAll(() => real.close());

	it('reads what exists, names, successions and imports once, then one statement a change', async () => {
		expect((await trendViewOn(db, ask())).rows.map((r) => r.value)).toEqual([80]);
		expect(tables()).toEqual([
			'imports',
			'index_scores',
			'units',
			'unit_successions',
			'imports',
			'index_scores'
		]);
		expect((await trendViewOn(db, ask({ units: ['gso63:31'] }))).rows.map((r) => r.value)).toEqual([90]);
		expect(tables()).toEqual(['imports']); // another unit of the same index: the stamp, the rows are at hand
		expect((await trendViewOn(db, ask({ index: 'PCI' }))).rows.map((r) => r.value)).toEqual([60]);
		expect(tables()).toEqual(['index_scores']); // another index: its rows, with the stamp in the same answer
	});

	it('sees an import at once, and its removal', async () => {
		await real.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected) VALUES
			('par-2023.csv', 'b', 'scores', false, 0, 0, 0)`);
		await real.exec(`INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code, value) VALUES
			(2, 'PAR', 'M', 2023, 'gso63:01', 'province', NULL, 85)`);
		const added = await trendViewOn(db, ask());
		expect(added.rows.map((r) => [r.year, r.value])).toEqual([
			[2022, 80],
			[2023, 85]
		]);
		expect(added.choices.years).toEqual([2022, 2023]);
		await real.exec(`DELETE FROM index_scores WHERE import_id = 2`);
		await real.exec(`DELETE FROM imports WHERE import_id = 2`);
		const removed = await trendViewOn(db, ask());
		expect(removed.rows.map((r) => [r.year, r.value])).toEqual([[2022, 80]]);
		expect(removed.choices.years).toEqual([2022]);
	});
});
