import { getDatabase, type Database } from '$lib/db';
import { loadSampleIfEmpty } from '$lib/sample/load';
import { setUpTables } from './setup';
import { workspaceStatus, type WorkspaceSummary } from './status.svelte';
import { workspaceSummarySql } from '$lib/sql/summary-sql';
import { useDdciOf } from './ddci-config';
import { analystProvince } from './registry-province';

/*
 * The analyst's workspace: the device database with chiso's tables, the unit registry, and — on a first
 * visit — the sample data. Opened once; every page awaits the same promise.
 */

let opened: Promise<Database> | undefined;

async function open(): Promise<Database> {
	workspaceStatus.phase = 'starting';
	const db = await getDatabase();
	await setUpTables(db);
	workspaceStatus.phase = 'loading-sample';
	await loadSampleIfEmpty(db);
	// Before any page builds an import contract: a DDCI file is checked against the province's own DDCI.
	await useDdciOf(db, (await analystProvince(db))?.key ?? null);
	await refreshWorkspaceStatus(db);
	workspaceStatus.phase = 'ready';
	return db;
}

export function openWorkspace(): Promise<Database> {
	opened ??= open().catch((error: unknown) => {
		workspaceStatus.phase = 'error';
		workspaceStatus.error = error instanceof Error ? error.message : String(error);
		opened = undefined;
		throw error;
	});
	return opened;
}

/** Call after a write, so the shell shows the new saved time and counts. */
export async function refreshWorkspaceStatus(db: Database): Promise<void> {
	const [summary] = await db.query<WorkspaceSummary>(workspaceSummarySql());
	workspaceStatus.summary = summary ?? null;
	workspaceStatus.storage = db.storage();
}
