import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import { setUpTables } from '$lib/workspace/setup';
import { SIPAS_1001 } from '$lib/survey/questionnaire';
import type { Database } from '$lib/db/types';
import { createRegistry } from '$lib/units';
import type { Contract } from '../contracts/field';
import { scoresContract } from '../contracts/scores';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { isExcelFile, listSheets, sheetToCsv } from '../excel';
import { autoMap } from '../mapping/auto-map';
import { makeUnitResolver } from '../units/resolve';
import { makePlan, missingRequired, type CheckPlan } from '../validate/plan';
import type { UnitResolver } from '../validate/unit-map';
import { allIssues, checkPrepared, discardCheck, type CheckOptions } from './check';
import type { PreparedFile } from './prepared';
import { prepareText } from './prepare';
import { landedRowsSql, type ImportTarget } from './targets';

/*
 * Every file of the fixture corpus (tests/fixtures/import/, and each sheet of the Excel fixtures as the page
 * turns it into CSV) through the three check paths: the whole file in JavaScript; streamed with the set-aside
 * records in JavaScript; streamed with them in SQL. Each file is mapped as the import page maps it: autoMap
 * to the survey or to the PAR score table, whichever takes more columns (on a tie, the one whose required
 * fields are all mapped), with the year typed in when neither a column nor a date column gives it. Every
 * path must report the same issues, keep the same clean rows and count the same, with the unit registry and
 * again with every unit known (so the agencies' files have clean rows to compare too). The files that cannot
 * be read and those that cannot be mapped are listed, so a new fixture cannot slip past the comparison
 * unnoticed.
 */

const DIR = path.resolve('tests/fixtures/import');

const PATHS: [string, CheckOptions][] = [
	['javascript', { jsLimitBytes: 1 << 30 }],
	['streamed, rest in javascript', { jsLimitBytes: 0, restJsLimitBytes: 1 << 30 }],
	['streamed, rest in sql', { jsLimitBytes: 0, restJsLimitBytes: 0 }]
];

const CONTRACTS: { target: string; contract: Contract; yearKey: string }[] = [
	{ target: 'survey', contract: SURVEY_CONTRACT, yearKey: 'period' },
	{ target: 'PAR', contract: scoresContract('PAR'), yearKey: 'year' }
];

/** Files the sniffer or the Excel reader refuses: not a table. */
const NOT_READ = [
	'binary.csv',
	'bom-only.csv',
	'empty.csv',
	'excel/co-mat-khau.xlsx',
	'excel/excel-97-2003.xls',
	'excel/hong.xlsx',
	'excel/khao-sat-hai-long.xlsx › Ghi chú',
	'html-export.xls',
	'whitespace-only.csv',
	'xlsx-renamed.csv'
];

/** Tables whose required fields autoMap cannot find: the analyst maps them by hand. */
const NOT_MAPPED = [
	'excel/cong-thuc-va-html.xlsx › Nhập liệu & kiểm tra',
	'excel/khao-sat-hai-long.xlsx › Dữ liệu khảo sát'
];

/** What the corpus is mapped to (file → target), so a change of autoMap shows here. */
const TARGETS: Record<string, string> = {
	'excel-1258-semicolon-titles.csv': 'PAR',
	// "Số phiếu" (forms counted) reads as the respondent id, "Đơn vị" as the unit: two survey fields to one.
	'excel-export-titles-totals.csv': 'survey',
	'excel/par-quang-ninh.xlsx › Chỉ số CCHC 2024': 'PAR',
	// Score checks' fixtures (score-checks.test.ts reads them as PAPI and as a long PAR table).
	'scores-par-long-totals.csv': 'PAR',
	'scores-papi-wide-versions.csv': 'PAR',
	'semicolon-decimal-comma.csv': 'PAR',
	'survey-2000-columns.csv': 'survey',
	// A year column and dates that disagree on a line; no year column, each row's year read from its date.
	'survey-date-year-disagree.csv': 'survey',
	'survey-dates-no-year.csv': 'survey',
	'survey-likert.csv': 'survey',
	'survey-mixed-encoding.csv': 'survey',
	// An office's own questionnaire (tests/import-questionnaire.test.ts): mapped here without its items.
	'questionnaire/khao-sat-hai-long-binh-dinh-2024-dot-2.csv': 'survey',
	'questionnaire/khao-sat-hai-long-binh-dinh-2024.csv': 'survey',
	'tcvn3-saved-as-utf8.csv': 'PAR',
	// Lists of a province's units (/units/list/ reads them): only their unit column maps, as a score table.
	'units/danh-muc-co-loi.csv': 'PAR',
	'units/danh-muc-khong-stt.csv': 'PAR',
	'units/danh-muc-vinh-long.csv': 'PAR',
	'tcvn3.csv': 'PAR',
	'utf16be-bom.csv': 'PAR',
	'utf16le-bom.txt': 'PAR',
	'vni.csv': 'PAR',
	'windows-1258.csv': 'PAR'
};

