import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigIntToNumber, decimalToNumber, epochMsToIsoDate } from './convert';
import { createNodeDatabase } from './node';
import type { Database } from './types';

describe('bigIntToNumber', () => {
	it.each([
		[0n, 0],
		[42n, 42],
		[-7n, -7],
		[9007199254740991n, 9007199254740991],
		[-9007199254740991n, -9007199254740991],
		[9007199254740993n, '9007199254740993'],
		[-9007199254740993n, '-9007199254740993']
	])('bigIntToNumber(%s) → %j', (value, expected) => {
		expect(bigIntToNumber(value)).toBe(expected);
	});
});

describe('decimalToNumber', () => {
	it.each([
		[8532n, 2, 85.32],
		[-5000n, 4, -0.5],
		[5n, 3, 0.005],
		[0n, 2, 0],
		[12345678901234567890n, 0, '12345678901234567890'],
		[8340n, 4, 0.834]
	])('decimalToNumber(%s, %s) → %j', (unscaled, scale, expected) => {
		expect(decimalToNumber(unscaled, scale)).toBe(expected);
	});
});

describe('epochMsToIsoDate', () => {
	it.each([
		[0, '1970-01-01'],
		[Date.UTC(2025, 6, 1), '2025-07-01'],
		[Date.UTC(2024, 11, 31, 23, 59), '2024-12-31'],
		[Date.UTC(1899, 0, 1), '1899-01-01']
	])('epochMsToIsoDate(%s) → %s', (ms, iso) => {
		expect(epochMsToIsoDate(ms)).toBe(iso);
	});
});

describe('rows from the real engine', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
	});
	afterAll(() => db.close());

	it('converts BIGINT, HUGEINT, DECIMAL, DATE, TIMESTAMP, LIST, STRUCT and NULL', async () => {
		const rows = await db.query(`
			SELECT 42::BIGINT AS big, count(*) AS n, 9007199254740993::BIGINT AS huge_id,
			       12345678901234567890::HUGEINT AS hugeint, 85.32::DECIMAL(5,2) AS pct,
			       -0.5::DECIMAL(18,4) AS neg, DATE '2025-07-01' AS d, TIMESTAMP '2024-04-06 08:30:00' AS ts,
			       [1, 2, NULL]::BIGINT[] AS l, {'a': 1::BIGINT, 'b': 'x'} AS s, NULL::INTEGER AS nothing,
			       'Hà Nội' AS name, true AS ok, 1.5::DOUBLE AS dbl
			FROM range(3)`);
		expect(rows).toEqual([
			{
				big: 42,
				n: 3,
				huge_id: '9007199254740993',
				hugeint: '12345678901234567890',
				pct: 85.32,
				neg: -0.5,
				d: '2025-07-01',
				ts: '2024-04-06T08:30:00.000Z',
				l: [1, 2, null],
				s: { a: 1, b: 'x' },
				nothing: null,
				name: 'Hà Nội',
				ok: true,
				dbl: 1.5
			}
		]);
	});

	it('binds parameters, including Vietnamese text and null', async () => {
		const rows = await db.query('SELECT ?::INTEGER + 1 AS v, ? AS s, ? IS NULL AS isnull', [
			41,
			'Đà Nẵng',
			null
		]);
		expect(rows).toEqual([{ v: 42, s: 'Đà Nẵng', isnull: true }]);
	});

	it('returns an empty array for no rows', async () => {
		expect(await db.query('SELECT 1 AS x WHERE false')).toEqual([]);
	});
});
