import type { Table } from 'apache-arrow';
import type { Param, StorageInfo } from './types';

/** What a DuckDB build must offer; `database.ts` turns it into the app's `Database`. */
export interface Engine {
	run(sql: string, params?: readonly Param[]): Promise<Table>;
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Flush committed data to durable storage; returns where it lives now. */
	flush(): Promise<StorageInfo>;
	storage(): StorageInfo;
	close(): Promise<void>;
}
