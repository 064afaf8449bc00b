import { tableToRows } from './convert';
import type { Engine } from './engine';
import { createLock } from './lock';
import type { Database, Param, Queryable, Row } from './types';

/** Wraps an engine: one lock for all statements, row conversion, and transactions that save on commit. */
export function createDatabase(engine: Engine): Database {
	const locked = createLock();

	const direct: Queryable = {
		async query<T = Row>(sql: string, params?: readonly Param[]) {
			return tableToRows<T>(await engine.run(sql, params));
		},
		async exec(sql: string) {
			await engine.run(sql);
		}
	};

	return {
		query: (sql, params) => locked(() => direct.query(sql, params)),
		exec: (sql) => locked(() => direct.exec(sql)),
		transaction: (work) =>
			locked(async () => {
				await engine.run('BEGIN TRANSACTION');
				let result;
				try {
					result = await work(direct);
				} catch (error) {
					await engine.run('ROLLBACK');
					throw error;
				}
				await engine.run('COMMIT');
				await engine.flush();
				return result;
			}),
		registerFile: (name, bytes) => locked(() => engine.registerFile(name, bytes)),
		dropFile: (name) => locked(() => engine.dropFile(name)),
		save: () => locked(() => engine.flush()),
		storage: () => engine.storage(),
		close: () => locked(() => engine.close())
	};
}
