/*
 * The app's door to DuckDB. The engine (≈8 MB compressed) is downloaded only when a page first asks for it,
 * and started once: every caller shares one promise.
 */
import type { Database } from './types';

export type { Database, Param, Pending, Queryable, Row, StorageInfo, StorageKind } from './types';

/** Where chiso keeps its database on the device. */
export const DEVICE_DATABASE_PATH = 'opfs://chiso.duckdb';

let started: Promise<Database> | undefined;

/** The device database (OPFS when available), started on first use. */
export function getDatabase(): Promise<Database> {
	started ??= import('./browser')
		.then((m) => m.createBrowserDatabase({ path: DEVICE_DATABASE_PATH }))
		.catch((error) => {
			started = undefined; // let a later call try again (e.g. after a network hiccup loading the wasm)
			throw error;
		});
	return started;
}

/** A separate, throw-away in-memory database (benchmarks, previews). */
export async function createMemoryDatabase(): Promise<Database> {
	const m = await import('./browser');
	return m.createBrowserDatabase({ path: null });
}
