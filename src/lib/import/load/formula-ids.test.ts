import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { issuesToCsv } from '../report/errors-csv';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { allIssues, checkPrepared, discardCheck, type CheckOptions } from './check';
import type { PreparedFile } from './prepared';

/*
 * A respondent id that a spreadsheet would run as a formula is data: stored exactly as written, on every
 * check path; the error report, opened in Excel, shows it as text (an apostrophe in front, OWASP CSV
 * injection) and never runs it.
 */

const PATHS: [string, CheckOptions][] = [
	['javascript', { jsLimitBytes: 1 << 30 }],
	['streamed, rest in javascript', { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }],
	['streamed, rest in sql', { jsLimitBytes: 0, restJsLimitBytes: 0 }]
];

const HEADER = ['Mã phiếu', 'Năm', 'Đơn vị', 'Câu 9.1'];
const IDS = ['=HYPERLINK("http://x","y")', '+SUM(A1)', '-2+3', '@cmd'];
const csvCell = (c: string) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
const LINES = [
	HEADER.join(','),
	...IDS.map((id) => `${csvCell(id)},2024,Hà Nội,5`),
	`${csvCell(IDS[0]!)},2024,Hà Nội,4` // the first id again: reported, with its cell in the report
];

function prepared(): PreparedFile {
	const utf8 = new TextEncoder().encode(LINES.join('\n'));
	return {
		fileName: 'cong-thuc.csv',
		sha256: lazySha256(utf8),
		utf8,
		delimiter: ',',
		headerLine: 1,
		lastDataLine: LINES.length,
		skipLines: [],
		headers: HEADER,
		formats: [],
		notices: []
	};
}

describe('ids that look like formulas', () => {
	let db: Database;
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	it.each(PATHS)('%s: stored as written, neutralised in the error report', async (_, options) => {
		const plan = makePlan(
			SURVEY_CONTRACT,
			HEADER,
			{ respondent_key: 0, period: 1, unit_key: 2, q9_01: 3 },
			[]
		);
		const outcome = await checkPrepared(db, prepared(), plan, makeUnitResolver(createRegistry()), options);
		const stored = await outcome.pending.query<{ respondent_key: string }>(
			`SELECT respondent_key FROM survey_responses WHERE import_id = ? ORDER BY row_no`,
			[outcome.importId]
		);
		expect(stored.map((r) => r.respondent_key)).toEqual(IDS);
		const csv = issuesToCsv(await allIssues(outcome));
		await discardCheck(outcome);
		expect(csv.split('\r\n')[1]).toBe(
			`6,Mã phiếu,"'=HYPERLINK(""http://x"",""y"")",Mã phiếu trùng với dòng 2`
		);
	});
});
