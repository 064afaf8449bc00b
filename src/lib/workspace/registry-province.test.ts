import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { analystProvince, setAnalystProvince } from './registry-province';
import { setUpTables } from './setup';

describe('the analyst’s province', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('is unknown on an empty device', async () => {
		expect(await analystProvince(db)).toBeNull();
	});

	it('is the sample’s own (Quảng Ninh), said to be the sample’s, until the analyst chooses', async () => {
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		expect(await analystProvince(db)).toEqual({ key: 'gso63:22', source: 'sample' });
	});

	it('is the one chosen, and can be changed', async () => {
		await setAnalystProvince(db, 'gso63:86');
		expect(await analystProvince(db)).toEqual({ key: 'gso63:86', source: 'analyst' });
		await setAnalystProvince(db, 'qd19:86');
		expect(await analystProvince(db)).toEqual({ key: 'qd19:86', source: 'analyst' });
	});
});
