/* The browser's CHECKPOINT (see `browser.ts` flush), apart from DuckDB-WASM's worker so Node tests can run it. */

/**
 * What DuckDB 1.4.3 says when a plain CHECKPOINT finds another connection's write transaction open (a Pending
 * that has written rows), measured in Node on the same build:
 * "TransactionContext Error: Cannot CHECKPOINT: there are other write transactions active. Try using FORCE
 * CHECKPOINT to wait until all active transactions are finished".
 */
export const OTHER_WRITERS = /Cannot CHECKPOINT: there are other write transactions active/;

/**
 * CHECKPOINT, or false when a Pending holds a write transaction. Then what was committed is only in DuckDB's
 * write-ahead log, and in DuckDB-WASM's OPFS the log alone did NOT survive a reload (measured: a removal
 * committed while a check waited came back after a reload). So a skipped checkpoint is not a save: the
 * caller must not say it saved, the Pending's end saves again (database.ts), and the import page drops its
 * waiting check before it changes anything else (import/flow.svelte.ts). FORCE CHECKPOINT is no way out: it
 * waits for every other transaction to end, and a Pending stays open while the analyst reads the error
 * report, so it would wait on a user. Any other failure is rethrown.
 */
export async function checkpoint(conn: { query(sql: string): Promise<unknown> }): Promise<boolean> {
	try {
		await conn.query('CHECKPOINT');
		return true;
	} catch (error) {
		if (!OTHER_WRITERS.test(error instanceof Error ? error.message : String(error))) throw error;
		return false;
	}
}
