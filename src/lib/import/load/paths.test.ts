import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import { setUpTables } from '$lib/workspace/setup';
import type { Database } from '$lib/db/types';
import { createRandom } from '$lib/sample/generate/random';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan, type ColumnMapping } from '../validate/plan';
import { allIssues, checkPrepared, discardCheck, type CheckOptions } from './check';
import type { PreparedFile } from './prepared';
import { landedRowsSql } from './targets';

/*
 * Every way a file can be checked gives the same issues and the same clean rows: the whole file in
 * JavaScript; streamed to DuckDB with the set-aside records checked in JavaScript; streamed with them checked
 * by the all-text SQL. The cells below are the ones where DuckDB's typed reading and the rules could part
 * ways ("+3", "3.0", "02024", spaces, quotes, no-break spaces, missing words…), and a seeded generated file
 * mixes them at random.
 */

const HEADER = ['Mã phiếu', 'Năm', 'Đơn vị', 'Giới tính', 'Câu 9.1', 'Câu 9.2'];
const MAPPING: ColumnMapping = { respondent_key: 0, period: 1, unit_key: 2, sex: 3, q9_01: 4, q9_02: 5 };

const PATHS: [string, CheckOptions][] = [
	['javascript', { jsLimitBytes: 1 << 30 }],
	['streamed, rest in javascript', { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }],
	['streamed, rest in sql', { jsLimitBytes: 0, restJsLimitBytes: 0 }]
];

const TRICKY_ANSWERS = [
	'5',
	'1',
	'',
	'+3',
	'3.0',
	'03',
	' 4',
	'4 ',
	'"4"',
	'""',
	'6',
	'0',
	'3.5',
	'0x03',
	'1_0'
];
const TRICKY_ANSWERS_2 = [
	'Hài lòng',
	'hai long',
	'4 - Hài lòng',
	'không trả lời',
	'KTL',
	'-',
	'Tốt',
	'\u00a05'
];
// "2" and a year too long for BIGINT once crashed the unit lookup, and read as "not an integer" in SQL.
const TRICKY_YEARS = [
	'2024',
	'02024',
	'2024.0',
	'+2024',
	' 2024',
	'1999',
	'',
	'năm 2024',
	'2025',
	'2',
	'99999999999999999999'
];
const TRICKY_IDS = ['P1', 'P2', 'P1', 'N/A', '', 'KTL', 'ABC', ' P3', '"P,4"', 'P"5', '=HYPERLINK("x")'];
const TRICKY_UNITS = ['Hà Nội', 'TP HCM', 'Bắc Giang', 'Quảng Nnh', '', ' Đà Nẵng', 'không trả lời', 'Huế'];
const TRICKY_SEX = ['Nam', 'Nữ', 'KTL', 'không trả lời', '', 'N/A', '#N/A', '1', ' Nữ', 'Nam\u00a0'];

