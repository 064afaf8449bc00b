/** A value that can be bound to a `?` placeholder. */
export type Param = string | number | boolean | null;

/** A result row after conversion: numbers, strings, booleans, null, arrays and plain objects only. */
export type Row = Record<string, unknown>;

/** Where the database lives, as the interface tells the analyst. */
export type StorageKind = 'opfs' | 'memory';

export interface StorageInfo {
	kind: StorageKind;
	/** Why the data is only in memory (no OPFS, another tab holds the file…), in plain words; empty for OPFS. */
	reason: string;
	/** ISO timestamp of the last durable save, or null if nothing was saved yet. */
	lastSavedAt: string | null;
}

/** Statements run inside `transaction()` go through this: the lock is already held. */
export interface Queryable {
	query<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
	exec(sql: string): Promise<void>;
}

/** A transaction on a connection of its own: what it writes is invisible to the Database's own statements until commit. */
export interface Pending extends Queryable {
	/** COMMIT, then save as `Database.transaction` does (flush under the database's lock). Closes the connection. */
	commit(): Promise<void>;
	/** ROLLBACK (temp tables created in it go too) and close the connection. Harmless when already ended. */
	rollback(): Promise<void>;
}

/**
 * The one interface the app uses to talk to DuckDB. The browser implementation runs DuckDB-WASM in a worker;
 * the Node implementation runs the same engine (the blocking build) so SQL is tested on what users run.
 */
export interface Database extends Queryable {
	/** Runs `work` between BEGIN and COMMIT (ROLLBACK on error); nothing else runs in between. */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
	/**
	 * Starts a Pending: BEGIN on a connection of its own, so a long import can write into the real tables while
	 * the app keeps reading and writing through the Database, which does not see those rows until `commit()`.
	 * Closing the tab (or this Database) rolls it back. `registerFile`/`dropFile` stay here: files are shared
	 * by all connections, so a file registered on the Database is readable inside the Pending.
	 */
	begin(): Promise<Pending>;
	/**
	 * Makes a file visible to `read_csv('name')`. In the browser the bytes are transferred to DuckDB's worker:
	 * the caller's buffer is detached afterwards (length 0), so hash or copy it before.
	 */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Writes everything committed so far to durable storage (a no-op in memory). */
	save(): Promise<StorageInfo>;
	storage(): StorageInfo;
	close(): Promise<void>;
}
