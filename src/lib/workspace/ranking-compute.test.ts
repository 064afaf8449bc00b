import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { rankingSql, type RankingArgs, type RankingRow } from '$lib/sql/ranking-sql';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { computeRanking } from './ranking-compute';
import { runRanking } from './ranking-run';

/*
 * computeRanking against its independent twin, the one-statement ranking SQL, on generated data that has every
 * case at once: ties, missing values, two imports of the same figures, 63 → 34 with merges and 1:1 successions,
 * rows keyed on the other list, agencies whose province merged or did not.
 */

function lcg(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const pad = (n: number) => String(n).padStart(2, '0');

async function generated(db: Database) {
	const random = lcg(11);
	const value = () => (random() < 0.06 ? 'NULL' : String(70 + Math.round(random() * 30) / 2));
	const units: string[] = [];
	const scores: string[] = [];
	const successions: string[] = [];
	for (let i = 0; i < 50; i++)
		units.push(`('gso63:${pad(i)}', 'GSO-63', '${pad(i)}', 'Tỉnh ${i}', 'province', NULL, 'R${i % 3}')`);
	for (let k = 0; k < 30; k++)
		units.push(
			`('qd19:${pad(k)}', 'QD19-2025', '${pad(k)}', 'Tỉnh mới ${k}', 'province', NULL, 'R${k % 3}')`
		);
	for (let i = 0; i < 40; i++)
		successions.push(`('gso63:${pad(i)}', 'qd19:${pad(Math.floor(i / 2))}', '2025-07-01', NULL)`);
	for (let i = 40; i < 50; i++)
		successions.push(`('gso63:${pad(i)}', 'qd19:${pad(i - 20)}', '2025-07-01', NULL)`);
	for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
		const keys =
			year >= 2025
				? Array.from({ length: 30 }, (_, k) => `qd19:${pad(k)}`)
				: Array.from({ length: 50 }, (_, i) => `gso63:${pad(i)}`);
		for (const key of keys)
			if (random() > 0.04) scores.push(`(1, ${year}, '${key}', 'province', ${value()})`);
		// a few rows keyed on the other list, and a newer import correcting some figures
		scores.push(`(1, ${year}, '${year >= 2025 ? 'gso63:41' : 'qd19:21'}', 'province', ${value()})`);
		for (const key of keys.slice(0, 5)) scores.push(`(2, ${year}, '${key}', 'province', ${value()})`);
	}
	for (const [parent, system] of [
		['gso63:40', 'gso63'],
		['gso63:00', 'gso63'],
		['qd19:20', 'qd19'],
		['qd19:00', 'qd19']
	]) {
		for (const code of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const key = `local:${system}-${parent!.split(':')[1]}:${code}`;
			units.push(`('${key}', 'local', '${code}', 'Sở ${code.toUpperCase()}', 'agency', '${parent}', NULL)`);
			for (const year of system === 'gso63' ? [2022, 2023, 2024] : [2025, 2026])
				if (random() > 0.1) scores.push(`(1, ${year}, '${key}', 'agency', ${value()})`);
		}
	}
	await db.exec(`INSERT INTO imports (file_name, sha256, kind, rows_read, rows_loaded, rows_rejected)
		VALUES ('a.csv', 'a', 'scores', 0, 0, 0), ('b.csv', 'b', 'scores', 0, 0, 0)`);
	await db.exec(
		`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key, region) VALUES ${units.join(',')}`
	);
	await db.exec(`INSERT INTO unit_successions VALUES ${successions.join(',')}`);
	await db.exec(`INSERT INTO index_scores (import_id, year, unit_key, unit_kind, value, index_code)
		SELECT *, 'PAR' FROM (VALUES ${scores.join(',')})`);
}

const FIELDS = [
	'year',
	'unit_key',
	'name',
	'region',
	'parent_key',
	'rank',
	'ranked_of',
	'prev_year',
	'prev_rank',
	'prev_ranked_of',
	'rank_change',
	'change_note',
	'other_system_rows',
	'is_sample'
] as const;

