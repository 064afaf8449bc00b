import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { setUpTables } from '$lib/workspace/setup';
import { scoresContract } from '../contracts/scores';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { makePlan, missingRequired, type CheckPlan } from '../validate/plan';
import type { UnitResolver } from '../validate/unit-map';
import { createRegistry } from '$lib/units';
import { allIssues, checkPrepared, discardCheck, type CheckOutcome } from './check';
import { commitCheck } from './commit';
import { listImports, removeImport } from './history';
import type { PreparedFile } from './prepared';
import { prepareText } from './prepare';
import { landedRowsSql } from './targets';

/* Real files on disk, through the whole import: what the analyst sees, and what lands in the tables. */

const fixture = (name: string) =>
	new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));

describe('importing the fixture files', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());
	// Several fixtures hold the same provinces' SIPAS 2024: each test starts without the others' imports,
	// which would make its rows repeats of an earlier import (score-checks.test.ts).
	afterEach(async () => {
		for (const { import_id } of await listImports(db)) await removeImport(db, import_id);
	});

	/** The file sniffed and prepared (a fixture unless `bytes` are given); a refusal fails the test. */
	async function prepareOk(name: string, bytes = fixture(name)) {
		const prepared = await prepareText(name, bytes);
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		return prepared;
	}

	/** A survey file's plan as the import page first draws it: every column mapped from its name. */
	const autoSurveyPlan = (file: PreparedFile) =>
		makePlan(SURVEY_CONTRACT, file.headers, autoMap(SURVEY_CONTRACT, file.headers), file.formats);

	/** Checks the file in JavaScript and streamed to DuckDB: both must find the same; the streamed check stays. */
	async function bothPaths(file: PreparedFile, plan: CheckPlan, resolve: UnitResolver) {
		const seen = async (outcome: CheckOutcome) => ({
			issues: await allIssues(outcome),
			rows: await outcome.pending.query(landedRowsSql(outcome.target, outcome.importId)),
			counts: [outcome.rowsRead, outcome.rowsValid, outcome.rowsRejected, outcome.issueCount]
		});
		const js = await checkPrepared(db, file, plan, resolve, { jsLimitBytes: 1 << 30 });
		expect(js.path).toBe('js');
		const inJs = await seen(js);
		await discardCheck(js);
		const outcome = await checkPrepared(db, file, plan, resolve, { jsLimitBytes: 0 });
		expect(outcome.path).toBe('sql');
		const streamed = await seen(outcome);
		expect(streamed.issues).toEqual(inJs.issues);
		expect(streamed.rows).toEqual(inJs.rows.map((r) => ({ ...r })));
		expect(streamed.counts).toEqual(inJs.counts);
		return { outcome, streamed };
	}

	it('Windows-1258 score table: converted, numbers read with a decimal point', async () => {
		const prepared = await prepareOk('windows-1258.csv');
		expect(prepared.file.notices.join(' ')).toMatch(/Windows-1258/);
		const contract = scoresContract('SIPAS');
		const mapping = autoMap(contract, prepared.file.headers);
		expect(mapping).toMatchObject({ unit_key: 0, total: 2, published_rank: 3 });
		const plan = makePlan(contract, prepared.file.headers, mapping, prepared.file.formats, { year: '2024' });
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()), {
			target: { kind: 'scores', indexCode: 'SIPAS' }
		});
		expect(outcome.preview).toEqual([]);
		const { importId } = await commitCheck(prepared.file, plan, outcome);
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

	it("an analyst's Excel export on Vietnamese Windows: Windows-1258, semicolons, decimal commas, titles and totals", async () => {
		const prepared = await prepareOk('excel-1258-semicolon-titles.csv');
		const { file } = prepared;
		expect(file.notices.join(' ')).toMatch(/Windows-1258/);
		expect(file.delimiter).toBe(';');
		expect([file.headerLine, file.lastDataLine]).toEqual([5, 10]); // titles above, totals and source below
		expect(file.headers).toEqual(['STT', 'Tỉnh/thành phố', 'Chỉ số SIPAS', 'Xếp hạng']);
		const contract = scoresContract('SIPAS');
		const mapping = autoMap(contract, file.headers);
		expect(mapping).toMatchObject({ unit_key: 1, total: 2, published_rank: 3 });
		const plan = makePlan(contract, file.headers, mapping, file.formats, { year: '2024' });
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()), {
			target: { kind: 'scores', indexCode: 'SIPAS' }
		});
		expect(outcome.preview).toEqual([]);
		const { importId, rowsLoaded } = await commitCheck(file, plan, outcome);
		expect(rowsLoaded).toBe(5);
		const rows = await db.query(
			`SELECT u.name, s.value, s.published_rank FROM index_scores s JOIN units u USING (unit_key)
			WHERE import_id = ? ORDER BY s.published_rank`,
			[importId]
		);
		expect(rows).toEqual([
			{ name: 'Quảng Ninh', value: 90.61, published_rank: 1 },
			{ name: 'Cà Mau', value: 87.2, published_rank: 4 },
			{ name: 'Bà Rịa - Vũng Tàu', value: 86.07, published_rank: 8 },
			{ name: 'Hà Nội', value: 85.32, published_rank: 12 },
			{ name: 'Huế', value: 84.11, published_rank: 20 } // Thừa Thiên Huế, a city under the centre since 2025
		]);
	});

	it('semicolons and decimal commas with thousands dots', async () => {
		const prepared = await prepareOk('semicolon-decimal-comma.csv');
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
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()), {
			target: { kind: 'scores', indexCode: 'SIPAS' }
		});
		expect(outcome.preview).toEqual([]);
		const { importId } = await commitCheck(prepared.file, plan, outcome);
		const values = await db.query<{ value: number }>(
			'SELECT value FROM index_scores WHERE import_id = ? ORDER BY value DESC',
			[importId]
		);
		expect(values.map((v) => v.value)).toEqual([90.61, 88.09, 87.2, 85.32, 84.11]);
	});

	it('Excel export with title, column-number, group and totals rows: line numbers as in the file', async () => {
		const prepared = await prepareOk('excel-export-titles-totals.csv');
		const contract = scoresContract('SIPAS');
		const headers = prepared.file.headers;
		const unit = headers.findIndex((h) => /Đơn vị/.test(h));
		const total = headers.findIndex((h) => /Tỷ lệ hài lòng/.test(h));
		const plan = makePlan(contract, headers, { unit_key: unit, total }, prepared.file.formats, {
			year: '2024'
		});
		const outcome = await checkPrepared(db, prepared.file, plan, makeUnitResolver(createRegistry()), {
			target: { kind: 'scores', indexCode: 'SIPAS' }
		});
		// The agencies are not in the registry yet: each is reported on its own line, never silently dropped.
		expect(outcome.preview[0]).toMatchObject({ line: 10, value: 'Sở Nội vụ', code: 'unknown_unit' });
		expect(outcome.preview.map((i) => i.line)).not.toContain(9); // the group row "I. KHỐI SỞ…" is skipped
		expect(outcome.rowsValid).toBe(0);
	});

	it('Likert labels instead of numbers, with and without diacritics', async () => {
		const prepared = await prepareOk('survey-likert.csv');
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
			],
			// A month-first date among day-first ones (17/3/2025 is fine): reported, never read as the 3rd of month 25.
			[11, 'Ngày khảo sát', '03/25/2025', 'Không phải là ngày theo dạng ngày/tháng/năm (ví dụ 05/12/2024)']
		]);
		expect(outcome.rowsValid).toBe(9);
	});

	it('a survey 2,000 columns wide: its columns found among the rest, checked alike both ways, loaded', async () => {
		const prepared = await prepareOk('survey-2000-columns.csv');
		const { file, sniff } = prepared;
		expect(file.headers).toHaveLength(2000);
		expect(file.notices.join(' ')).toMatch(/^Tệp lớn \(0,8 MB\)/);
		expect(sniff.rowCount.exact).toBe(false);
		const mapping = autoMap(SURVEY_CONTRACT, file.headers);
		expect(mapping).toMatchObject({
			respondent_key: 0,
			period: 1,
			unit_key: 2,
			sex: 3,
			q9_01: 4,
			q9_39: 1942,
			age_group: 1999
		});
		expect(Object.keys(mapping)).toHaveLength(44); // all but the service and the channel
		const plan = makePlan(SURVEY_CONTRACT, file.headers, mapping, file.formats);
		expect(missingRequired(plan)).toEqual([]);
		const resolve = makeUnitResolver(createRegistry());

		const { outcome, streamed } = await bothPaths(file, plan, resolve);
		// 300 records: lines 10 ('6'), 20 (a label) and 50 ('không trả lời') are set aside for the exact
		// checks, and so are 40 (an unknown unit), 70 (no year) and 30 (an id already let through); line 80 is
		// cut short; the other 293 are plain and clean, and go straight to the table.
		expect(outcome.rowsFast).toBe(293);

		expect(streamed.counts).toEqual([300, 295, 5, 5]);
		expect(streamed.issues.map((i) => [i.line, i.column, i.value.slice(0, 16), issueMessage(i)])).toEqual([
			[10, 'Câu 9.5', '6', 'Ngoài thang đo 1–5'],
			[30, 'Mã phiếu', 'W0028', 'Mã phiếu trùng với dòng 29'],
			[
				40,
				'Đơn vị',
				'Quảng Nnh',
				'Không tìm thấy đơn vị này trong danh mục. Có phải: Quảng Ninh, Quảng Bình, Quảng Nam?'
			],
			// Without a year Hải Phòng cannot be told from its namesake before the 2025 merger: the year is the
			// problem, and only the year is reported.
			[70, 'Năm', '', 'Ô bắt buộc đang để trống'],
			[80, '', 'W0079,2024,Hà Nộ', 'Số ô của dòng khác số cột của tiêu đề (1500 ô, tiêu đề có 2000 cột)']
		]);

		const { importId, rowsLoaded } = await commitCheck(file, plan, outcome);
		expect(rowsLoaded).toBe(295);
		const answer = async (line: number, column: string) =>
			(
				await db.query<{ v: number | null }>(
					`SELECT ${column} AS v FROM survey_responses WHERE import_id = ? AND row_no = ?`,
					[importId, line]
				)
			)[0]?.v;
		expect(await answer(20, 'item_039')).toBe(4); // "Hài lòng"
		expect(await answer(50, 'item_020')).toBeNull(); // "không trả lời": no answer, never 0
		const [errors] = await db.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM import_errors WHERE import_id = ?',
			[importId]
		);
		expect(errors!.n).toBe(5);
	});

	it('a UTF-8 survey with lines pasted from a Windows-1258 file: those lines reported, the rest loaded', async () => {
		const prepared = await prepareOk('survey-mixed-encoding.csv');
		const { file, sniff } = prepared;
		// Larger than the sniffer's sample: it read the start and the end, which are UTF-8.
		expect(sniff.encoding).toMatchObject({ status: 'text', label: 'UTF-8', transcode: false });
		expect(file.notices.join(' ')).toMatch(/^Tệp lớn \(0,4 MB\)/);
		const plan = autoSurveyPlan(file);
		const resolve = makeUnitResolver(createRegistry());
		const { outcome, streamed } = await bothPaths(file, plan, resolve);

		const message =
			'Ô có byte không phải chữ Unicode (UTF-8), hiện thành �: dòng này có lẽ được ghép từ một tệp lưu bằng bảng mã khác (Windows-1258/ANSI, TCVN3, VNI), hoặc tệp bị cắt giữa chừng. Hãy gõ lại ô này, hoặc chuyển tệp gốc sang Unicode (ví dụ bằng Unikey) rồi chép lại';
		// The value as the file has it, each byte that is not UTF-8 shown as �. A note nobody maps counts too: a
		// cell that is not text is reported wherever it is (DuckDB itself would only refuse it in a column it reads).
		expect(streamed.issues.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[6301, 'Đơn vị', 'H� N��i', message],
			[6800, 'Giới tính', 'N��', message],
			[7200, 'Ghi chú', 'Thu� tu�c nhanh', message]
		]);
		expect(streamed.counts).toEqual([9000, 8997, 3, 3]);
		const { rowsLoaded } = await commitCheck(file, plan, outcome);
		expect(rowsLoaded).toBe(8997);
	});

	it('a header cell with a NUL byte, in a file with a BOM: named with ␀ in the report, not an error', async () => {
		const text = '\ufeffMã phiếu,Năm\u0000,Đơn vị,Câu 9.1\r\nA1,2024,Hà Nội,5\r\nA2,20x4,Hà Nội,4\r\n';
		const prepared = await prepareOk('nul-header.csv', new TextEncoder().encode(text));
		const { file } = prepared;
		expect(file.headers).toEqual(['Mã phiếu', 'Năm␀', 'Đơn vị', 'Câu 9.1']);
		const mapping = { respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 };
		const plan = makePlan(SURVEY_CONTRACT, file.headers, mapping, file.formats);
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()));
		expect(outcome.preview.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
			[3, 'Năm␀', '20x4', 'not_an_integer']
		]);
		expect(outcome.rowsValid).toBe(1);
		await discardCheck(outcome);
	});

	it('a stray NUL byte in a small file without BOM: its line reported, the file read', async () => {
		const rows = Array.from({ length: 30 }, (_, r) => `A${r + 1},2024,${r === 1 ? 'Hà N\u0000ội' : 'Huế'},4`);
		const text = ['Mã phiếu,Năm,Đơn vị,Câu 9.1', ...rows, ''].join('\n');
		const prepared = await prepareOk('nul-row.csv', new TextEncoder().encode(text));
		const { file } = prepared;
		const plan = autoSurveyPlan(file);
		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()));
		expect(outcome.preview.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[
				3,
				'Đơn vị',
				'Hà N␀ội',
				'Ô có ký tự NUL (byte 0, hiện thành ␀), không phải chữ: tệp có thể bị hỏng ở dòng này. Hãy xóa ký tự này hoặc xuất lại tệp'
			]
		]);
		expect(outcome.rowsValid).toBe(29);
		await discardCheck(outcome);
	});
});
