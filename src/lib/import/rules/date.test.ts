import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { literal } from '$lib/sql/quote';
import { dateYear, dateYearSql, parseDate, parseDateSql } from './date';

const CASES: [string, string | null][] = [
	['05/12/2024', '2024-12-05'],
	['5/1/2024', '2024-01-05'],
	['05-12-2024', '2024-12-05'],
	['05.12.2024', '2024-12-05'],
	['05/12/2024 10:30:15', '2024-12-05'], // Google Forms' "Dấu thời gian"
	['05/12/2024 9:05', '2024-12-05'],
	['2024-12-05', '2024-12-05'], // the Excel reader's date cells
	['2024-12-05T10:30:00', '2024-12-05'],
	['2024-12-05 10:30:00.250', '2024-12-05'],
	['29/02/2024', '2024-02-29'], // a leap day
	['29/02/2023', null],
	['31/04/2024', null],
	['12/31/2024', null], // month first: not read as a date, never guessed
	['00/01/2024', null],
	['05/12/24', null], // a two-digit year is ambiguous
	['05/12/1890', null],
	['2024/12/05', null],
	['45632', null], // an Excel serial number left as a number
	['ngày 5 tháng 12', null],
	['05/12/2024 sáng', null]
];

describe('parseDate', () => {
	it.each(CASES)('%j → %j', (text, day) => {
		expect(parseDate(text)).toBe(day);
	});
});

describe('parseDateSql agrees with parseDate on the real engine', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it('on every case', async () => {
		const values = CASES.map(([text], i) => `(${i}, ${literal(text)})`).join(', ');
		const rows = await db.query<{ i: number; day: string | null }>(
			`SELECT i, ${parseDateSql('t')} AS day FROM (VALUES ${values}) v(i, t) ORDER BY i`
		);
		expect(rows.map((r) => r.day)).toEqual(CASES.map(([, day]) => day));
	});

	it('on the year of each case (the year a survey row takes from its date)', async () => {
		const values = CASES.map(([text], i) => `(${i}, ${literal(text)})`).join(', ');
		const rows = await db.query<{ year: number | null }>(
			`SELECT ${dateYearSql('t')} AS year FROM (VALUES ${values}) v(i, t) ORDER BY i`
		);
		const years = CASES.map(([text]) => dateYear(text));
		expect(years.slice(0, 3)).toEqual([2024, 2024, 2024]);
		expect(years.filter((y) => y === null)).toHaveLength(CASES.filter(([, day]) => day === null).length);
		expect(rows.map((r) => r.year)).toEqual(years);
	});

	it('on generated days, valid and not, in both ways of writing them', async () => {
		const texts: string[] = [];
		for (let i = 0; i < 400; i++) {
			const d = (i * 7) % 33;
			const m = (i * 5) % 14;
			const y = 1985 + ((i * 11) % 130);
			texts.push(`${d}/${m}/${y}`, `${y}-${m}-${d}`);
		}
		const values = texts.map((t, i) => `(${i}, ${literal(t)})`).join(', ');
		const rows = await db.query<{ day: string | null }>(
			`SELECT ${parseDateSql('t')} AS day FROM (VALUES ${values}) v(i, t) ORDER BY i`
		);
		expect(rows.map((r) => r.day)).toEqual(texts.map(parseDate));
		expect(rows.filter((r) => r.day !== null).length).toBeGreaterThan(200);
	});
});
