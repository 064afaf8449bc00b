import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeDatabase } from './node';
import type { Database } from './types';

describe('Database on the real engine', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createNodeDatabase();
		await db.exec('CREATE TABLE scores (unit VARCHAR, value DOUBLE)');
	});
	afterEach(() => db.close());

	it('commits a transaction whole', async () => {
		await db.transaction(async (tx) => {
			await tx.query('INSERT INTO scores VALUES (?, ?)', ['Hà Nội', 91.43]);
			await tx.query('INSERT INTO scores VALUES (?, ?)', ['Huế', 89.32]);
		});
		expect(await db.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 2 }]);
	});

	it('rolls a failed transaction back: nothing half-done', async () => {
		await db.exec("INSERT INTO scores VALUES ('Cao Bằng', 80)");
		await expect(
			db.transaction(async (tx) => {
				await tx.query("INSERT INTO scores VALUES ('Hà Nội', 91.43)");
				await tx.query('SELECT * FROM no_such_table');
			})
		).rejects.toThrow(/no_such_table/);
		expect(await db.query('SELECT unit FROM scores')).toEqual([{ unit: 'Cao Bằng' }]);
	});

	it('does not let another query run inside an open transaction', async () => {
		const seen: number[] = [];
		const tx = db.transaction(async (t) => {
			await t.exec("INSERT INTO scores VALUES ('a', 1)");
			await new Promise((r) => setTimeout(r, 20));
			await t.exec("INSERT INTO scores VALUES ('b', 2)");
		});
		const read = db.query<{ n: number }>('SELECT count(*) AS n FROM scores').then((r) => seen.push(r[0]!.n));
		await Promise.all([tx, read]);
		expect(seen).toEqual([2]);
	});

	it('keeps working after a failed statement', async () => {
		await expect(db.query('SELEC 1')).rejects.toThrow();
		expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
	});

	it('reads a registered CSV file with read_csv', async () => {
		const text = 'tinh;diem\nHà Nội;91,43\nĐà Nẵng;90,25\n';
		await db.registerFile('scores.csv', new TextEncoder().encode(text));
		const rows = await db.query(
			"SELECT * FROM read_csv('scores.csv', delim=';', decimal_separator=',', header=true) ORDER BY diem DESC"
		);
		expect(rows).toEqual([
			{ tinh: 'Hà Nội', diem: 91.43 },
			{ tinh: 'Đà Nẵng', diem: 90.25 }
		]);
		await db.dropFile('scores.csv');
	});

	it('keeps two databases apart', async () => {
		const other = await createNodeDatabase();
		await expect(other.query('SELECT * FROM scores')).rejects.toThrow();
		await other.close();
	});
});
