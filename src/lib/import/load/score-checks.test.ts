import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import type { IndexCode } from '$lib/indices';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import type { Contract } from '../contracts/field';
import { scoresContract } from '../contracts/scores';
import { scoresLongContract } from '../contracts/scores-long';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { allIssues, checkPrepared, discardCheck, type CheckOptions, type CheckOutcome } from './check';
import { commitCheck } from './commit';
import { removeImport } from './history';
import { prepareText } from './prepare';
import type { PreparedFile } from './prepared';
import { landedRowsSql, type ImportTarget } from './targets';

/*
 * What a score table is held to beyond its cells, on the real engine and through every check path (the whole
 * file in JavaScript; "streamed" with the set-aside records in JavaScript or in SQL, as a file over the
 * JavaScript limit is): a unit and year given twice, a score an earlier import already holds, values outside
 * the range of the method version of their year, and totals that disagree with their components (a warning:
 * the row loads). Score tables always take the JavaScript path, so every path must say the same.
 */

const PATHS: [string, CheckOptions][] = [
	['javascript', { jsLimitBytes: 1 << 30 }],
	['streamed, rest in javascript', { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }],
	['streamed, rest in sql', { jsLimitBytes: 0, restJsLimitBytes: 0 }]
];

function prepared(fileName: string, lines: string[]): PreparedFile {
	const utf8 = new TextEncoder().encode(lines.join('\n'));
	return {
		fileName,
		sha256: lazySha256(utf8),
		utf8,
		delimiter: ',',
		headerLine: 1,
		lastDataLine: lines.length,
		skipLines: [],
		headers: lines[0]!.split(','),
		formats: [],
		notices: []
	};
}

async function fixture(name: string): Promise<PreparedFile> {
	const bytes = new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));
	const result = await prepareText(name, bytes);
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.file;
}

const wide = (index: IndexCode): [Contract, ImportTarget] => [
	scoresContract(index),
	{ kind: 'scores', indexCode: index }
];
const long = (index: IndexCode): [Contract, ImportTarget] => [
	scoresLongContract(index),
	{ kind: 'scores-long', indexCode: index }
];

