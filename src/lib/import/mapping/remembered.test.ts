import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { recallMapping, rememberMapping } from './remembered';

describe('remembered mappings', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
	});
	afterAll(() => db.close());

	const headers = ['Mã phiếu', 'Năm', 'Đơn vị', 'Ý kiến 1'];

	it('finds nothing for a header seen for the first time', async () => {
		expect(await recallMapping(db, headers)).toBeNull();
	});

	it('recalls the last mapping for the same header, case and accents aside', async () => {
		await rememberMapping(db, headers, { target: 'survey', mapping: { respondent_key: 0, unit_key: 2 } });
		await rememberMapping(db, headers, {
			target: 'survey',
			mapping: { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 }
		});
		expect(await recallMapping(db, ['MÃ PHIẾU', 'nam', 'Don vi', 'Y KIEN 1'])).toEqual({
			target: 'survey',
			mapping: { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 }
		});
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM import_mappings')).toEqual([{ n: 1 }]);
	});

	it('does not apply to another header, and drops columns a stored mapping no longer fits', async () => {
		expect(await recallMapping(db, [...headers, 'Ghi chú'])).toBeNull();
		await db.exec(`UPDATE import_mappings SET mapping = '{"respondent_key":0,"q9_02":9,"x":"y"}'`);
		expect(await recallMapping(db, headers)).toEqual({ target: 'survey', mapping: { respondent_key: 0 } });
	});
});
