import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { recordingResolver, unmatchedUnits } from '../units/choices';
import { makeUnitResolver } from '../units/resolve';
import { makePlan, missingRequired, yearDateHeader } from '../validate/plan';
import { allIssues, checkPrepared, discardCheck, type CheckOptions } from './check';
import { commitCheck } from './commit';
import { listImports, removeImport } from './history';
import { prepareText } from './prepare';

/*
 * A survey whose year is only in its dates (a Google Forms export: "Dấu thời gian", no year column), and one
 * whose year column and dates disagree, through the load path the import page takes (sniff, autoMap, the
 * plan the page makes when no year is typed, check, commit), on each check path: what the analyst sees and
 * what lands in the tables.
 */

const DIR = path.resolve('tests/fixtures/import');

const PATHS: [string, CheckOptions][] = [
	['javascript', { jsLimitBytes: 1 << 30 }],
	['streamed, rest in javascript', { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }],
	['streamed, rest in sql', { jsLimitBytes: 0, restJsLimitBytes: 0 }]
];

const FROM_DATE = 'tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này';

async function prepared(name: string, bytes = new Uint8Array(fs.readFileSync(path.join(DIR, name)))) {
	const result = await prepareText(name, bytes);
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.file;
}

describe.each(PATHS)('a survey year from its dates (%s)', (_name, options) => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());
	afterEach(async () => {
		for (const { import_id } of await listImports(db)) await removeImport(db, import_id);
	});

	/** The page's plan for a file it has just read: columns mapped from their names, no year typed. */
	const planOf = (file: Awaited<ReturnType<typeof prepared>>) =>
		makePlan(SURVEY_CONTRACT, file.headers, autoMap(SURVEY_CONTRACT, file.headers), file.formats);

	const loadedRows = (importId: number) =>
		db.query(
			`SELECT row_no, respondent_key, period, unit_key, strftime(surveyed_on, '%d/%m/%Y') AS day
			FROM survey_responses WHERE import_id = ${importId} ORDER BY row_no`
		);

	it('loads December 2024 as 2024 and January 2025 as 2025, and refuses the two rows with no date to read', async () => {
		const file = await prepared('survey-dates-no-year.csv');
		const plan = planOf(file);
		expect(missingRequired(plan)).toEqual([]);
		expect(yearDateHeader(plan)).toBe('Dấu thời gian');
		const outcome = await checkPrepared(db, file, plan, resolve, options);
		const issues = await allIssues(outcome);
		expect(issues.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[7, 'Dấu thời gian', '', `Ô ngày để trống nên dòng này không có năm khảo sát: ${FROM_DATE}`],
			[
				11,
				'Dấu thời gian',
				'01/13/2025 10:00:00',
				`Không đọc được ngày (cần dạng ngày/tháng/năm, ví dụ 05/12/2024) nên dòng này không có năm khảo sát: ${FROM_DATE}`
			]
		]);
		expect([outcome.rowsRead, outcome.rowsValid, outcome.rowsRejected, outcome.warningCount]).toEqual([
			11, 9, 2, 0
		]);
		const { importId, rowsLoaded } = await commitCheck(file, plan, outcome);
		expect(rowsLoaded).toBe(9);
		// Each row's units are matched in its own year: Hà Nội of the 63 provinces in 2024, of the 34 in 2025.
		expect(await loadedRows(importId)).toEqual([
			{ row_no: 2, respondent_key: 'GF-001', period: 2024, unit_key: 'gso63:01', day: '02/12/2024' },
			{ row_no: 3, respondent_key: 'GF-002', period: 2024, unit_key: 'gso63:22', day: '09/12/2024' },
			{ row_no: 4, respondent_key: 'GF-003', period: 2024, unit_key: 'gso63:46', day: '18/12/2024' },
			{ row_no: 5, respondent_key: 'GF-004', period: 2024, unit_key: 'gso63:01', day: '27/12/2024' },
			{ row_no: 6, respondent_key: 'GF-005', period: 2024, unit_key: 'gso63:22', day: '31/12/2024' },
			{ row_no: 8, respondent_key: 'GF-007', period: 2025, unit_key: 'qd19:46', day: '02/01/2025' },
			{ row_no: 9, respondent_key: 'GF-008', period: 2025, unit_key: 'qd19:01', day: '06/01/2025' },
			{ row_no: 10, respondent_key: 'GF-009', period: 2025, unit_key: 'qd19:22', day: '13/01/2025' },
			{ row_no: 12, respondent_key: 'GF-011', period: 2025, unit_key: 'qd19:01', day: '20/01/2025' }
		]);
		// The report stays with the import, and the history counts the refused rows.
		expect(
			await db.query(`SELECT row_no, code FROM import_errors WHERE import_id = ${importId} ORDER BY row_no`)
		).toEqual([
			{ row_no: 7, code: 'year_date_missing' },
			{ row_no: 11, code: 'year_date_invalid' }
		]);
		const [record] = await listImports(db);
		expect([record!.rows_loaded, record!.rows_rejected]).toEqual([9, 2]);
	});

	it('loads nothing when the check is cancelled instead', async () => {
		const file = await prepared('survey-dates-no-year.csv');
		const outcome = await checkPrepared(db, file, planOf(file), resolve, options);
		expect(outcome.rowsValid).toBe(9);
		await discardCheck(outcome);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM survey_responses WHERE import_id > 0')).toEqual(
			[{ n: 0 }]
		);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM import_errors')).toEqual([{ n: 0 }]);
		expect(await listImports(db)).toEqual([]);
	});

	it('takes a typed year over the dates: every row is of that year, and a date in another year is warned about', async () => {
		const file = await prepared('survey-dates-no-year.csv');
		const { headers, formats } = file;
		const plan = makePlan(SURVEY_CONTRACT, headers, autoMap(SURVEY_CONTRACT, headers), formats, {
			period: '2024'
		});
		expect(yearDateHeader(plan)).toBeNull();
		const outcome = await checkPrepared(db, file, plan, resolve, options);
		const issues = await allIssues(outcome);
		// A blank date is no error any more, an unreadable one an error of its own, January dates warnings.
		expect(issues.map((i) => [i.line, i.code])).toEqual([
			[8, 'date_year_mismatch'],
			[9, 'date_year_mismatch'],
			[10, 'date_year_mismatch'],
			[11, 'not_a_date'],
			[12, 'date_year_mismatch']
		]);
		expect([outcome.rowsValid, outcome.rowsRejected, outcome.warningCount]).toEqual([10, 1, 4]);
		await discardCheck(outcome);
	});

	it('loads a row whose date is in another year than its year column, with a warning on its line', async () => {
		const file = await prepared('survey-date-year-disagree.csv');
		const plan = planOf(file);
		expect(yearDateHeader(plan)).toBeNull();
		const outcome = await checkPrepared(db, file, plan, resolve, options);
		const issues = await allIssues(outcome);
		expect(issues.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[
				4,
				'Ngày khảo sát',
				'08/01/2025',
				'Cảnh báo: ngày này không thuộc năm khảo sát 2024 của dòng; dòng vẫn được nạp, với năm 2024'
			]
		]);
		expect([outcome.rowsValid, outcome.rowsRejected, outcome.warningCount]).toEqual([4, 0, 1]);
		const { importId } = await commitCheck(file, plan, outcome);
		const rows = await loadedRows(importId);
		expect(rows.map((r) => [r.row_no, r.period, r.unit_key, r.day])).toEqual([
			[2, 2024, 'gso63:01', '25/11/2024'],
			[3, 2024, 'gso63:22', '10/12/2024'],
			[4, 2024, 'gso63:46', '08/01/2025'],
			[5, 2024, 'gso63:01', '20/12/2024']
		]);
		expect(await db.query(`SELECT row_no, code FROM import_errors WHERE import_id = ${importId}`)).toEqual([
			{ row_no: 4, code: 'date_year_mismatch' }
		]);
	});

	it('offers an unknown unit in the years its rows’ dates give, for the unit picker', async () => {
		const text =
			'Dấu thời gian,Mã phiếu,Đơn vị,Câu 9.1\n30/12/2024,P1,Trung tâm Phục vụ hành chính công,5\n03/01/2025,P2,Trung tâm Phục vụ hành chính công,4\n';
		const file = await prepared('trung-tam.csv', new TextEncoder().encode(text));
		const recorder = recordingResolver(resolve);
		const outcome = await checkPrepared(db, file, planOf(file), recorder.resolve, options);
		expect(await unmatchedUnits(outcome.pending, outcome.issues, recorder.yearsOf)).toEqual([
			{
				text: 'Trung tâm Phục vụ hành chính công',
				code: 'unknown_unit',
				detail: '',
				rows: 2,
				years: [2024, 2025]
			}
		]);
		await discardCheck(outcome);
	});
});
