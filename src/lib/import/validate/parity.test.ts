import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { normalizeRecords } from '../normalize/normalize';
import { issueMessage } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { checkWithJs, fillCheckedTable, sqlTables } from './run';
import { cleanRowsSql, issuesSql } from './sql';
import { makePlan, type ColumnMapping } from './plan';

/*
 * The same bad files through both validation paths must give the same issues and the same clean rows.
 */

const HEADER = ['respondent_id', 'year', 'unit', 'q9_01', 'q9_02'];
const MAPPING: ColumnMapping = { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3, q9_02: 4 };

const FILES: Record<string, string> = {
	clean: `${HEADER.join(',')}\nA1,2024,Hà Nội,5,4\nA2,2024,TP HCM,Hài lòng,Rất hài lòng\n`,
	'out of range and labels': `${HEADER.join(',')}\nA1,2024,Hà Nội,6,0\nA2,2024,Hà Nội,Tốt,3\nA3,2024,Hà Nội,4 - Hài lòng,không trả lời\n`,
	'missing required and duplicates': `${HEADER.join(',')}\n,2024,Hà Nội,5,5\nA1,,Hà Nội,5,5\nA2,2024,,5,5\nA3,2024,Hà Nội,5,5\nA3,2024,Hà Nội,4,4\n A3 ,2024,Hà Nội,3,3\n`,
	'units by year': `${HEADER.join(',')}\nB1,2024,Bắc Giang,5,5\nB2,2025,Bắc Giang,5,5\nB3,2024,Bắc Ninh,5,5\nB4,2026,Bắc Ninh,5,5\nB5,2024,Quảng Nnh,5,5\nB6,20x4,Hà Nội,5,5\n`,
	'field counts and cut last line': `${HEADER.join(',')}\nC1,2024,Hà Nội,5\nC2,2024,Hà Nội,5,4,3\nC3,2024,"Hà Nội",5,4\nC4,2024,"Hà Nội,5,4`,
	'hostile text': `${HEADER.join(',')}\n"=HYPERLINK(""http://x"",""y"")",2024,Hà Nội,5,5\n<img src=x onerror=alert(1)>,2024,Hà Nội,5,5\n`
};

describe('JavaScript and SQL validation paths agree', () => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	const plan = makePlan(SURVEY_CONTRACT, HEADER, MAPPING, []);
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it.each(Object.keys(FILES))('%s', async (name) => {
		const normalized = await normalizeRecords(new TextEncoder().encode(FILES[name]!), {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount: HEADER.length
		});
		const text = new TextDecoder().decode(normalized.bytes);
		// Repeated ids are found across both parts of a streamed check, not by either path (load/paths.test.ts).
		const js = checkWithJs(text, ',', plan, resolve, false);
		const tables = sqlTables(`parity_${name.replace(/\W/g, '_')}`);
		await db.registerFile(tables.file, normalized.bytes);
		const sql = await db.transaction(async (tx) => {
			await fillCheckedTable(tx, tables, ',', HEADER.length, plan, resolve);
			const issues = await tx.query(issuesSql(tables, plan));
			const rows = await tx.query(`${cleanRowsSql(tables, plan)} ORDER BY __line`);
			return { issues, rows };
		});
		expect(sql.issues).toEqual(js.issues);
		const pick = (rows: Record<string, unknown>[]) =>
			rows.map((r) => ({ line: r.__line, id: r.respondent_key, unit: r.unit_key, a: r.q9_01, b: r.q9_02 }));
		expect(pick(sql.rows)).toEqual(pick(js.rows));
		expect(js.issues.length + js.rows.length).toBeGreaterThan(0);
	});

	it('reports what the user should see for each problem', async () => {
		const text = FILES['out of range and labels']! + FILES['units by year']!.split('\n').slice(1).join('\n');
		const normalized = await normalizeRecords(new TextEncoder().encode(text), {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount: HEADER.length
		});
		const { issues } = checkWithJs(new TextDecoder().decode(normalized.bytes), ',', plan, resolve);
		const seen = issues.map((i) => [i.line, i.column, i.value, issueMessage(i)]);
		expect(seen).toEqual([
			[2, 'q9_01', '6', 'Ngoài thang đo 1–5'],
			[2, 'q9_02', '0', 'Ngoài thang đo 1–5'],
			[
				3,
				'q9_01',
				'Tốt',
				'Không phải câu trả lời hợp lệ: dùng số 1–5 hoặc nhãn "Rất không hài lòng" … "Rất hài lòng"'
			],
			[
				6,
				'unit',
				'Bắc Giang',
				'Đơn vị không còn tồn tại vào năm của dòng này (từ 01/07/2025 thuộc Bắc Ninh)'
			],
			[
				9,
				'unit',
				'Quảng Nnh',
				'Không tìm thấy đơn vị này trong danh mục. Có phải: Quảng Ninh, Quảng Bình, Quảng Nam?'
			],
			// Without a valid year "Hà Nội" cannot be pinned to the 63- or the 34-province list; the year is the
			// problem, so only the year is reported (the name would otherwise be offered for an answer).
			[10, 'year', '20x4', 'Không phải là số nguyên']
		]);
	});
});

describe('a survey date through both paths', () => {
	const header = ['respondent_id', 'year', 'unit', 'q9_01', 'ngày khảo sát'];
	const mapping: ColumnMapping = { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3, surveyed_on: 4 };
	const text = `${header.join(',')}
D1,2024,Hà Nội,5,05/12/2024
D2,2024,Hà Nội,4,5/1/2024 10:30:15
D3,2024,Hà Nội,3,2024-12-05
D4,2024,Hà Nội,2,12/31/2024
D5,2024,Hà Nội,1,30/02/2024
D6,2024,Hà Nội,5,
D7,2024,Hà Nội,5,không rõ
`;
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it('reads the same days and reports the same cells', async () => {
		const plan = makePlan(SURVEY_CONTRACT, header, mapping, []);
		const resolve = makeUnitResolver(createRegistry());
		const normalized = await normalizeRecords(new TextEncoder().encode(text), {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount: header.length
		});
		const js = checkWithJs(new TextDecoder().decode(normalized.bytes), ',', plan, resolve, false);
		const tables = sqlTables('parity_dates');
		await db.registerFile(tables.file, normalized.bytes);
		const sql = await db.transaction(async (tx) => {
			await fillCheckedTable(tx, tables, ',', header.length, plan, resolve);
			const issues = await tx.query(issuesSql(tables, plan));
			const rows = await tx.query(`${cleanRowsSql(tables, plan)} ORDER BY __line`);
			return { issues, rows };
		});
		const days = (rows: Record<string, unknown>[]) => rows.map((r) => [r.__line, r.surveyed_on]);
		expect(days(js.rows)).toEqual([
			[2, '2024-12-05'],
			[3, '2024-01-05'],
			[4, '2024-12-05'],
			[7, null]
		]);
		expect(days(sql.rows)).toEqual(days(js.rows));
		expect(js.issues.map((i) => [i.line, i.value, issueMessage(i)])).toEqual(
			[5, 6, 8].map((line) => [
				line,
				['12/31/2024', '30/02/2024', 'không rõ'][[5, 6, 8].indexOf(line)],
				'Không phải là ngày theo dạng ngày/tháng/năm (ví dụ 05/12/2024)'
			])
		);
		expect(sql.issues).toEqual(js.issues);
	});
});
