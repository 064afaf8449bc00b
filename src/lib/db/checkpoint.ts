/* The browser's CHECKPOINT (see `browser.ts` flush), apart from DuckDB-WASM's worker so Node tests can run it. */

/**
 * What DuckDB 1.4.3 says when a plain CHECKPOINT finds another connection's write transaction open (a Pending
 * that has written rows), measured in Node on the same build:
 * "TransactionContext Error: Cannot CHECKPOINT: there are other write transactions active. Try using FORCE
 * CHECKPOINT to wait until all active transactions are finished".
 */
export const OTHER_WRITERS = /Cannot CHECKPOINT: there are other write transactions active/;

/**
 * CHECKPOINT, skipped while a Pending holds a write transaction. Skipping loses nothing: what was committed is
 * in the write-ahead log, which `flushFiles()` still writes out, and a later save checkpoints it. FORCE
 * CHECKPOINT is no way out: it waits for every other transaction to end, and a Pending stays open while the
 * analyst reads the error report, so it would wait on a user. Any other failure is rethrown.
 */
export async function checkpoint(conn: { query(sql: string): Promise<unknown> }): Promise<void> {
	try {
		await conn.query('CHECKPOINT');
	} catch (error) {
		if (!OTHER_WRITERS.test(error instanceof Error ? error.message : String(error))) throw error;
	}
}
