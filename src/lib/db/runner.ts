import type { Table } from 'apache-arrow';
import type { Param } from './types';

/*
 * Running SQL on one DuckDB-WASM connection, the same for the worker build (browser.ts, whose calls return
 * promises) and the blocking build (node.ts, whose calls return at once): `await` takes either.
 */

interface Statement {
	query(...params: Param[]): Table | Promise<Table>;
	close(): unknown;
}

interface Connection {
	query(sql: string): Table | Promise<Table>;
	prepare(sql: string): Statement | Promise<Statement>;
}

/** Runs SQL on `conn`, through a prepared statement when there are parameters. */
export function runner(conn: Connection) {
	return async (sql: string, params?: readonly Param[]): Promise<Table> => {
		if (!params || params.length === 0) return conn.query(sql);
		const statement = await conn.prepare(sql);
		try {
			return await statement.query(...params);
		} finally {
			await statement.close();
		}
	};
}
