import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { ddciDefaultConfig, deviceDdciConfig, type DdciConfig } from '$lib/indices';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import {
	ddciVersionForScope,
	readDdciConfig,
	removeDdciConfig,
	saveDdciConfig,
	twinKey,
	useDdciOf
} from './ddci-config';
import { runRanking } from './ranking-run';
import { setAnalystProvince } from './registry-province';
import { setUpTables } from './setup';

/* Each province's DDCI configuration on a real device database, and what the import and rankings get of it. */

const QUANG_NINH: DdciConfig = {
	format: 1,
	source: '15/QĐ-UBND',
	totalMax: 100,
	subIndices: [
		{ code: 'transparency', nameVi: 'Tính minh bạch', aliases: [], weight: 40, max: 10 },
		{ code: 'VTNDD', nameVi: 'Vai trò người đứng đầu', aliases: ['Người đứng đầu'], weight: 60, max: 10 }
	],
	groups: {
		kind: 'thresholds',
		groups: [
			{ label: 'Tốt', min: 80 },
			{ label: 'Khá', min: null }
		]
	}
};

describe('a province’s DDCI configuration on the device', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('is the catalog’s default where none was saved', async () => {
		expect(await readDdciConfig(db, 'gso63:22')).toEqual({
			province: 'gso63:22',
			config: ddciDefaultConfig(),
			saved: false,
			savedAt: null,
			unreadable: false
		});
	});

	it('reads back what was saved, per province', async () => {
		const when = new Date('2026-12-05T03:04:05Z');
		await saveDdciConfig(db, 'gso63:22', QUANG_NINH, when);
		expect(await readDdciConfig(db, 'gso63:22')).toEqual({
			province: 'gso63:22',
			config: QUANG_NINH,
			saved: true,
			savedAt: '2026-12-05T03:04:05.000Z',
			unreadable: false
		});
		expect((await readDdciConfig(db, 'gso63:86')).saved).toBe(false);
	});

	it('refuses to save weights that do not sum to 100, and keeps what was there', async () => {
		const bad = { ...QUANG_NINH, subIndices: QUANG_NINH.subIndices.map((s) => ({ ...s, weight: 30 })) };
		await expect(saveDdciConfig(db, 'gso63:22', bad)).rejects.toThrow(/ddci.error.weightSum/);
		expect((await readDdciConfig(db, 'gso63:22')).config).toEqual(QUANG_NINH);
	});

	it('says so when what is stored no longer reads, and uses the default', async () => {
		await db.exec(
			`INSERT OR REPLACE INTO chiso_meta VALUES ('ddci_config:gso63:01', '{"savedAt":"x","config":{}}')`
		);
		expect(await readDdciConfig(db, 'gso63:01')).toMatchObject({ saved: false, unreadable: true });
		expect((await readDdciConfig(db, 'gso63:01')).config).toEqual(ddciDefaultConfig());
	});

	it('hands the analyst’s province’s configuration to the import, and follows a change of province', async () => {
		await useDdciOf(db, null);
		expect(deviceDdciConfig()).toBeNull();
		await setAnalystProvince(db, 'gso63:22');
		expect(deviceDdciConfig()).toEqual(QUANG_NINH);
		await setAnalystProvince(db, 'gso63:86');
		expect(deviceDdciConfig()).toBeNull();
		// Saved for the analyst's province: the import gets it at once; for another: nothing changes.
		const vinhLong = { ...QUANG_NINH, source: 'Vĩnh Long' };
		await saveDdciConfig(db, 'gso63:86', vinhLong);
		expect(deviceDdciConfig()).toEqual(vinhLong);
		await saveDdciConfig(db, 'gso63:22', { ...QUANG_NINH, source: 'sửa' });
		expect(deviceDdciConfig()).toEqual(vinhLong);
		await removeDdciConfig(db, 'gso63:86');
		expect(deviceDdciConfig()).toBeNull();
		await setAnalystProvince(db, 'gso63:22');
		expect(deviceDdciConfig()?.source).toBe('sửa');
		// Quảng Ninh chosen in the list of 34: the configuration saved under its key of the 63 serves.
		await setAnalystProvince(db, 'qd19:22');
		expect(deviceDdciConfig()?.source).toBe('sửa');
		await saveDdciConfig(db, 'qd19:22', { ...QUANG_NINH, source: '34' });
		expect(deviceDdciConfig()?.source).toBe('34');
		await removeDdciConfig(db, 'qd19:22');
		expect(deviceDdciConfig()?.source).toBe('sửa');
		// Saving under the twin key while the analyst's own key has one: the own key's stays.
		await setAnalystProvince(db, 'gso63:22');
		await saveDdciConfig(db, 'qd19:22', { ...QUANG_NINH, source: '34' });
		expect(deviceDdciConfig()?.source).toBe('sửa');
	});

	it.each([
		['gso63:22', 'qd19:22'],
		['qd19:01', 'gso63:01'],
		['local:gso63-22:y-te', null]
	])('the twin of %s is %s', (key, twin) => {
		expect(twinKey(key)).toBe(twin);
	});
});

describe('DDCI rankings on the sample', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
	});
	afterAll(() => db.close());

	const ranking = (unitKind: string) =>
		runRanking(db, {
			indexCode: 'DDCI',
			year: 2024,
			component: null,
			unitKind,
			scope: 'gso63:22',
			sample: true
		});

	it('ranks agencies and districts separately, each from 1 to its own count', async () => {
		const agencies = await ranking('agency');
		const districts = await ranking('district');
		for (const [rows, kind] of [
			[agencies, 'agency'],
			[districts, 'district']
		] as const) {
			expect(rows.length).toBeGreaterThan(5);
			expect(new Set(rows.map((r) => r.unit_kind))).toEqual(new Set([kind]));
			expect(rows.every((r) => r.ranked_of === rows.length)).toBe(true);
			expect(Math.min(...rows.map((r) => r.rank ?? Infinity))).toBe(1);
		}
		expect(agencies.some((r) => r.name.startsWith('Sở '))).toBe(true);
		expect(districts.some((r) => r.name.startsWith('Huyện '))).toBe(true);
		const keys = new Set(agencies.map((r) => r.unit_key));
		expect(districts.some((r) => keys.has(r.unit_key))).toBe(false);
	});

	it('uses the province’s own configuration for its units, saved under either of its keys', async () => {
		expect(await ddciVersionForScope(db, 'gso63:22')).toBeUndefined();
		await saveDdciConfig(db, 'qd19:22', QUANG_NINH);
		const version = await ddciVersionForScope(db, 'gso63:22');
		expect(version?.components.map((c) => [c.code, c.nameVi])).toEqual([
			['transparency', 'Tính minh bạch'],
			['VTNDD', 'Vai trò người đứng đầu']
		]);
		expect(version?.groupScheme?.kind).toBe('fixed_thresholds');
		// Saved under its own key, that one wins.
		await saveDdciConfig(db, 'gso63:22', { ...QUANG_NINH, source: 'riêng' });
		expect((await ddciVersionForScope(db, 'gso63:22'))?.decisionRef).toBe('riêng');
		expect(await ddciVersionForScope(db, 'gso63:86')).toBeUndefined();
		expect(await ddciVersionForScope(db, null)).toBeUndefined();
	});
});
