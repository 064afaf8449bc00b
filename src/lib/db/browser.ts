/*
 * DuckDB-WASM in the page: the single-threaded `eh` bundle (with an `mvp` fallback), in a worker, with the
 * database file kept in the origin-private file system (OPFS) so data survives reloads and browser restarts.
 * This is the only browser module that imports @duckdb/duckdb-wasm; `index.ts` loads it lazily.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { checkpoint } from './checkpoint';
import { createDatabase } from './database';
import { runner } from './runner';
import type { Engine } from './engine';
import type { Database, StorageInfo } from './types';

export interface BrowserDatabaseOptions {
	/** `opfs://…` to keep data on the device; null for a throw-away in-memory database. */
	path: string | null;
}

const META_TABLE = 'chiso_meta';

async function startEngine(): Promise<duckdb.AsyncDuckDB> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	return db;
}

/** Why OPFS could not be used, in words an analyst can act on. */
function describeOpenFailure(error: unknown): string {
	const text = String(error instanceof Error ? error.message : error);
	if (/NoModificationAllowed|locked|Access Handle/i.test(text)) {
		return 'Dữ liệu đang được mở ở một thẻ khác của trình duyệt; thẻ này chỉ làm việc tạm trong bộ nhớ.';
	}
	if (typeof navigator !== 'undefined' && !navigator.storage?.getDirectory) {
		return 'Trình duyệt này không hỗ trợ lưu dữ liệu trên máy (OPFS); dữ liệu sẽ mất khi tải lại trang.';
	}
	return `Không mở được kho dữ liệu trên máy (${text}); dữ liệu sẽ mất khi tải lại trang.`;
}

export async function createBrowserDatabase(options: BrowserDatabaseOptions): Promise<Database> {
	const db = await startEngine();
	let storage: StorageInfo = { kind: 'memory', reason: '', lastSavedAt: null };
	if (options.path) {
		try {
			await db.open({ path: options.path, accessMode: duckdb.DuckDBAccessMode.READ_WRITE });
			storage = { kind: 'opfs', reason: '', lastSavedAt: null };
		} catch (error) {
			storage = { kind: 'memory', reason: describeOpenFailure(error), lastSavedAt: null };
			await db.open({ path: ':memory:' });
		}
	}
	const conn = await db.connect();
	await conn.query(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)`);
	const saved = (await conn.query(`SELECT value FROM ${META_TABLE} WHERE key = 'last_saved_at'`)).toArray();
	if (storage.kind === 'opfs' && saved.length > 0) storage.lastSavedAt = String(saved[0]!.value);

	const engine: Engine = {
		run: runner(conn),
		async connect() {
			const other = await db.connect();
			return { run: runner(other), close: () => other.close() };
		},
		async registerFile(name, bytes) {
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async flush() {
			if (storage.kind !== 'opfs') return storage;
			const now = new Date().toISOString();
			await conn.query(
				`INSERT OR REPLACE INTO ${META_TABLE} VALUES ('last_saved_at', '${now.replace(/[^0-9TZ:.-]/g, '')}')`
			);
			// CHECKPOINT moves the write-ahead log into the database file; DuckDB swaps the file header last,
			// so a tab closed mid-way leaves the previous checkpoint plus the log, never a torn file. While a Pending
			// has written rows it cannot run (see checkpoint.ts): nothing is saved then, and nothing is claimed.
			const saved = await checkpoint(conn);
			await db.flushFiles();
			if (saved) storage = { ...storage, lastSavedAt: now };
			return storage;
		},
		storage: () => storage,
		async close() {
			await conn.close();
			await db.terminate();
		}
	};
	return createDatabase(engine);
}
