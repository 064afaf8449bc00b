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
			mapping: { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 },
			from: null
		});
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM import_mappings')).toEqual([{ n: 1 }]);
	});

	it('does not apply to another header, and drops columns a stored mapping no longer fits', async () => {
		expect(await recallMapping(db, [...headers, 'Ghi chú'])).toBeNull();
		await db.exec(`UPDATE import_mappings SET mapping = '{"respondent_key":0,"q9_02":9,"x":"y"}'`);
		expect(await recallMapping(db, headers)).toEqual({
			target: 'survey',
			mapping: { respondent_key: 0 },
			from: null
		});
	});

	it('names the import whose loading saved it: the last one before, sample data aside', async () => {
		const imports = `INSERT INTO imports (import_id, file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, imported_at)`;
		await db.exec(
			`${imports} VALUES (101, 'q1.csv', 'a', 'survey', false, 1, 1, 0, TIMESTAMP '2025-04-01 08:00:00')`
		);
		await db.exec(
			`${imports} VALUES (102, 'q2.csv', 'b', 'survey', false, 1, 1, 0, TIMESTAMP '2025-07-01 08:00:00')`
		);
		await db.exec(
			`${imports} VALUES (103, 'mau.csv', 'c', 'survey', true, 1, 1, 0, TIMESTAMP '2025-07-01 09:00:00')`
		);
		await db.exec(
			`${imports} VALUES (104, 'q3.csv', 'd', 'survey', false, 1, 1, 0, TIMESTAMP '2025-10-01 08:00:00')`
		);
		await db.exec(`UPDATE import_mappings SET saved_at = TIMESTAMP '2025-07-01 08:00:01'`);
		expect((await recallMapping(db, headers))?.from).toEqual({
			importId: 102,
			fileName: 'q2.csv',
			importedAt: '2025-07-01T08:00:00.000Z'
		});
	});
});
