import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { normalizeRecords } from '../normalize/normalize';
import { isWarning, issueMessage, type ImportIssue } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { checkWithJs, fillCheckedTable, sqlTables } from './run';
import { cleanRowsSql, issuesSql } from './sql';
import { makePlan, missingRequired, yearDateHeader, type CheckPlan, type ColumnMapping } from './plan';

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

/** A small file through both paths: the issues and clean rows of each (repeated ids not looked for). */
async function bothPaths(db: Database, name: string, text: string, plan: CheckPlan) {
	const columns = text.split('\n')[0]!.split(',').length;
	const normalized = await normalizeRecords(new TextEncoder().encode(text), {
		delimiter: ',',
		headerLine: 1,
		lastDataLine: Number.POSITIVE_INFINITY,
		fieldCount: columns
	});
	const resolve = makeUnitResolver(createRegistry());
	const js = checkWithJs(new TextDecoder().decode(normalized.bytes), ',', plan, resolve, false);
	const tables = sqlTables(`parity_${name}`);
	await db.registerFile(tables.file, normalized.bytes);
	const sql = await db.transaction(async (tx) => {
		await fillCheckedTable(tx, tables, ',', columns, plan, resolve);
		const issues = await tx.query(issuesSql(tables, plan));
		const rows = await tx.query(`${cleanRowsSql(tables, plan)} ORDER BY __line`);
		return { issues, rows };
	});
	const pick = (rows: Record<string, unknown>[]) =>
		rows.map((r) => [r.__line, r.period, r.unit_key, r.surveyed_on]);
	return { js, sql, jsRows: pick(js.rows), sqlRows: pick(sql.rows) };
}

const seen = (issues: ImportIssue[]) => issues.map((i) => [i.line, i.column, i.value, issueMessage(i)]);

describe('the year of each row from its date, when no column gives it, through both paths', () => {
	const header = 'respondent_id,unit,q9_01,Dấu thời gian';
	const mapping: ColumnMapping = { respondent_key: 0, unit_key: 1, q9_01: 2, surveyed_on: 3 };
	// Hà Nội is a province of the 63 in 2024 and of the 34 from the 2025 round; Bắc Giang is none in 2025.
	const text = `${header}
Y1,Hà Nội,5,30/12/2024 16:02:11
Y2,Hà Nội,4,02/01/2025 08:15:40
Y3,Bắc Giang,4,31/12/2024
Y4,Bắc Giang,3,03/01/2025
Y5,Hà Nội,5,
Y6,Hà Nội,5,01/13/2025
Y7,Hà Nội,2,15/03/2005
Y8,Quảng Nnh,3,2025-01-06
`;
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it('gives each row its date’s year, matches units in it, and says the year comes from the date', async () => {
		const plan = makePlan(SURVEY_CONTRACT, header.split(','), mapping, []);
		expect(missingRequired(plan)).toEqual([]);
		expect(yearDateHeader(plan)).toBe('Dấu thời gian');
		const { js, sql, jsRows, sqlRows } = await bothPaths(db, 'year_of_date', text, plan);
		expect(jsRows).toEqual([
			[2, 2024, 'gso63:01', '2024-12-30'],
			[3, 2025, 'qd19:01', '2025-01-02'],
			[4, 2024, 'gso63:24', '2024-12-31']
		]);
		expect(sqlRows).toEqual(jsRows);
		const fromDate = 'tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này';
		expect(seen(js.issues)).toEqual([
			[
				5,
				'unit',
				'Bắc Giang',
				'Đơn vị không còn tồn tại vào năm của dòng này (từ 01/07/2025 thuộc Bắc Ninh)'
			],
			// Without a year "Hà Nội" cannot be told apart (63 or 34 provinces): only the date is reported.
			[6, 'Dấu thời gian', '', `Ô ngày để trống nên dòng này không có năm khảo sát: ${fromDate}`],
			[
				7,
				'Dấu thời gian',
				'01/13/2025',
				`Không đọc được ngày (cần dạng ngày/tháng/năm, ví dụ 05/12/2024) nên dòng này không có năm khảo sát: ${fromDate}`
			],
			[
				8,
				'Dấu thời gian',
				'15/03/2005',
				`Năm của ngày này ngoài khoảng cho phép của năm khảo sát (2010–2100): ${fromDate}`
			],
			[
				9,
				'unit',
				'Quảng Nnh',
				'Không tìm thấy đơn vị này trong danh mục. Có phải: Quảng Ninh, Quảng Bình, Quảng Nam?'
			]
		]);
		expect(sql.issues).toEqual(js.issues);
	});

	it('takes a year column or a typed year instead, when there is one, and warns of dates in another year', async () => {
		const withYear = `respondent_id,year,unit,q9_01,Dấu thời gian
Y1,2024,Hà Nội,5,30/12/2024 16:02:11
Y2,2024,Hà Nội,4,02/01/2025 08:15:40
`;
		const byColumn: ColumnMapping = { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3, surveyed_on: 4 };
		const plan = makePlan(SURVEY_CONTRACT, withYear.split('\n')[0]!.split(','), byColumn, []);
		expect(yearDateHeader(plan)).toBeNull();
		const typed = makePlan(SURVEY_CONTRACT, header.split(','), mapping, [], { period: '2024' });
		expect(yearDateHeader(typed)).toBeNull();
		const warning =
			'Cảnh báo: ngày này không thuộc năm khảo sát 2024 của dòng; dòng vẫn được nạp, với năm 2024';
		for (const [name, file, p] of [
			['year_column', withYear, plan],
			['year_typed', `${text.split('\n').slice(0, 3).join('\n')}\n`, typed]
		] as const) {
			const { js, sql, jsRows, sqlRows } = await bothPaths(db, name, file, p);
			// The year given wins, units are matched in it, and the row loads: a warning only.
			expect(jsRows).toEqual([
				[2, 2024, 'gso63:01', '2024-12-30'],
				[3, 2024, 'gso63:01', '2025-01-02']
			]);
			expect(sqlRows).toEqual(jsRows);
			expect(seen(js.issues)).toEqual([[3, 'Dấu thời gian', '02/01/2025 08:15:40', warning]]);
			expect(js.issues.every((i) => isWarning(i.code))).toBe(true);
			expect(sql.issues).toEqual(js.issues);
		}
	});
});
