import type { Database, Queryable } from '$lib/db';
import {
	DdciConfigSchema,
	ddciDefaultConfig,
	ddciVersion,
	setDeviceDdciConfig,
	type DdciConfig,
	type MethodVersion
} from '$lib/indices';
import { literal } from '$lib/sql/quote';
import { z } from 'zod';

/*
 * Each province's DDCI configuration on this device, kept in `chiso_meta` as JSON under 'ddci_config:<province
 * key>' and read back through the Zod schema (indices/ddci-config.ts). A province with none has the catalog's
 * default, which the interface calls "mặc định, chưa đối chiếu văn bản của tỉnh". The configuration of the
 * analyst's province is also handed to the import (indices/ddci-device.ts) whenever it may have changed: when
 * the workspace opens, when the analyst's province changes, when it is saved or removed.
 */

const PREFIX = 'ddci_config:';

const Stored = z.object({ savedAt: z.string(), config: z.unknown() });

export interface ProvinceDdci {
	province: string;
	/** The saved configuration, or the catalog's default. */
	config: DdciConfig;
	/** Saved on this device; false: the catalog's default, unverified against the province's decision. */
	saved: boolean;
	savedAt: string | null;
	/** Something is saved but no longer reads as a configuration: the default is used, and the editor says so. */
	unreadable: boolean;
}

export function ddciConfigSql(provinces: readonly string[]): string {
	const keys = provinces.map((p) => literal(`${PREFIX}${p}`)).join(', ');
	return `SELECT key, value FROM chiso_meta WHERE key IN (${keys || 'NULL'})`;
}

export function saveDdciConfigSql(province: string, json: string): string {
	return `INSERT OR REPLACE INTO chiso_meta VALUES (${literal(`${PREFIX}${province}`)}, ${literal(json)})`;
}

export function deleteDdciConfigSql(province: string): string {
	return `DELETE FROM chiso_meta WHERE key = ${literal(`${PREFIX}${province}`)}`;
}

function fromStored(province: string, value: string | undefined): ProvinceDdci {
	const none = { province, config: ddciDefaultConfig(), saved: false, savedAt: null };
	if (value === undefined) return { ...none, unreadable: false };
	try {
		const stored = Stored.parse(JSON.parse(value));
		const config = DdciConfigSchema.parse(stored.config);
		return { province, config, saved: true, savedAt: stored.savedAt, unreadable: false };
	} catch {
		return { ...none, unreadable: true };
	}
}

export async function readDdciConfig(db: Queryable, province: string): Promise<ProvinceDdci> {
	const rows = await db.query<{ key: string; value: string }>(ddciConfigSql([province]));
	return fromStored(province, rows[0]?.value);
}

/** The province whose configuration the import uses: the analyst's, as last told (`useDdciOf`). */
let active: string | null = null;

/**
 * Makes `province` (the analyst's; null: none) the one whose saved configuration the import checks against:
 * its own, else its twin key's (see `twinKey`), as the rankings find it.
 */
export async function useDdciOf(db: Queryable, province: string | null): Promise<void> {
	active = province;
	setDeviceDdciConfig(province === null ? null : ((await savedFor(db, province))?.config ?? null));
}

/** The configuration saved for `province`, else for its twin key; null when neither has one. */
async function savedFor(db: Queryable, province: string): Promise<ProvinceDdci | null> {
	const twin = twinKey(province);
	const rows = await db.query<{ key: string; value: string }>(
		ddciConfigSql(twin ? [province, twin] : [province])
	);
	const pick = rows.find((r) => r.key === `${PREFIX}${province}`) ?? rows[0];
	const found = pick ? fromStored(province, pick.value) : null;
	return found?.saved ? found : null;
}

/** After a save or a removal for `province`: the import's configuration again, if it may have changed. */
async function refreshActive(db: Queryable, province: string): Promise<void> {
	if (active !== null && (province === active || twinKey(province) === active)) await useDdciOf(db, active);
}

/** Saves `config` (validated again: a caller's bug must not store a configuration that cannot be read back). */
export async function saveDdciConfig(
	db: Database,
	province: string,
	config: DdciConfig,
	now: Date = new Date()
): Promise<ProvinceDdci> {
	const checked = DdciConfigSchema.parse(config);
	const json = JSON.stringify({ savedAt: now.toISOString(), config: checked });
	await db.transaction((tx) => tx.exec(saveDdciConfigSql(province, json)));
	await refreshActive(db, province);
	return { province, config: checked, saved: true, savedAt: now.toISOString(), unreadable: false };
}

/** Back to the catalog's default for `province`. */
export async function removeDdciConfig(db: Database, province: string): Promise<void> {
	await db.transaction((tx) => tx.exec(deleteDdciConfigSql(province)));
	await refreshActive(db, province);
}

/**
 * The same province in the other list ("gso63:22" ↔ "qd19:22"): a province that kept its code across 2025
 * keeps its configuration unless one was saved under the other key.
 */
export function twinKey(province: string): string | null {
	const m = /^(gso63|qd19):(\d+)$/.exec(province);
	if (!m) return null;
	return `${m[1] === 'gso63' ? 'qd19' : 'gso63'}:${m[2]}`;
}

/**
 * The DDCI version a ranking of `scope`'s units uses: the configuration saved for that province (or its twin
 * key), else undefined, and the catalog's applies.
 */
export async function ddciVersionForScope(
	db: Queryable,
	scope: string | null
): Promise<MethodVersion | undefined> {
	if (scope === null) return undefined;
	const found = await savedFor(db, scope);
	return found ? ddciVersion(found.config) : undefined;
}
