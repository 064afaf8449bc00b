import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpoint, OTHER_WRITERS } from './checkpoint';
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

	it.each([
		['a conversion error aborts it: the transaction throws, nothing kept', "SELECT CAST('x' AS INTEGER)", 0],
		['a missing table does not abort it: the rows are kept', 'SELECT * FROM no_such_table', 1]
	] as const)('after a failure the work caught itself, %s', async (_, failing, rows) => {
		const run = db.transaction(async (tx) => {
			await tx.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
			await tx.exec(failing).catch(() => undefined);
		});
		if (rows === 0) await expect(run).rejects.toThrow(/Not committed: .*Conversion Error/);
		else await run;
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM scores')).toEqual([{ n: rows }]);
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

describe('Pending: a transaction on a connection of its own', () => {
	let db: Database;
	beforeEach(async () => {
		db = await createNodeDatabase();
		await db.exec('CREATE TABLE scores (unit VARCHAR, value DOUBLE)');
		await db.exec('CREATE TABLE units (id INTEGER PRIMARY KEY, name VARCHAR)');
	});
	afterEach(() => db.close());

	const count = async (table: string) =>
		(await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

	it('keeps its rows from the Database until commit, then shows them', async () => {
		const pending = await db.begin();
		await pending.query('INSERT INTO scores VALUES (?, ?), (?, ?)', ['Hà Nội', 91.43, 'Huế', 89.32]);
		expect(await pending.query('SELECT count(*) AS n FROM scores')).toEqual([{ n: 2 }]);
		expect(await count('scores')).toBe(0);
		await pending.commit();
		expect(await db.query('SELECT unit, value FROM scores ORDER BY value DESC')).toEqual([
			{ unit: 'Hà Nội', value: 91.43 },
			{ unit: 'Huế', value: 89.32 }
		]);
	});

	it('rolls back to nothing: its rows and the TEMP table it made, which the Database never sees', async () => {
		const stagingTables = () =>
			db.query("SELECT table_name FROM duckdb_tables() WHERE table_name = 'staging'");
		const pending = await db.begin();
		await pending.exec("CREATE TEMP TABLE staging AS SELECT 'Huế' AS unit, 89.32 AS value");
		await pending.exec('INSERT INTO scores SELECT unit, value FROM staging');
		expect(await pending.query('SELECT count(*) AS n FROM staging')).toEqual([{ n: 1 }]);
		expect(await stagingTables()).toEqual([]);
		await expect(db.query('SELECT * FROM staging')).rejects.toThrow(/staging/);

		await pending.rollback();
		expect(await count('scores')).toBe(0);
		expect(await stagingTables()).toEqual([]);
		await expect(db.query('SELECT * FROM staging')).rejects.toThrow(/staging/);
		const next = await db.begin();
		await expect(next.query('SELECT * FROM staging')).rejects.toThrow(/staging/);
		await next.rollback();
	});

	it('lets the Database commit a transaction of its own meanwhile; both commits keep their rows', async () => {
		const pending = await db.begin();
		await pending.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
		await db.transaction(async (tx) => {
			await tx.query('INSERT INTO units VALUES (?, ?)', [1, 'Huế']);
		});
		expect(await count('units')).toBe(1);
		expect(await count('scores')).toBe(0);
		expect(await pending.query('SELECT count(*) AS n FROM units')).toEqual([{ n: 0 }]); // snapshot from BEGIN
		await pending.commit();
		expect([await count('scores'), await count('units')]).toEqual([1, 1]);
	});

	it('does not wait for the Database: runs while a Database transaction holds its lock', async () => {
		const pending = await db.begin();
		await db.transaction(async (tx) => {
			await tx.exec("INSERT INTO units VALUES (1, 'Huế')");
			await pending.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
		});
		await pending.commit();
		expect([await count('scores'), await count('units')]).toEqual([1, 1]);
	});

	it('commits the statements queued before commit() with it', async () => {
		const pending = await db.begin();
		const inserts = [1, 2, 3].map((i) => pending.query('INSERT INTO scores VALUES (?, ?)', [`u${i}`, i]));
		await pending.commit();
		await Promise.all(inserts);
		expect(await count('scores')).toBe(3);
	});

	it.each([
		['commit', 'commit', 1],
		['commit', 'rollback', 1],
		['rollback', 'rollback', 0],
		['rollback', 'commit', 0]
	] as const)('%s then %s: the second is harmless', async (first, second, rows) => {
		const pending = await db.begin();
		await pending.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
		await pending[first]();
		await expect(pending[second]()).resolves.toBeUndefined();
		expect(await count('scores')).toBe(rows);
	});

	it.each([
		['commit', 'query'],
		['commit', 'exec'],
		['rollback', 'query'],
		['rollback', 'exec']
	] as const)('after %s, %s throws', async (end, statement) => {
		const pending = await db.begin();
		await pending[end]();
		await expect(pending[statement]('SELECT 1')).rejects.toThrow(/already ended \(/);
	});

	it('inserts from a file registered on the Database (INSERT … SELECT FROM read_csv)', async () => {
		await db.registerFile('scores.csv', new TextEncoder().encode('tinh;diem\nHà Nội;91,43\nĐà Nẵng;90,25\n'));
		const pending = await db.begin();
		await pending.exec(
			"INSERT INTO scores SELECT tinh, diem FROM read_csv('scores.csv', delim=';', decimal_separator=',', header=true)"
		);
		expect(await count('scores')).toBe(0);
		await pending.commit();
		expect(await db.query('SELECT unit, value FROM scores ORDER BY value DESC')).toEqual([
			{ unit: 'Hà Nội', value: 91.43 },
			{ unit: 'Đà Nẵng', value: 90.25 }
		]);
		await db.dropFile('scores.csv');
	});

	it('rethrows a failed COMMIT (a key the Database committed first) and ends the Pending', async () => {
		const pending = await db.begin();
		await pending.exec("INSERT INTO units VALUES (1, 'from the import')");
		await db.exec("INSERT INTO units VALUES (1, 'from the app')");
		await expect(pending.commit()).rejects.toThrow(/constraint/i);
		await expect(pending.query('SELECT 1')).rejects.toThrow(/already ended \(commit\)/);
		await expect(pending.rollback()).resolves.toBeUndefined(); // the usual clean-up after a failure
		expect(await db.query('SELECT name FROM units')).toEqual([{ name: 'from the app' }]);
	});

	it.each([
		// A run-time error aborts DuckDB's transaction, whose COMMIT would then succeed and keep nothing.
		['a conversion error aborts it: commit throws', "SELECT CAST('x' AS INTEGER)", 0],
		// A binder error leaves the transaction usable.
		['a missing table does not abort it: commit keeps the rows', 'SELECT * FROM no_such_table', 1]
	] as const)('after a failed statement, %s', async (_, failing, rows) => {
		const pending = await db.begin();
		await pending.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
		await expect(pending.exec(failing)).rejects.toThrow();
		if (rows === 0) await expect(pending.commit()).rejects.toThrow(/Not committed: .*Conversion Error/);
		else await pending.commit();
		expect(await count('scores')).toBe(rows);
	});

	it('is rolled back when the Database closes', async () => {
		const other = await createNodeDatabase();
		const pending = await other.begin();
		await pending.exec('CREATE TABLE t AS SELECT 1 AS x');
		await other.close();
		await expect(pending.query('SELECT * FROM t')).rejects.toThrow(/already ended \(rollback\)/);
	});

	it("blocks a plain CHECKPOINT once it has written, with the text the browser's save skips", async () => {
		const pending = await db.begin();
		await expect(db.exec('CHECKPOINT')).resolves.toBeUndefined(); // BEGIN alone is no write transaction
		await pending.exec("INSERT INTO scores VALUES ('Huế', 89.32)");
		await expect(db.exec('CHECKPOINT')).rejects.toThrow(OTHER_WRITERS);
		await expect(checkpoint(db)).resolves.toBe(false);
		await pending.commit();
		await expect(checkpoint(db)).resolves.toBe(true);
		await expect(db.exec('CHECKPOINT')).resolves.toBeUndefined();
		expect(await count('scores')).toBe(1);
	});

	it('checkpoint() rethrows any other failure', async () => {
		const failing = { query: () => Promise.reject(new Error('IO Error: could not write the file')) };
		await expect(checkpoint(failing)).rejects.toThrow(/IO Error/);
	});
});