describe('score checks on every check path', () => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	const planOf = (file: PreparedFile, contract: Contract) =>
		makePlan(contract, file.headers, autoMap(contract, file.headers), file.formats);

	async function seen(outcome: CheckOutcome) {
		const issues = await allIssues(outcome);
		const rows = await outcome.pending.query(landedRowsSql(outcome.target, outcome.importId));
		const { rowsRead, rowsValid, rowsRejected, issueCount, warningCount, path } = outcome;
		return {
			issues: issues.map((i) => [i.line, i.column, i.value, issueMessage(i)]),
			rows: rows.map((r) => ({ ...r })),
			counts: { rowsRead, rowsValid, rowsRejected, issueCount, warningCount, path }
		};
	}

	/** Checks `file` on every path, expects the same from each, and returns the last check, still pending. */
	async function everyPath(file: PreparedFile, [contract, target]: [Contract, ImportTarget]) {
		const plan = planOf(file, contract);
		const results = [];
		let outcome: CheckOutcome | null = null;
		for (const [, options] of PATHS) {
			if (outcome) await discardCheck(outcome);
			outcome = await checkPrepared(db, file, plan, resolve, { ...options, target });
			results.push(await seen(outcome));
		}
		const [reference, ...others] = results;
		others.forEach((other, i) => expect(other, PATHS[i + 1]![0]).toEqual(reference));
		return { ...reference!, outcome: outcome!, plan };
	}

	const names = (rows: Record<string, unknown>[]) =>
		rows.map((r) => [r.year, r.unit_key, r.component_code ?? null, r.value]);

	it('a wide table with a unit and year twice: the second line is reported, the first loads', async () => {
		const file = prepared('par-2023.csv', [
			'Tỉnh,Năm,Chỉ số CCHC',
			'Hà Nội,2023,90.1',
			'Đà Nẵng,2023,88',
			'Ha Noi,2023,90.2',
			'Hà Nội,2022,89'
		]);
		const { issues, rows, counts, outcome } = await everyPath(file, wide('PAR'));
		await discardCheck(outcome);
		expect(issues).toEqual([[4, 'Tỉnh', 'Ha Noi', 'Đơn vị và năm trùng với dòng 2']]);
		expect(names(rows)).toEqual([
			[2022, 'gso63:01', null, 89],
			[2023, 'gso63:01', null, 90.1],
			[2023, 'gso63:48', null, 88]
		]);
		expect(counts).toMatchObject({ rowsRead: 4, rowsValid: 3, rowsRejected: 1, path: 'js' });
	});

	it('a long table with a unit, year and component twice: the second line is reported', async () => {
		const file = prepared('papi-long.csv', [
			'Tỉnh,Năm,Chỉ số nội dung,Điểm',
			'Hà Nội,2022,D1,5.1',
			'Hà Nội,2022,Tổng,44.5',
			'Hà Nội,2022,Tham gia của người dân ở cấp cơ sở,5.2'
		]);
		const { issues, counts, outcome } = await everyPath(file, long('PAPI'));
		await discardCheck(outcome);
		expect(issues).toEqual([
			[
				4,
				'Chỉ số nội dung',
				'Tham gia của người dân ở cấp cơ sở',
				'Đơn vị, năm và thành phần trùng với dòng 2'
			]
		]);
		expect(counts).toMatchObject({ rowsValid: 2, rowsRejected: 1 });
	});

	it('PAPI, wide, two method versions (fixture): ranges per version, repeats, totals', async () => {
		const file = await fixture('scores-papi-wide-versions.csv');
		const { issues, rows, counts, outcome } = await everyPath(file, wide('PAPI'));
		expect(issues).toEqual([
			[
				2,
				'Chỉ số PAPI',
				'59',
				'Cảnh báo: giá trị tổng không khớp với các thành phần. Hà Nội, năm 2015: tính từ tổng các thành phần được 6,0000; tệp ghi 59,0000.'
			],
			[
				3,
				'Chỉ số PAPI',
				'70',
				'Ngoài khoảng cho phép theo phương pháp của năm này: 6–60 (PAPI-6D-2011, 2011–2017)'
			],
			[4, 'D7', '5', 'Phương pháp của năm này không có thành phần này (PAPI-6D-2011, 2011–2017)'],
			[6, 'Tỉnh', 'Ha Noi', 'Đơn vị và năm trùng với dòng 5']
		]);
		expect(counts).toMatchObject({
			rowsRead: 7,
			rowsValid: 4,
			rowsRejected: 3,
			issueCount: 4,
			warningCount: 1
		});
		// The warned row is loaded as given: its total and its six dimensions.
		const hanoi2015 = rows.filter((r) => r.unit_key === 'gso63:01' && r.year === 2015);
		expect(hanoi2015.map((r) => [r.component_code, r.value])).toEqual([
			['D1', 1],
			['D2', 1],
			['D3', 1],
			['D4', 1],
			['D5', 1],
			['D6', 1],
			[null, 59]
		]);
		// Stored with the import: the warning told apart from the rejections by its code.
		const { importId } = await commitCheck(file, planOf(file, scoresContract('PAPI')), outcome);
		expect(
			await db.query('SELECT row_no, code FROM import_errors WHERE import_id = ? ORDER BY row_no', [importId])
		).toEqual([
			{ row_no: 2, code: 'total_mismatch' },
			{ row_no: 3, code: 'out_of_version_range' },
			{ row_no: 4, code: 'component_not_in_version' },
			{ row_no: 6, code: 'duplicate_unit_year' }
		]);
		expect(
			await db.query('SELECT rows_read, rows_loaded, rows_rejected FROM imports WHERE import_id = ?', [
				importId
			])
		).toEqual([{ rows_read: 7, rows_loaded: 4, rows_rejected: 3 }]);
		await removeImport(db, importId);
	});

	it('PAR, long, totals on their own lines (fixture): warnings on the total’s line', async () => {
		const file = await fixture('scores-par-long-totals.csv');
		const { issues, counts, outcome } = await everyPath(file, long('PAR'));
		await discardCheck(outcome);
		const warn = 'Cảnh báo: giá trị tổng không khớp với các thành phần.';
		expect(issues).toEqual([
			[
				2,
				'Giá trị',
				'99',
				`${warn} Quảng Ninh, năm 2023: tính từ điểm 50 ÷ điểm tối đa 100 × 100 được 50,00; tệp ghi 99,00.`
			],
			[
				12,
				'Giá trị',
				'90',
				`${warn} Hà Nội, năm 2023: tính từ tổng điểm các lĩnh vực ÷ điểm tối đa × 100 được 85,00; tệp ghi 90,00.`
			]
		]);
		expect(counts).toMatchObject({ rowsRead: 20, rowsValid: 20, rowsRejected: 0, warningCount: 2 });
	});

	it('PAR, wide, a total of 99 where the points are 50 of 100: loaded, with a warning', async () => {
		const file = prepared('par-diem.csv', [
			'Tỉnh,Năm,Chỉ số CCHC,Điểm đạt được,Điểm tối đa',
			'Quảng Ninh,2023,99,50,100',
			'Hải Phòng,2023,91.81,91.81,100',
			'Thừa Thiên Huế,2023,81.33,68.32,84'
		]);
		const { issues, counts, outcome } = await everyPath(file, wide('PAR'));
		await discardCheck(outcome);
		expect(issues.map(([line, column, value]) => [line, column, value])).toEqual([[2, 'Chỉ số CCHC', '99']]);
		expect(counts).toMatchObject({ rowsValid: 3, rowsRejected: 0, warningCount: 1 });
	});

	it('PAR, long, a lĩnh vực over its maximum in the version of its year', async () => {
		const file = prepared('par-lv.csv', [
			'Tỉnh,Năm,Lĩnh vực,Điểm',
			'Hà Nội,2023,LV3,15',
			'Hà Nội,2019,LV3,5',
			'Hà Nội,2021,LV3,14'
		]);
		const { issues, counts, outcome } = await everyPath(file, long('PAR'));
		await discardCheck(outcome);
		expect(issues).toEqual([
			[2, 'Điểm', '15', 'Ngoài khoảng cho phép theo phương pháp của năm này: 0–14 (PAR-876-2022, 2022–)'],
			[3, 'Lĩnh vực', 'LV3', 'Phương pháp của năm này không có thành phần này (PAR-2012, 2012–2020)']
		]);
		expect(counts).toMatchObject({ rowsValid: 1, rowsRejected: 2 });
	});
});