function csvCell(cell: string): string {
	return /^".*"$/.test(cell) || !/[",\n]/.test(cell) ? cell : `"${cell.replace(/"/g, '""')}"`;
}

function generated(rows: number, seed: number): string {
	const rng = createRandom(seed);
	const pick = (plain: string[], tricky: string[], p: number) =>
		rng.next() < p ? rng.pick(tricky) : rng.pick(plain);
	const lines = [HEADER.join(',')];
	for (let r = 1; r <= rows; r++) {
		lines.push(
			[
				pick([`R${r}`, `R${r}`, `R${Math.max(1, r - 3)}`], TRICKY_IDS, 0.05),
				pick(['2024'], TRICKY_YEARS, 0.05),
				pick(['Hà Nội', 'Đà Nẵng', 'Cần Thơ'], TRICKY_UNITS, 0.05),
				pick(['Nam', 'Nữ'], TRICKY_SEX, 0.1),
				pick(['1', '2', '3', '4', '5', ''], [...TRICKY_ANSWERS, ...TRICKY_ANSWERS_2], 0.05),
				pick(['1', '2', '3', '4', '5'], TRICKY_ANSWERS, 0.05)
			]
				.map(csvCell)
				.join(',')
		);
		if (rng.next() < 0.01) lines.push(rng.pick(['', ',,,,,', 'P,2024,Hà Nội', 'I. KHỐI SỞ']));
	}
	return lines.join(rng.next() < 0.5 ? '\n' : '\r\n') + '\n';
}

const FILES: Record<string, string> = {
	'every tricky answer': [
		HEADER.join(','),
		...TRICKY_ANSWERS.map((a, i) => `A${i},2024,Hà Nội,Nam,${csvCell(a)},3`),
		...TRICKY_ANSWERS_2.map((a, i) => `B${i},2024,Hà Nội,Nữ,${csvCell(a)},${csvCell(TRICKY_ANSWERS[i]!)}`)
	].join('\n'),
	'every tricky year, id, unit and text': [
		HEADER.join(','),
		...TRICKY_YEARS.map((y, i) => `Y${i},${csvCell(y)},Hà Nội,Nam,5,5`),
		...TRICKY_IDS.map((id, i) => `${csvCell(id)},2024,Hà Nội,Nam,4,${(i % 5) + 1}`),
		...TRICKY_UNITS.map((u, i) => `U${i},2024,${csvCell(u)},Nữ,3,3`),
		...TRICKY_SEX.map((s, i) => `S${i},2024,Cần Thơ,${csvCell(s)},2,2`)
	].join('\n'),
	'duplicates across plain and set-aside rows': [
		HEADER.join(','),
		'D1,2024,Hà Nội,Nam,5,5',
		'D1,2024,Hà Nội,Nam,Hài lòng,5',
		'D2,2024,Hà Nội,Nam,Hài lòng,5',
		'D2,2024,Hà Nội,Nam,5,5',
		'D3,2024,Quảng Nnh,Nam,5,5',
		'D3,2024,Hà Nội,Nam,5,5',
		' D4,2024,Hà Nội,Nam,5,5',
		'D4,2024,Hà Nội,Nam,5,5'
	].join('\r\n'),
	'quoted line breaks and cut records': [
		HEADER.join(','),
		'Q1,2024,"Hà\nNội",Nam,5,5',
		'Q2,2024,Hà Nội,"Nam\nNữ",5,5',
		'Q3,2024,Hà Nội,Nam,5',
		'Q4,2024,Hà Nội,Nam,5,5,5',
		'Q5,2024,"Hà Nội,Nam,5,5'
	].join('\n'),
	// A lone CR is a line break and quotes are read as the sniffer reads them: PapaParse once took a CR in
	// the first record for the file's line break, DuckDB refused it, and the two read "x" y differently.
	'lone CRs and odd quotes': [
		HEADER.join(','),
		'C1,2024,Hà Nội,Na\rm,5,5',
		'C2,2024,Hà Nội,Nam,5,5\rC3,2024,Hà Nội,Nữ,4,4',
		'C4,2024,"Hà\rNội",Nam,5,5',
		'O1,2024,Hà Nội,"Nam" (chủ hộ),5,5',
		'O2,2024,Hà Nội,Nam,"5" ,5',
		'O3,2024,Hà Nội,Nam 5\'3",5,5',
		'O4,2024,Hà Nội,Nam,4,4',
		'O5,2024,Hà Nội,"Nữ"",4,4'
	].join('\n'),
	// DuckDB kept a NUL in a cell while a SQL literal cannot hold one, and refused a line over 2 MiB that the
	// JavaScript path read: each path failed or passed such a file in its own way.
	'NUL bytes and a line too long': [
		HEADER.join(','),
		'N1,2024,Hà Nội,N\u0000am,5,5',
		'N\u00002,2024,Hà Nội,Nam,5,5',
		`N3,2024,Hà Nội ${'x'.repeat(2_200_000)},Nam,5,5`,
		'N4,2024,Hà Nội,Nam,4,4'
	].join('\n'),
	'generated, seed 1': generated(400, 1),
	'generated, seed 2': generated(400, 2)
};

async function prepared(text: string): Promise<PreparedFile> {
	const utf8 = new TextEncoder().encode(text);
	return {
		fileName: 'paths.csv',
		sha256: lazySha256(utf8),
		utf8,
		delimiter: ',',
		headerLine: 1,
		lastDataLine: Number.MAX_SAFE_INTEGER,
		skipLines: [],
		headers: HEADER,
		formats: [],
		notices: []
	};
}

describe('the three check paths agree', () => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	const plan = makePlan(SURVEY_CONTRACT, HEADER, MAPPING, []);
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	async function run(text: string, options: CheckOptions) {
		const outcome = await checkPrepared(db, await prepared(text), plan, resolve, options);
		const issues = await allIssues(outcome);
		const rows = await outcome.pending.query(landedRowsSql(outcome.target, outcome.importId));
		await discardCheck(outcome);
		const { rowsRead, rowsValid, rowsRejected, issueCount, rowsFast } = outcome;
		return { issues, rows, counts: { rowsRead, rowsValid, rowsRejected, issueCount }, rowsFast };
	}

	it.each(Object.keys(FILES))('%s', async (name) => {
		const [reference, ...others] = await Promise.all(PATHS.map(([, options]) => run(FILES[name]!, options)));
		for (const other of others) {
			expect(other.issues).toEqual(reference!.issues);
			expect(other.rows).toEqual(reference!.rows.map((r) => ({ ...r })));
			expect(other.counts).toEqual(reference!.counts);
			expect(other.rowsFast).toBeGreaterThan(0);
		}
		expect(reference!.issues.length).toBeGreaterThan(0);
		expect(reference!.rows.length).toBeGreaterThan(0);
	});

	it('reads lone CRs and odd quotes as the sniffer and Excel do', async () => {
		const streamed = await run(FILES['lone CRs and odd quotes']!, PATHS[2]![1]);
		// The CR inside C1's cell breaks the line, as in Excel: two short lines, each reported.
		expect(streamed.issues.map((i) => [i.line, i.value, i.code])).toEqual([
			[2, 'C1,2024,Hà Nội,Na', 'field_count'],
			[3, 'm,5,5', 'field_count'],
			[12, '', 'unclosed_quote']
		]);
		expect(streamed.rows.map((r) => [r.__line, r.respondent_key, r.sex, r.item_001])).toEqual([
			[4, 'C2', 'Nam', 5],
			[5, 'C3', 'Nữ', 4],
			[6, 'C4', 'Nam', 5], // the quoted CR is data, and a line: O1 is on line 8
			[8, 'O1', 'Nam (chủ hộ)', 5],
			[9, 'O2', 'Nam', 5],
			[10, 'O3', 'Nam 5\'3"', 5],
			[11, 'O4', 'Nam', 4]
		]);
	});

	it('reports NUL bytes on their cell and a line over a million bytes on its line', async () => {
		const streamed = await run(FILES['NUL bytes and a line too long']!, PATHS[2]![1]);
		expect(streamed.issues.map((i) => [i.line, i.column, i.value.slice(0, 20), i.code])).toEqual([
			[2, 'Giới tính', 'N␀am', 'nul_char'],
			[3, 'Mã phiếu', 'N␀2', 'nul_char'],
			[4, '', 'N3,2024,Hà Nội xxxxx', 'record_too_long']
		]);
		expect(streamed.rows.map((r) => r.respondent_key)).toEqual(['N4']);
	});

	it('sends plain records down the typed path and the rest to the exact checks', async () => {
		const text = [
			HEADER.join(','),
			'P1,2024,Hà Nội,Nam,5,4',
			'P2,2024,Hà Nội,Nam,+3,4',
			'P3,2024,Hà Nội,Nam,3.5,4',
			'P4,2024,Hà Nội,Nam,0x03,4'
		].join('\n');
		const streamed = await run(text, PATHS[1]![1]);
		expect(streamed.rowsFast).toBe(1);
		// DuckDB's integer cast reads "3.5" as 4 and "0x03" as 3; the rules do not, and they decide.
		expect(streamed.issues.map((i) => [i.line, i.value, i.code])).toEqual([
			[4, '3.5', 'not_likert'],
			[5, '0x03', 'not_likert']
		]);
		expect(streamed.rows.map((r) => [r.__line, r.item_001])).toEqual([
			[2, 5],
			[3, 3]
		]);
	});
});
