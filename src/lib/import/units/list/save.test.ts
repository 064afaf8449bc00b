import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { loadRegistry } from '$lib/workspace/registry';
import { setUpTables } from '$lib/workspace/setup';
import { loadAliases } from '../choices';
import { makeUnitResolver } from '../resolve';
import { checkUnitList } from './check';
import { readListFile, type ListTable } from './read';
import { applyPlan, ListNotCheckedError, saveEdit } from './save';
import { provinceUnits } from './view';

const VINH_LONG = 'gso63:86';
const FILE = path.resolve('tests/fixtures/import/units/danh-muc-vinh-long.csv');

describe('a unit list in the device database', () => {
	let db: Database;
	let table: ListTable;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const read = await readListFile('danh-muc-vinh-long.csv', new Uint8Array(fs.readFileSync(FILE)));
		if (!read.ok) throw new Error(read.problems.join('; '));
		table = read.table;
	});
	afterAll(() => db.close());

	const plan = async (t: ListTable, province = VINH_LONG) => {
		const registry = await loadRegistry(db);
		return checkUnitList(t, registry, province, provinceUnits(registry, province));
	};
	const resolver = async (province: string | null) =>
		makeUnitResolver(await loadRegistry(db), await loadAliases(db), province);

	it('lands, and an import’s matching then finds Vĩnh Long’s units by name and by code', async () => {
		await applyPlan(db, await plan(table));
		const rows = await db.query<{ n: number }>(
			"SELECT count(*)::INTEGER AS n FROM units WHERE code_system = 'local' AND unit_key LIKE 'local:gso63-86%'"
		);
		expect(rows).toEqual([{ n: 9 }]);
		const resolve = await resolver(VINH_LONG);
		expect(resolve('UBND huyện Long Hồ', 2024)).toEqual({ unitKey: 'local:gso63-86:long-ho' });
		expect(resolve('Huyện Long Hồ', 2023)).toEqual({ unitKey: 'local:gso63-86:long-ho' });
		expect(resolve('Thị trấn Long Hồ', 2024)).toEqual({ unitKey: 'local:gso63-86:long-ho:long-ho' });
		expect(resolve(' h62.05 ', 2024)).toEqual({ unitKey: 'local:gso63-86:tu-phap' });
		// A 2026 row is matched among the units of the 34's Vĩnh Long, which has no districts; and Quảng
		// Ninh's files never reach Vĩnh Long's units.
		expect(resolve('UBND huyện Long Hồ', 2026)).toMatchObject({ code: 'unknown_unit' });
		const quangNinh = await resolver('gso63:22');
		expect(quangNinh('UBND huyện Long Hồ', 2024)).toMatchObject({ code: 'unknown_unit' });
		expect(quangNinh('H62.05', 2024)).toMatchObject({ code: 'unknown_unit' });
	});

	it('read again, changes nothing', async () => {
		const again = await plan(table);
		expect([again.adds.length, again.updates.length, again.unchanged, again.problems]).toEqual([0, 0, 9, []]);
	});

	it('keeps matching a renamed unit by its old name', async () => {
		const registry = await loadRegistry(db);
		const before = registry.get('local:gso63-86:tu-phap')!;
		await saveEdit(db, before, { ...before, name: 'Sở Tư pháp tỉnh Vĩnh Long' });
		const resolve = await resolver(VINH_LONG);
		expect(resolve('Sở Tư pháp tỉnh Vĩnh Long', 2024)).toEqual({ unitKey: before.key });
		expect(resolve('Sở Tư pháp', 2024)).toEqual({ unitKey: before.key });
	});

	it('applies nothing of a list with a problem, nor of one that fails half-way', async () => {
		const names = () =>
			db.query<{ unit_key: string; name: string }>(
				"SELECT unit_key, name FROM units WHERE code_system = 'local' ORDER BY unit_key"
			);
		const start = await names();
		const list = (...names: string[]): ListTable => ({
			headers: ['Tên đơn vị', 'Loại'],
			rows: names.map((name, i) => ({ line: i + 2, fields: [name, 'Sở'] })),
			notices: []
		});
		const refused = await plan(list('Sở Nội vụ', ''));
		await expect(applyPlan(db, refused)).rejects.toThrow(ListNotCheckedError);
		expect(await names()).toEqual(start);
		// Checked before another tab added "Sở Nội vụ": the rename of Sở Xây dựng goes back with the failed insert.
		const stale = await plan(list('SỞ XÂY DỰNG', 'Sở Nội vụ'));
		expect([stale.updates.length, stale.adds.length]).toEqual([1, 1]);
		await applyPlan(db, await plan(list('Sở Nội vụ')));
		const added = await names();
		await expect(applyPlan(db, stale)).rejects.toThrow();
		expect(await names()).toEqual(added);
		expect(added.find((r) => r.unit_key === 'local:gso63-86:xay-dung')?.name).toBe('Sở Xây dựng');
	});
});
