import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { syncRegistry } from '$lib/workspace/registry-sync';
import { scoresContract } from '../contracts/scores';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { createRegistry } from '$lib/units';
import { checkPrepared } from './check';
import { commitCheck } from './commit';
import { prepareText } from './prepare';

/* Real files on disk, through the whole import: what the analyst sees, and what lands in the tables. */

const fixture = (name: string) =>
	new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));

describe('importing the fixture files', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.transaction((tx) => syncRegistry(tx));
	});
	afterAll(() => db.close());

	it('Windows-1258 score table: converted, numbers read with a decimal point', async () => {
		const prepared = await prepareText('windows-1258.csv', fixture('windows-1258.csv'));
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		expect(prepared.file.notices.join(' ')).toMatch(/Windows-1258/);
		const contract = scoresContract('SIPAS');
		const mapping = autoMap(contract, prepared.file.headers);
		expect(mapping).toMatchObject({ unit_key: 0, total: 2, published_rank: 3 });
		const plan = makePlan(contract, prepared.file.headers, mapping, prepared.file.formats, { year: '2024' });
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()));
		expect(outcome.preview).toEqual([]);
		const { importId } = await commitCheck(
			db,
			prepared.file,
			{ kind: 'scores', indexCode: 'SIPAS' },
			plan,
			outcome
		);
		const rows = await db.query(
			`SELECT u.name, s.value, s.published_rank, s.method_version FROM index_scores s JOIN units u USING (unit_key)
			WHERE import_id = ? ORDER BY s.published_rank`,
			[importId]
		);
		expect(rows[0]).toEqual({
			name: 'Quảng Ninh',
			value: 90.61,
			published_rank: 1,
			method_version: 'SIPAS-1001-2023'
		});
		expect(rows).toHaveLength(6);
	});

	it('semicolons and decimal commas with thousands dots', async () => {
		const prepared = await prepareText('semicolon-decimal-comma.csv', fixture('semicolon-decimal-comma.csv'));
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		expect(prepared.file.delimiter).toBe(';');
		const contract = scoresContract('SIPAS');
		const headers = prepared.file.headers;
		const plan = makePlan(
			contract,
			headers,
			{ unit_key: headers.indexOf('Tỉnh'), total: headers.indexOf('Chỉ số SIPAS') },
			prepared.file.formats,
			{ year: '2023' }
		);
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()));
		expect(outcome.preview).toEqual([]);
		const { importId } = await commitCheck(
			db,
			prepared.file,
			{ kind: 'scores', indexCode: 'SIPAS' },
			plan,
			outcome
		);
		const values = await db.query<{ value: number }>(
			'SELECT value FROM index_scores WHERE import_id = ? ORDER BY value DESC',
			[importId]
		);
		expect(values.map((v) => v.value)).toEqual([90.61, 88.09, 87.2, 85.32, 84.11]);
	});

	it('Excel export with title, column-number, group and totals rows: line numbers as in the file', async () => {
		const prepared = await prepareText(
			'excel-export-titles-totals.csv',
			fixture('excel-export-titles-totals.csv')
		);
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		const contract = scoresContract('SIPAS');
		const headers = prepared.file.headers;
		const unit = headers.findIndex((h) => /Đơn vị/.test(h));
		const total = headers.findIndex((h) => /Tỷ lệ hài lòng/.test(h));
		const plan = makePlan(contract, headers, { unit_key: unit, total }, prepared.file.formats, {
			year: '2024'
		});
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()));
		// The agencies are not in the registry yet: each is reported on its own line, never silently dropped.
		expect(outcome.preview[0]).toMatchObject({ line: 10, value: 'Sở Nội vụ', code: 'unknown_unit' });
		expect(outcome.preview.map((i) => i.line)).not.toContain(9); // the group row "I. KHỐI SỞ…" is skipped
		expect(outcome.rowsValid).toBe(0);
	});

	it('Likert labels instead of numbers, with and without diacritics', async () => {
		const prepared = await prepareText('survey-likert.csv', fixture('survey-likert.csv'));
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		const headers = prepared.file.headers;
		const mapping = autoMap(SURVEY_CONTRACT, headers);
		const plan = makePlan(SURVEY_CONTRACT, headers, mapping, prepared.file.formats, { period: '2025' });
		const registry = createRegistry();
		const outcome = await checkPrepared(db, prepared.file, plan, () => ({ unitKey: registry.all()[0]!.key }));
		const seen = outcome.preview.map((i) => [i.line, i.column, i.value, issueMessage(i)]);
		expect(seen).toEqual([
			[
				9,
				'Câu 9.1',
				'Rất tốt',
				'Không phải câu trả lời hợp lệ: dùng số 1–5 hoặc nhãn "Rất không hài lòng" … "Rất hài lòng"'
			],
			// The number and the label disagree (5 is "Rất hài lòng"): reported, not guessed.
			[
				10,
				'Câu 9.3',
				'5 - Hài lòng',
				'Không phải câu trả lời hợp lệ: dùng số 1–5 hoặc nhãn "Rất không hài lòng" … "Rất hài lòng"'
			]
		]);
		expect(outcome.rowsValid).toBe(10);
	});
});