describe('a score an earlier import already holds', () => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	async function check(
		file: PreparedFile,
		[contract, target]: [Contract, ImportTarget],
		options: CheckOptions
	) {
		const plan = makePlan(contract, file.headers, autoMap(contract, file.headers), file.formats);
		const outcome = await checkPrepared(db, file, plan, resolve, { ...options, target });
		return { plan, outcome };
	}

	it('is refused on its line, naming the import; sample data does not count; removing the import frees it', async () => {
		const first = prepared('par-2023.csv', ['Tỉnh,Năm,Chỉ số CCHC', 'Hà Nội,2023,90.1', 'Huế,2023,85']);
		const a = await check(first, wide('PAR'), {});
		const { importId } = await commitCheck(first, a.plan, a.outcome);
		// Sample data of the same unit and year: hidden once real data exists, never a repeat.
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected)
			VALUES ('mau', 'x', 'scores', true, 1, 1, 0)`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, year, unit_key, unit_kind, value)
			SELECT max(import_id), 'PAR', 2023, 'gso63:48', 'province', 80 FROM imports WHERE is_sample`);

		const corrected = prepared('par-2023-sua.csv', [
			'Tỉnh,Năm,Chỉ số CCHC',
			'Hà Nội,2023,91',
			'Đà Nẵng,2023,88',
			'Hà Nội,2022,89'
		]);
		const longer = prepared('par-2023-doc.csv', [
			'Tỉnh,Năm,Lĩnh vực,Điểm',
			'Hà Nội,2023,Tổng,91',
			'Hà Nội,2023,LV1,9'
		]);
		for (const [, options] of PATHS) {
			const b = await check(corrected, wide('PAR'), options);
			const issues = await allIssues(b.outcome);
			expect(issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
				[2, 'Tỉnh', 'Hà Nội', 'already_imported']
			]);
			expect(issueMessage(issues[0]!)).toMatch(
				new RegExp(
					`^Trùng với dữ liệu đã nhập ở lần nhập số ${importId} \\(par-2023\\.csv, [0-9: /]+; giá trị tổng đã nhập: 90,10\\)\\. Nếu tệp này thay thế lần nhập đó, hãy xóa lần nhập đó trong Lịch sử nhập rồi kiểm tra lại$`
				)
			);
			expect(b.outcome.rowsValid).toBe(2);
			await discardCheck(b.outcome);
			// Long: the total is held already, the lĩnh vực is not.
			const c = await check(longer, long('PAR'), options);
			expect((await allIssues(c.outcome)).map((i) => [i.line, i.column, i.code])).toEqual([
				[2, 'Tỉnh', 'already_imported']
			]);
			expect(c.outcome.rowsValid).toBe(1);
			await discardCheck(c.outcome);
		}

		await removeImport(db, importId);
		const again = await check(corrected, wide('PAR'), {});
		expect(again.outcome.issueCount).toBe(0);
		expect(again.outcome.rowsValid).toBe(3);
		await discardCheck(again.outcome);
	});
});
