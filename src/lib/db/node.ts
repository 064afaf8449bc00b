/*
 * DuckDB-WASM's blocking build under Node, for unit tests: the same engine and SQL dialect the browser runs,
 * without a worker. Never imported by the app's pages.
 */
import { createDuckDB, NODE_RUNTIME, VoidLogger, type DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDatabase } from './database';
import { runner } from './runner';
import type { Engine } from './engine';
import type { Database, StorageInfo } from './types';

let bindings: Promise<DuckDBBindings> | undefined;

function instantiate(): Promise<DuckDBBindings> {
	bindings ??= (async () => {
		const dist = path.dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
		const bundles = {
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		};
		const db = await createDuckDB(bundles, new VoidLogger(), NODE_RUNTIME);
		await db.instantiate();
		return db;
	})();
	return bindings;
}

/**
 * A fresh in-memory database on the shared engine instance. Each call attaches its own catalog, so tests do
 * not see each other's tables; a further connection (`connect()`, for a Pending) starts with `USE` of it.
 */
export async function createNodeDatabase(): Promise<Database> {
	const db = await instantiate();
	const conn = db.connect();
	const name = `t${Math.random().toString(36).slice(2, 10)}`;
	conn.query(`ATTACH ':memory:' AS ${name}; USE ${name}`);
	const memory: StorageInfo = { kind: 'memory', reason: 'Node test database', lastSavedAt: null };
	const engine: Engine = {
		run: runner(conn),
		async connect() {
			const other = db.connect();
			other.query(`USE ${name}`);
			return {
				run: runner(other),
				async close() {
					other.close();
				}
			};
		},
		async registerFile(fileName, bytes) {
			db.registerFileBuffer(fileName, bytes);
		},
		async dropFile(fileName) {
			db.dropFile(fileName);
		},
		async flush() {
			return memory;
		},
		storage: () => memory,
		async close() {
			conn.query(`USE memory; DETACH ${name}`);
			conn.close();
		}
	};
	return createDatabase(engine);
}
