import type { Table } from 'apache-arrow';
import type { Param, StorageInfo } from './types';

/** A further connection to the same database: its own transaction state and temp tables. */
export interface EngineConnection {
	run(sql: string, params?: readonly Param[]): Promise<Table>;
	/** Closes the connection; DuckDB rolls back a transaction still open on it. */
	close(): Promise<void>;
}

/** What a DuckDB build must offer; `database.ts` turns it into the app's `Database`. */
export interface Engine {
	run(sql: string, params?: readonly Param[]): Promise<Table>;
	/** Opens another connection on the same database (for a `Pending`). */
	connect(): Promise<EngineConnection>;
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Flush committed data to durable storage; returns where it lives now. */
	flush(): Promise<StorageInfo>;
	storage(): StorageInfo;
	close(): Promise<void>;
}