interface Entry {
	name: string;
	/** The file, or the sheet as the page turns it into CSV; null when the Excel reader refuses the file. */
	bytes: Uint8Array | null;
	/** A sheet of an Excel file (read with a decimal point, as the page does). */
	sheet?: boolean;
}

interface Mapped {
	name: string;
	file: PreparedFile;
	target: string;
	plan: CheckPlan;
}

async function corpusEntries(): Promise<Entry[]> {
	const entries: Entry[] = [];
	const names = fs.readdirSync(DIR, { recursive: true, encoding: 'utf8' }).sort();
	for (const name of names) {
		const full = path.join(DIR, name);
		if (!fs.statSync(full).isFile()) continue;
		const bytes = new Uint8Array(fs.readFileSync(full));
		if (!name.startsWith('excel/')) {
			entries.push({ name, bytes });
			continue;
		}
		if (!isExcelFile(bytes, name)) throw new Error(`${name}: not an Excel file`);
		const sheets = await listSheets(bytes).catch(() => null);
		if (sheets === null) entries.push({ name, bytes: null });
		for (const sheet of sheets ?? []) {
			const csv = await sheetToCsv(bytes, sheet.name);
			entries.push({
				name: `${name} › ${sheet.name}`,
				bytes: new TextEncoder().encode(csv.csv),
				sheet: true
			});
		}
	}
	return entries;
}

async function mapCorpus(): Promise<{ mapped: Mapped[]; notRead: string[]; notMapped: string[] }> {
	const mapped: Mapped[] = [];
	const notRead: string[] = [];
	const notMapped: string[] = [];
	for (const { name, bytes, sheet } of await corpusEntries()) {
		// As the import page reads a sheet: the Excel reader writes a decimal point.
		const prepared = bytes && (await prepareText(name, bytes, sheet ? { decimal: '.' } : {}));
		if (!prepared?.ok) {
			notRead.push(name);
			continue;
		}
		const { headers, formats } = prepared.file;
		const [best] = CONTRACTS.map((c) => {
			const mapping = autoMap(c.contract, headers);
			// As on the page: the year typed only where neither a column nor a date column gives it.
			const untyped = makePlan(c.contract, headers, mapping, formats);
			const plan = untyped.yearKey
				? untyped
				: makePlan(c.contract, headers, mapping, formats, { [c.yearKey]: '2024' });
			const columns = plan.fields.filter((f) => f.constant === null).length;
			return { target: c.target, plan, columns, missing: missingRequired(plan).length };
		}).sort((a, b) => b.columns - a.columns || a.missing - b.missing);
		if (best!.missing > 0) notMapped.push(name);
		else mapped.push({ name, file: prepared.file, target: best!.target, plan: best!.plan });
	}
	return { mapped, notRead, notMapped };
}

const corpus = await mapCorpus();

describe('every corpus file through every check path', () => {
	let db: Database;
	const registry = createRegistry();
	const RESOLVERS: [string, UnitResolver][] = [
		['the registry', makeUnitResolver(registry)],
		['every unit known', () => ({ unitKey: registry.all()[0]!.key })]
	];
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	async function run(m: Mapped, resolve: UnitResolver, options: CheckOptions) {
		const target: ImportTarget =
			m.target === 'survey'
				? { kind: 'survey', questionnaire: SIPAS_1001 }
				: { kind: 'scores', indexCode: 'PAR' };
		const outcome = await checkPrepared(db, m.file, m.plan, resolve, { ...options, target });
		const issues = await allIssues(outcome);
		const rows = await outcome.pending.query(landedRowsSql(outcome.target, outcome.importId));
		await discardCheck(outcome);
		const { rowsRead, rowsValid, rowsRejected, issueCount } = outcome;
		return {
			issues,
			rows: rows.map((r) => ({ ...r })),
			counts: { rowsRead, rowsValid, rowsRejected, issueCount }
		};
	}

	it('reads and maps every file it can, and lists those it cannot', () => {
		expect(corpus.notRead).toEqual(NOT_READ);
		expect(corpus.notMapped).toEqual(NOT_MAPPED);
		expect(Object.fromEntries(corpus.mapped.map((m) => [m.name, m.target]))).toEqual(TARGETS);
	});

	describe.each(RESOLVERS)('with %s', (_, resolve) => {
		it.each(corpus.mapped.map((m) => [m.name, m] as const))('%s', async (_name, m) => {
			const results = [];
			for (const [, options] of PATHS) results.push(await run(m, resolve, options));
			const [reference, ...others] = results;
			others.forEach((other, i) => {
				const label = PATHS[i + 1]![0];
				expect(other.issues, label).toEqual(reference!.issues);
				expect(other.rows, label).toEqual(reference!.rows);
				expect(other.counts, label).toEqual(reference!.counts);
			});
			expect(reference!.counts.rowsRead).toBeGreaterThan(0);
		});
	});
});
