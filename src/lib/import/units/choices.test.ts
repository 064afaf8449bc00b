import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { loadRegistry } from '$lib/workspace/registry';
import { syncRegistry } from '$lib/workspace/registry-sync';
import { setUpTables } from '$lib/workspace/setup';
import { loadAliases, recordingResolver, saveUnitChoices, suggestionDate, unmatchedUnits } from './choices';
import { suggestedUnits, unitGroups } from './picker';
import { makeUnitResolver } from './resolve';

describe('unit choices', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		await db.exec(
			`CREATE TEMP TABLE issues (line INTEGER, "column" VARCHAR, value VARCHAR, code VARCHAR, detail VARCHAR)`
		);
		await db.exec(`INSERT INTO issues VALUES
			(2, 'Đơn vị', 'Sở Nội vụ', 'unknown_unit', ''),
			(3, 'Đơn vị', ' Sở Nội vụ ', 'unknown_unit', ''),
			(4, 'Đơn vị', 'SỞ NỘI VỤ', 'unknown_unit', ''),
			(5, 'Đơn vị', 'Quảng Nnh', 'unknown_unit', 'Có phải: Quảng Ninh?'),
			(6, 'Q1', '6', 'likert_out_of_scale', '1–5')`);
	});
	afterAll(() => db.close());

	it('lists each unmatched name once, spaces and case aside, most rows first', async () => {
		expect(await unmatchedUnits(db, 'issues')).toEqual([
			{ text: 'Sở Nội vụ', code: 'unknown_unit', detail: '', rows: 3, years: [] },
			{ text: 'Quảng Nnh', code: 'unknown_unit', detail: 'Có phải: Quảng Ninh?', rows: 1, years: [] }
		]);
	});

	it("notes the years each unmatched name was looked up in, and suggests the units of the rows' latest year", async () => {
		const registry = createRegistry();
		const recorder = recordingResolver(makeUnitResolver(registry));
		expect(recorder.resolve('Sở Nội vụ', 2025)).toMatchObject({ code: 'unknown_unit' });
		expect(recorder.resolve(' SỞ NỘI VỤ', 2023)).toMatchObject({ code: 'unknown_unit' });
		expect(recorder.resolve('Sở Nội vụ', null)).toMatchObject({ code: 'unknown_unit' });
		// A year that cannot date a unit is not noted: "224-12-31" would be no date to suggest at.
		expect(recorder.resolve('Sở Nội vụ', 224)).toMatchObject({ code: 'unknown_unit' });
		expect(recorder.resolve('Sở Nội vụ', 99_999)).toMatchObject({ code: 'unknown_unit' });
		expect(recorder.resolve('Hà Nội', 2024)).toEqual({ unitKey: 'gso63:01' }); // matched: not noted
		expect(recorder.yearsOf('sở nội vụ')).toEqual([2023, 2025]);
		expect(recorder.yearsOf('Hà Nội')).toEqual([]);
		const [first] = await unmatchedUnits(db, 'issues', recorder.yearsOf);
		expect(first).toMatchObject({ text: 'Sở Nội vụ', years: [2023, 2025] });
		expect(suggestionDate(first!, '2026-11-23')).toBe('2025-12-31');
		expect(suggestionDate({ ...first!, years: [] }, '2026-11-23')).toBe('2026-11-23');
		// "Ha Noii" in a 2024 file is Hà Nội of the 63 provinces; in 2026, Hà Nội of the 34.
		const in2024 = suggestedUnits(registry, 'Ha Noii', suggestionDate({ ...first!, years: [2024] }, ''));
		expect(in2024[0]!.key).toBe('gso63:01');
		expect(suggestedUnits(registry, 'Ha Noii', '2026-11-23')[0]!.key).toBe('qd19:01');
	});

	it('offers the registry suggestions first', () => {
		const registry = createRegistry();
		expect(suggestedUnits(registry, 'Quảng Nnh', '2024-12-31')[0]!.key).toBe('gso63:22');
		const groups = unitGroups(registry, [], '2026-12-31');
		expect(groups.map((g) => [g.list, g.units.length])).toEqual([
			['34', 34],
			['63', 63]
		]);
		expect(groups[0]!.units[0]!.name).toBe('An Giang');
	});

	it('remembers a registry unit and a new local unit, and the next check matches both', async () => {
		const added = await saveUnitChoices(db, [
			{ text: 'Quảng Nnh', unitKey: 'gso63:22' },
			{ text: 'Sở Nội vụ', newUnit: { parentKey: 'gso63:22', name: 'Sở Nội vụ', kind: 'agency' } }
		]);
		expect(added.map((u) => u.key)).toEqual(['local:gso63-22:noi-vu']);
		const aliases = await loadAliases(db);
		expect([...aliases]).toEqual([
			['quang nnh', 'gso63:22'],
			['so noi vu', 'local:gso63-22:noi-vu']
		]);
		const resolve = makeUnitResolver(await loadRegistry(db), aliases, 'gso63:22');
		expect(resolve('quảng  nnh', 2024)).toEqual({ unitKey: 'gso63:22' });
		expect(resolve('SỞ NỘI VỤ', 2024)).toEqual({ unitKey: 'local:gso63-22:noi-vu' });
		expect(resolve('Sở Tư pháp', 2024)).toMatchObject({ code: 'unknown_unit' });
	});

	it('changes an answer instead of keeping two, and a registry update keeps the answers', async () => {
		await saveUnitChoices(db, [{ text: 'Quảng Nnh', unitKey: 'qd19:22' }]);
		await db.transaction((tx) => syncRegistry(tx));
		expect((await loadAliases(db)).get('quang nnh')).toBe('qd19:22');
		expect(
			await db.query("SELECT count(*)::INTEGER AS n FROM unit_aliases WHERE source = 'analyst'")
		).toEqual([{ n: 2 }]);
	});
});

describe('answers never override the registry', () => {
	it('uses an answer only for a name the registry does not know or cannot tell apart', () => {
		const registry = createRegistry();
		const aliases = new Map([
			['ha giang', 'qd19:08'],
			['ha noi', 'gso63:01'],
			['quang nnh', 'gso63:22']
		]);
		const resolve = makeUnitResolver(registry, aliases);
		// Found in the row's year: the registry decides, whatever the answer says.
		expect(resolve('Hà Giang', 2023)).toEqual({ unitKey: 'gso63:02' });
		// Not known: the answer.
		expect(resolve('Quảng Nnh', 2023)).toEqual({ unitKey: 'gso63:22' });
		// Cannot be told apart without a year: the answer.
		expect(resolve('Hà Nội', null)).toEqual({ unitKey: 'gso63:01' });
		expect(resolve('Hà Nội', 2026)).toEqual({ unitKey: 'qd19:01' });
	});
});
