import type { DdciConfig } from '$lib/indices';
import { readDdciConfig, removeDdciConfig, saveDdciConfig, type ProvinceDdci } from './ddci-config';
import { openWorkspace, refreshWorkspaceStatus } from './open';
import { analystProvince, setAnalystProvince, type AnalystProvince } from './registry-province';

/* What the DDCI configuration page asks of the workspace. */

export interface DdciPage {
	/** The analyst's province, or the sample's standing in for it, or null on an empty device. */
	analyst: AnalystProvince | null;
	/** The province being configured: the one asked for, else the analyst's; null when there is none. */
	ddci: ProvinceDdci | null;
}

export async function ddciPage(province: string | null): Promise<DdciPage> {
	const db = await openWorkspace();
	const analyst = await analystProvince(db);
	const key = province ?? analyst?.key ?? null;
	return { analyst, ddci: key === null ? null : await readDdciConfig(db, key) };
}

export async function saveDdciPage(province: string, config: DdciConfig): Promise<ProvinceDdci> {
	const db = await openWorkspace();
	const saved = await saveDdciConfig(db, province, config);
	await refreshWorkspaceStatus(db);
	return saved;
}

export async function resetDdciPage(province: string): Promise<ProvinceDdci> {
	const db = await openWorkspace();
	await removeDdciConfig(db, province);
	await refreshWorkspaceStatus(db);
	return readDdciConfig(db, province);
}

/** The analyst says `key` is their province (as on the import page): their DDCI files are checked against its configuration. */
export async function chooseAnalystProvince(key: string): Promise<AnalystProvince | null> {
	const db = await openWorkspace();
	await setAnalystProvince(db, key);
	await db.save(); // outside a transaction nothing else writes it to the device before the tab closes
	return analystProvince(db);
}
