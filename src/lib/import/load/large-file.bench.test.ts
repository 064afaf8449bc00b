import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchSurveyCsv } from '$lib/bench/survey-file';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { makeUnitResolver } from '../units/resolve';
import { makePlan, missingRequired } from '../validate/plan';
import { allIssues, checkPrepared } from './check';
import { commitCheck } from './commit';
import { prepareText } from './prepare';

/*
 * A 200 MB survey file (1.9 million respondents, generated in memory, never committed) through the whole
 * import with the default options, as the page runs it: sniffed from its start and end, streamed to DuckDB,
 * loaded. A handful of cells are wrong on purpose at known lines, and the analyst must see exactly those,
 * on those lines, among 1.9 million good ones. About 25 s on two cores (8 s of it making the file).
 */

const ROWS = 1_900_000;
const MB = 1e6;

/** Line in the file → the cells of that line, changed. Columns: id, year, unit, four others, 23 answers. */
const EDITS: Record<number, (cells: string[]) => void> = {
	1_001: (c) => (c[7] = '6'), // Câu 9.1 off the scale
	500_001: (c) => (c[8] = 'Hài lòng'), // a label: valid, 4
	800_001: (c) => (c[9] = 'Rất tốt'), // not a label of the scale
	1_200_001: (c) => (c[0] = 'P1'), // the id of line 2
	1_500_001: (c) => (c[2] = 'Quảng Nnh') // a province misspelt
};

/** The bench file with `EDITS` made and its last line cut off half-way, as an interrupted download. */
function surveyFile(): Uint8Array {
	const bytes = benchSurveyCsv(ROWS);
	const encoder = new TextEncoder();
	const decoder = new TextDecoder();
	const parts: Uint8Array[] = [];
	let line = 1;
	let start = 0;
	let from = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] !== 0x0a) continue;
		const edit = EDITS[line];
		if (edit) {
			const cells = decoder.decode(bytes.subarray(start, i)).split(',');
			edit(cells);
			parts.push(bytes.subarray(from, start), encoder.encode(cells.join(',')));
			from = i;
		}
		line++;
		start = i + 1;
	}
	// The last record (line ROWS + 1) ends with a line feed: cut it after its first ten cells.
	const last = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
	let cut = last;
	for (let cells = 0; cells < 10; cut++) if (bytes[cut] === 0x2c) cells++;
	parts.push(bytes.subarray(from, cut - 1));
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.length;
	}
	return out;
}

describe('a 200 MB survey file', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it('is read, checked and loaded, with every deliberate error reported on its line', async () => {
		const bytes = surveyFile();
		expect(bytes.length).toBeGreaterThanOrEqual(200 * MB);

		const prepared = await prepareText('khao-sat-lon.csv', bytes);
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		const { file } = prepared;
		// The sniffer reads the start and the end only, and says so (and nothing else: the file is clean UTF-8).
		expect(file.notices).toEqual([
			expect.stringMatching(
				/^Tệp lớn \(20\d,\d MB\): chiso đoán định dạng từ phần đầu và phần cuối tệp; số dòng dữ liệu \(khoảng 1\.9\d\d\.\d{3}\) là ước tính\.$/
			)
		]);
		const plan = makePlan(
			SURVEY_CONTRACT,
			file.headers,
			autoMap(SURVEY_CONTRACT, file.headers),
			file.formats
		);
		expect(missingRequired(plan)).toEqual([]);
		expect(plan.fields).toHaveLength(30);

		const outcome = await checkPrepared(db, file, plan, makeUnitResolver(createRegistry()));
		expect(outcome.path).toBe('sql');
		expect(outcome.rowsRead).toBe(ROWS);
		// All but the label, "Rất tốt", the cut line, "6", "Quảng Nnh" and the repeated id (the gate turns a
		// repeat away; the exact checks report it).
		expect(outcome.rowsFast).toBe(ROWS - 6);
		const issues = await allIssues(outcome);
		expect(issues.map((i) => [i.line, i.column, i.value.slice(0, 14), issueMessage(i)])).toEqual([
			[1_001, 'Câu 9.1', '6', 'Ngoài thang đo 1–5'],
			[
				800_001,
				'Câu 9.3',
				'Rất tốt',
				'Không phải câu trả lời hợp lệ: dùng số 1–5 hoặc nhãn "Rất không hài lòng" … "Rất hài lòng"'
			],
			[1_200_001, 'Mã phiếu', 'P1', 'Mã phiếu trùng với dòng 2'],
			[
				1_500_001,
				'Đơn vị',
				'Quảng Nnh',
				'Không tìm thấy đơn vị này trong danh mục. Có phải: Quảng Ninh, Quảng Bình, Quảng Nam?'
			],
			[ROWS + 1, '', `P${ROWS},2024,`, 'Số ô của dòng khác số cột của tiêu đề (10 ô, tiêu đề có 30 cột)']
		]);
		expect([outcome.rowsValid, outcome.rowsRejected, outcome.issueCount]).toEqual([ROWS - 5, 5, 5]);

		const { importId, rowsLoaded } = await commitCheck(file, plan, outcome);
		expect(rowsLoaded).toBe(ROWS - 5);
		const [loaded] = await db.query<{ n: number; label: number | null }>(
			`SELECT count(*)::INTEGER AS n, max(q9_02) FILTER (WHERE row_no = 500001)::INTEGER AS label
			FROM survey_responses WHERE import_id = ?`,
			[importId]
		);
		expect(loaded).toEqual({ n: ROWS - 5, label: 4 });
	}, 600_000);
});
