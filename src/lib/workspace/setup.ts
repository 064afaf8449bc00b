import type { Database } from '$lib/db';
import { migrate } from '$lib/sql/migrate';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { registryIsStale, syncRegistry } from './registry-sync';

/**
 * chiso's tables in a database, at the current schema version, with the unit registry written into them.
 * Idempotent statements run outside a transaction, so reopening a current database writes nothing. The
 * workspace runs it on the device database; tests and the benchmark on a fresh one.
 */
export async function setUpTables(db: Database): Promise<Database> {
	for (const sql of SCHEMA_SQL) await db.exec(sql);
	await migrate(db);
	if (await registryIsStale(db)) await db.transaction((tx) => syncRegistry(tx));
	return db;
}
