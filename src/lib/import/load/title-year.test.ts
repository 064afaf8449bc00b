import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SkippedRow } from '../sniff/schema';
import { prepareText } from './prepare';
import { titleYear } from './title-year';

/* The year in a file's title, offered as the year when no column gives one. */

const title = (line: number, text: string, reason: SkippedRow['reason'] = 'title'): SkippedRow => ({
	line,
	endLine: line,
	reason,
	text
});

describe('titleYear', () => {
	it.each<[string, SkippedRow[], number, { year: number; line: number } | null]>([
		[
			'capitals',
			[title(1, 'UBND TỈNH QUẢNG NINH'), title(2, 'BẢNG TỔNG HỢP CHỈ SỐ CCHC NĂM 2021')],
			4,
			{ year: 2021, line: 2 }
		],
		['lower case, no diacritics', [title(1, 'ket qua chi so sipas nam 2019')], 3, { year: 2019, line: 1 }],
		['English', [title(1, 'PAPI scores, year 2018')], 3, { year: 2018, line: 1 }],
		[
			'the first title that has one',
			[title(1, 'NĂM 2020'), title(2, 'NĂM 2021')],
			4,
			{ year: 2020, line: 1 }
		],
		['a year not after "năm"', [title(1, 'KẾ HOẠCH 2021-2025')], 3, null],
		['a number too long', [title(1, 'NĂM 20211')], 3, null],
		['a word ending in "năm"', [title(1, 'Tháinăm 2021')], 3, null],
		['a date below the table', [title(9, 'Quảng Ninh, ngày 15 tháng 3 năm 2025')], 4, null],
		['a note, not a title', [title(1, 'Nguồn: năm 2024', 'note')], 4, null],
		['no title', [], 1, null]
	])('%s', (_, skipped, headerLine, expected) => {
		expect(titleYear(skipped, headerLine)).toEqual(expected);
	});

	it.each([
		['tcvn3.csv', { year: 2024, line: 2 }],
		['excel-1258-semicolon-titles.csv', { year: 2024, line: 3 }],
		['excel-export-titles-totals.csv', { year: 2024, line: 4 }], // the signature's "năm 2025" is below
		['windows-1258.csv', null]
	])('%s: %o', async (name, expected) => {
		const bytes = new Uint8Array(fs.readFileSync(path.resolve('tests/fixtures/import', name)));
		const prepared = await prepareText(name, bytes);
		if (!prepared.ok) throw new Error(prepared.problems.join('; '));
		expect(prepared.file.titleYear).toEqual(expected);
	});
});
