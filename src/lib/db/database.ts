import type { Table } from 'apache-arrow';
import { tableToRows } from './convert';
import type { Engine, EngineConnection } from './engine';
import { createLock } from './lock';
import type { Database, Param, Pending, Queryable, Row } from './types';

/** Row conversion over anything that runs SQL: the engine's own connection or a Pending's. */
function queryable(run: Run): Queryable {
	return {
		async query<T = Row>(sql: string, params?: readonly Param[]) {
			return tableToRows<T>(await run(sql, params));
		},
		async exec(sql: string) {
			await run(sql);
		}
	};
}

/**
 * A transaction on `conn`, already begun. Its statements take turns on a lock of their own (they never wait
 * for the Database's statements, nor interleave with each other); `save` runs after COMMIT and ROLLBACK; `ended` is told
 * once the connection is closed.
 */
function createPending(conn: EngineConnection, save: () => Promise<unknown>, ended: () => void): Pending {
	const inTurn = createLock();
	let ending: Promise<void> | undefined;
	let endedBy: 'commit' | 'rollback' | undefined;
	const run = recordingFailure((sql, params) => conn.run(sql, params));

	const direct = queryable((sql, params) => {
		if (endedBy) {
			return Promise.reject(
				new Error(`This pending transaction was already ended (${endedBy}); begin() a new one.`)
			);
		}
		return inTurn(() => run(sql, params));
	});

	/** Runs `finish` once, after the statements already queued; later calls wait for it and never throw. */
	function end(by: 'commit' | 'rollback', finish: () => Promise<void>): Promise<void> {
		if (ending) return ending.then(noop, noop);
		endedBy = by;
		ending = inTurn(async () => {
			try {
				await finish();
			} finally {
				try {
					await conn.close();
				} finally {
					ended();
				}
			}
		});
		return ending;
	}

	return {
		...direct,
		commit: () =>
			end('commit', async () => {
				try {
					await notAborted(conn, run.failure);
					await conn.run('COMMIT');
				} catch (error) {
					// After a failed COMMIT DuckDB has usually ended the transaction already; closing would roll back too.
					await conn.run('ROLLBACK').catch(noop);
					throw error;
				}
				await save();
			}),
		rollback: () =>
			end('rollback', async () => {
				await conn.run('ROLLBACK');
				// The Database may have committed while this was open, and could not checkpoint then.
				await save();
			})
	};
}

type Run = (sql: string, params?: readonly Param[]) => Promise<Table>;

/**
 * `run`, remembering the first statement that failed. A statement that fails at run time (a conversion
 * error…) aborts DuckDB's transaction, and a COMMIT of an aborted transaction then succeeds while keeping
 * nothing: measured on DuckDB 1.4.3. The failure, even one the caller caught, lets `notAborted` tell an
 * aborted transaction from one that only saw a binder error.
 */
function recordingFailure(run: Run): Run & { failure?: { error: unknown } } {
	const recording: Run & { failure?: { error: unknown } } = async (sql, params) => {
		try {
			return await run(sql, params);
		} catch (error) {
			recording.failure ??= { error };
			throw error;
		}
	};
	return recording;
}

/**
 * Throws when a statement failed and DuckDB aborted the transaction: then every statement, even `SELECT 1`,
 * fails until ROLLBACK.
 */
async function notAborted(conn: { run: Run }, failure: { error: unknown } | undefined): Promise<void> {
	if (!failure) return;
	try {
		await conn.run('SELECT 1');
	} catch {
		const { error } = failure;
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`Not committed: a statement failed, so DuckDB aborted the transaction (${reason})`, {
			cause: error
		});
	}
}

function noop() {}

/** Wraps an engine: one lock for all statements, row conversion, and transactions that save on commit. */
export function createDatabase(engine: Engine): Database {
	const locked = createLock();
	const direct = queryable((sql, params) => engine.run(sql, params));
	const open = new Set<Pending>();

	return {
		query: (sql, params) => locked(() => direct.query(sql, params)),
		exec: (sql) => locked(() => direct.exec(sql)),
		transaction: (work) =>
			locked(async () => {
				await engine.run('BEGIN TRANSACTION');
				// A failure `work` caught itself may have aborted the transaction, whose COMMIT would then keep
				// nothing without a word: remember it, and look before committing.
				const run = recordingFailure((sql, params) => engine.run(sql, params));
				let result;
				try {
					result = await work(queryable(run));
					await notAborted(engine, run.failure);
				} catch (error) {
					await engine.run('ROLLBACK');
					throw error;
				}
				await engine.run('COMMIT');
				await engine.flush();
				return result;
			}),
		async begin() {
			const conn = await engine.connect();
			try {
				await conn.run('BEGIN TRANSACTION');
			} catch (error) {
				await conn.close();
				throw error;
			}
			const pending = createPending(
				conn,
				() => locked(() => engine.flush()),
				() => open.delete(pending)
			);
			open.add(pending);
			return pending;
		},
		registerFile: (name, bytes) => locked(() => engine.registerFile(name, bytes)),
		dropFile: (name) => locked(() => engine.dropFile(name)),
		save: () => locked(() => engine.flush()),
		storage: () => engine.storage(),
		async close() {
			// What a Pending wrote is not to be kept unless it committed: roll back those still open.
			await Promise.all([...open].map((pending) => pending.rollback().catch(noop)));
			await locked(() => engine.close());
		}
	};
}
