import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { ident, identList, literal } from './quote';

const hostile = [
	'tỉnh',
	'Điểm "tổng"',
	"Sở Nội vụ's",
	'a; DROP TABLE t; --',
	'x"; DROP TABLE t; --',
	"'); DELETE FROM t; --",
	'Chỉ số\nxuống dòng',
	'   ',
	'select',
	'ĐBSCL – vùng',
	'=HYPERLINK("http://x")',
	'<img src=x onerror=alert(1)>'
];

describe('ident', () => {
	it.each([
		['tinh', '"tinh"'],
		['Điểm "tổng"', '"Điểm ""tổng"""'],
		['a b', '"a b"']
	])('ident(%j) → %s', (name, quoted) => {
		expect(ident(name)).toBe(quoted);
	});
	it('refuses an empty name and NUL', () => {
		expect(() => ident('')).toThrow();
		expect(() => ident('a\u0000b')).toThrow();
	});
	it('joins a list', () => {
		expect(identList(['a', 'b"c'])).toBe('"a", "b""c"');
	});
});

describe('literal', () => {
	it.each([
		[null, 'NULL'],
		[undefined, 'NULL'],
		[true, 'TRUE'],
		[false, 'FALSE'],
		[85.32, '85.32'],
		[-1, '-1'],
		["Sở Nội vụ's", "'Sở Nội vụ''s'"],
		['', "''"]
	])('literal(%j) → %s', (value, sql) => {
		expect(literal(value)).toBe(sql);
	});
	it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
		expect(() => literal(value)).toThrow();
	});
});

describe('quoting on the real engine', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		await db.exec('CREATE TABLE t (x INTEGER)');
		await db.exec('INSERT INTO t VALUES (1), (2)');
	});
	afterAll(() => db.close());

	it.each(hostile)('round-trips the column name %j', async (name) => {
		await db.exec(`CREATE OR REPLACE TABLE h (${ident(name)} VARCHAR)`);
		await db.exec(`INSERT INTO h VALUES (${literal(name)})`);
		const rows = await db.query<Record<string, string>>(`SELECT ${ident(name)} FROM h`);
		expect(rows).toEqual([{ [name]: name }]);
		const count = await db.query<{ n: number }>('SELECT count(*) AS n FROM t');
		expect(count).toEqual([{ n: 2 }]);
	});
});
