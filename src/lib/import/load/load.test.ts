import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { checkPrepared, discardCheck } from './check';
import { commitCheck } from './commit';
import { findSameFile, listImports, removeImport } from './history';
import type { PreparedFile } from './prepared';

const TEXT = [
	'BÁO CÁO KHẢO SÁT',
	'Mã phiếu,Năm,Đơn vị,Câu 9.1,Câu 9.2',
	'P1,2024,Hà Nội,5,4',
	'P2,2024,Đà Nẵng,Hài lòng,6',
	'P3,2024,Hà Nội,Rất hài lòng,',
	'P1,2024,Hà Nội,3,3',
	'Tổng cộng,,,,'
].join('\n');

async function prepare(text: string): Promise<PreparedFile> {
	const utf8 = new TextEncoder().encode(text);
	return {
		fileName: 'khảo sát.csv',
		sha256: lazySha256(utf8),
		utf8,
		delimiter: ',',
		headerLine: 2,
		lastDataLine: 6,
		skipLines: [],
		headers: ['Mã phiếu', 'Năm', 'Đơn vị', 'Câu 9.1', 'Câu 9.2'],
		formats: [],
		notices: []
	};
}

describe.each([
	['JavaScript path', 1 << 20, 0],
	['streamed, set-aside rows in JavaScript', 0, 1 << 20],
	['streamed, set-aside rows in SQL', 0, 0]
])('check, load and remove a survey file (%s)', (_name, jsLimitBytes, restJsLimitBytes) => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
	});
	afterAll(() => db.close());

	/** The example survey file checked on this path, mapped as autoMap maps it. */
	async function check() {
		const file = await prepare(TEXT);
		const plan = makePlan(
			SURVEY_CONTRACT,
			file.headers,
			autoMap(SURVEY_CONTRACT, file.headers),
			file.formats
		);
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
			jsLimitBytes,
			restJsLimitBytes
		});
		return { file, plan, outcome };
	}

	it('loads exactly the valid rows, records the issues, and removes exactly that import', async () => {
		const { file, plan, outcome } = await check();
		expect(outcome.path).toBe(jsLimitBytes ? 'js' : 'sql');
		expect(outcome).toMatchObject({ rowsRead: 4, rowsValid: 2, rowsRejected: 2, issueCount: 2 });
		expect(outcome.preview.map((i) => [i.line, i.column, i.code, i.detail])).toEqual([
			[4, 'Câu 9.2', 'likert_out_of_scale', '1–5'],
			[6, 'Mã phiếu', 'duplicate_id', '3']
		]);
		// Nothing is in the analyst's tables until they choose to load.
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses')).toEqual([{ n: 0 }]);

		const { importId } = await commitCheck(file, plan, outcome);
		const rows = await db.query(
			'SELECT row_no, respondent_key, period, unit_key, item_001, item_002, item_003 FROM survey_responses ORDER BY row_no'
		);
		expect(rows).toEqual([
			{
				row_no: 3,
				respondent_key: 'P1',
				period: 2024,
				unit_key: 'gso63:01',
				item_001: 5,
				item_002: 4,
				item_003: null
			},
			{
				row_no: 5,
				respondent_key: 'P3',
				period: 2024,
				unit_key: 'gso63:01',
				item_001: 5,
				item_002: null,
				item_003: null
			}
		]);
		const [record] = await listImports(db);
		expect(record).toMatchObject({
			import_id: importId,
			file_name: 'khảo sát.csv',
			rows_read: 4,
			rows_loaded: 2,
			rows_rejected: 2
		});
		expect(await findSameFile(db, await file.sha256())).toHaveLength(1);
		expect(await db.query('SELECT row_no, code FROM import_errors ORDER BY row_no')).toEqual([
			{ row_no: 4, code: 'likert_out_of_scale' },
			{ row_no: 6, code: 'duplicate_id' }
		]);

		await removeImport(db, importId);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses')).toEqual([{ n: 0 }]);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM import_errors')).toEqual([{ n: 0 }]);
		expect(await listImports(db)).toEqual([]);
	});

	it('refuses to land an answer outside 1–5 that got past the check, and lands nothing', async () => {
		const { file, plan, outcome } = await check();
		// A path that let a 6 through would leave it in the pending rows; the commit's guard must stop it.
		await outcome.pending.exec(
			`UPDATE survey_responses SET item_002 = 6 WHERE import_id = ${outcome.importId} AND row_no = 3`
		);
		const before = await db.query('SELECT count(*)::INTEGER AS n FROM imports');
		await expect(commitCheck(file, plan, outcome)).rejects.toThrow(
			'1 dòng có câu trả lời ngoài thang 1–5 lọt qua bước kiểm tra; chưa nhập gì.'
		);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM imports')).toEqual(before);
		expect(
			await db.query(
				`SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id = ${outcome.importId}`
			)
		).toEqual([{ n: 0 }]);
	});

	it('leaves nothing behind when the analyst cancels', async () => {
		const { outcome } = await check();
		// The rows are written already, inside the check's own transaction…
		const landed = await outcome.pending.query(
			`SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id = ${outcome.importId}`
		);
		expect(landed).toEqual([{ n: 2 }]);
		await discardCheck(outcome);
		// …and gone with it, temp tables included.
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses')).toEqual([{ n: 0 }]);
		const temp = await db.query(
			"SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'import_%'"
		);
		expect(
			temp.filter(
				(t) =>
					!['imports', 'import_errors', 'import_mappings', 'import_questionnaires'].includes(
						String(t.table_name)
					)
			)
		).toEqual([]);
		expect(await listImports(db)).toEqual([]);
		await expect(outcome.pending.query('SELECT 1')).rejects.toThrow();
	});

	it('reports its steps after the read, in order, and a cancel between them lands nothing', async () => {
		const file = await prepare(TEXT);
		const plan = makePlan(SURVEY_CONTRACT, file.headers, autoMap(SURVEY_CONTRACT, file.headers), []);
		const seen: string[] = [];
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
			jsLimitBytes,
			restJsLimitBytes,
			onProgress: (p) => {
				const last = seen.at(-1);
				const now = p.step ? `${p.step} ${p.records}` : p.phase;
				if (now !== last) seen.push(now);
			}
		});
		await discardCheck(outcome);
		// The JavaScript path checks while it reads; a streamed check then takes a closer look at the 2 records
		// with labels in them (P2, P3) and the second P1 (the gate lets an id through once), looks for repeated
		// ids among all 4, and sums up.
		expect(seen).toEqual(jsLimitBytes ? ['reading'] : ['reading', 'rest 3', 'duplicates 4', 'summary 4']);
		if (jsLimitBytes) return;

		const controller = new AbortController();
		const cancelled = checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
			jsLimitBytes,
			restJsLimitBytes,
			signal: controller.signal,
			onProgress: (p) => {
				if (p.step === 'duplicates') controller.abort();
			}
		});
		await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses')).toEqual([{ n: 0 }]);
	});
});