describe('computeRanking agrees with the ranking SQL', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await generated(db);
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
	const cases: Partial<RankingArgs>[] = [
		...[null, 2021, 2022, 2023, 2024, 2025, 2026, 2019].map((year) => ({ year })),
		...['gso63:40', 'gso63:00', 'qd19:20', 'qd19:00'].flatMap((scope) =>
			[null, 2023, 2024, 2025].map((year) => ({ unitKind: 'agency', scope, year }))
		)
	];

	it.each(cases)('%o', async (over) => {
		const args = { ...base, ...over };
		const viaSql = await db.query<RankingRow>(rankingSql(args));
		const viaTs = await runRanking(db, args);
		const key = (rows: RankingRow[]) => new Map(rows.map((r) => [r.unit_key, r]));
		expect([...key(viaTs).keys()].sort()).toEqual([...key(viaSql).keys()].sort());
		const sqlByKey = key(viaSql);
		for (const ts of viaTs) {
			const sql = sqlByKey.get(ts.unit_key)!;
			for (const field of FIELDS)
				expect([ts.unit_key, field, ts[field]]).toEqual([ts.unit_key, field, sql[field]]);
			for (const field of ['value', 'prev_value', 'value_change'] as const)
				if (sql[field] === null) expect(ts[field]).toBeNull();
				else expect(ts[field]).toBeCloseTo(sql[field]!, 9);
		}
		expect(viaTs.map((r) => r.rank)).toEqual(viaSql.map((r) => r.rank));
	});

	it('the generated data has what it is meant to test', async () => {
		const all = (await Promise.all(cases.map((c) => runRanking(db, { ...base, ...c })))).flat();
		const notes = new Set(all.map((r) => r.change_note));
		expect(notes).toEqual(new Set([null, 'new', 'merged', 'list_changed']));
		expect(all.some((r) => r.rank_change !== null && r.rank_change > 0)).toBe(true);
		expect(all.some((r) => r.rank === null)).toBe(true);
		expect(all.some((r) => r.other_system_rows > 0)).toBe(true);
		const ranks = all.filter((r) => r.year === 2024 && r.unit_kind === 'province').map((r) => r.rank);
		expect(new Set(ranks).size).toBeLessThan(ranks.length); // ties
	});
});

describe('computeRanking by hand', () => {
	const row = (unit_key: string, year: number, value: number | null, import_id = 1) => ({
		import_id,
		year,
		unit_key,
		value,
		group_label: null,
		method_version: null,
		published_rank: null,
		name: unit_key,
		region: null,
		parent_key: null,
		code: null
	});
	const args: RankingArgs = {
		indexCode: 'PAR',
		year: null,
		component: null,
		unitKind: 'province',
		scope: null,
		sample: true
	};

	it('ranks the latest year, ties share a rank, the unit without value is last and unranked', () => {
		const rows = computeRanking(
			[
				row('gso63:a', 2024, 90),
				row('gso63:b', 2024, 80),
				row('gso63:c', 2024, 90),
				row('gso63:d', 2024, null),
				row('gso63:a', 2023, 70)
			],
			[],
			args
		);
		expect(rows.map((r) => [r.unit_key, r.rank, r.ranked_of, r.change_note])).toEqual([
			['gso63:a', 1, 3, null],
			['gso63:c', 1, 3, 'new'],
			['gso63:b', 3, 3, 'new'],
			['gso63:d', null, 3, 'new']
		]);
		expect(rows[0]).toMatchObject({ prev_rank: 1, rank_change: 0, value_change: 20, is_sample: true });
	});

	it('takes a unit and year from its newest import, whatever the order of the rows', () => {
		const rows = computeRanking(
			[
				row('gso63:a', 2024, 95, 3),
				row('gso63:a', 2024, 50, 1),
				row('gso63:b', 2024, 80, 2),
				row('gso63:a', 2024, 60, 2)
			],
			[],
			args
		);
		expect(rows.map((r) => [r.unit_key, r.value, r.rank])).toEqual([
			['gso63:a', 95, 1],
			['gso63:b', 80, 2]
		]);
	});

	it('returns nothing when the index has no value at all', () => {
		expect(computeRanking([row('gso63:a', 2024, null)], [], args)).toEqual([]);
		expect(computeRanking([], [], args)).toEqual([]);
	});
});
