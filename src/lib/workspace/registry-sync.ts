import type { Queryable } from '$lib/db';
import { literal } from '$lib/sql/quote';
import { createRegistry, foldName, PROVINCE_ALIASES, SUCCESSIONS_2025, type Unit } from '$lib/units';

/*
 * Writes the built-in unit registry (63 + 34 provinces, names by period, aliases, the 2025 crosswalk) into
 * DuckDB so SQL can join on it. Run at every start, so a new release's corrections reach old workspaces;
 * local units (agencies, districts) that imports added are left alone.
 */

const tuple = (values: (string | null | undefined)[]) => `(${values.map(literal).join(', ')})`;

function namePeriods(u: Unit): string[] {
	const periods = u.names ?? [{ name: u.name, validFrom: u.validFrom, validTo: u.validTo }];
	return periods.map((p) => tuple([u.key, p.name, p.validFrom, p.validTo]));
}

/** A fingerprint of the built-in registry (FNV-1a over its JSON), so a start only rewrites it when it changed. */
export function registryFingerprint(): string {
	const text = JSON.stringify([createRegistry().all(), PROVINCE_ALIASES, SUCCESSIONS_2025]);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `${text.length}-${(h >>> 0).toString(16)}`;
}

export async function syncRegistry(tx: Queryable): Promise<void> {
	const units = createRegistry().all();
	await tx.exec(`DELETE FROM units WHERE code_system <> 'local'`);
	await tx.exec(`DELETE FROM unit_names WHERE unit_key NOT IN (SELECT unit_key FROM units)`);
	await tx.exec(`DELETE FROM unit_aliases WHERE source = 'registry'`);
	await tx.exec(
		`INSERT INTO units VALUES ${units
			.map((u) =>
				tuple([u.key, u.system, u.code, u.name, u.kind, u.parentKey, u.region, u.validFrom, u.validTo])
			)
			.join(',\n')}`
	);
	await tx.exec(`INSERT INTO unit_names VALUES ${units.flatMap(namePeriods).join(',\n')}`);
	const aliases = PROVINCE_ALIASES.map((a) => tuple([foldName(a.alias), a.key, 'registry']));
	await tx.exec(`INSERT INTO unit_aliases VALUES ${aliases.join(', ')}`);
	await tx.exec('DELETE FROM unit_successions');
	await tx.exec(
		`INSERT INTO unit_successions VALUES ${SUCCESSIONS_2025.map((s) => `(${literal(s.oldKey)}, ${literal(s.newKey)}, ${literal(s.effectiveDate)}, NULL)`).join(', ')}`
	);
	await tx.exec(`INSERT OR REPLACE INTO chiso_meta VALUES ('registry', ${literal(registryFingerprint())})`);
}

/** Whether the database holds an older (or no) copy of the built-in registry. */
export async function registryIsStale(db: Queryable): Promise<boolean> {
	const rows = await db.query<{ value: string }>("SELECT value FROM chiso_meta WHERE key = 'registry'");
	return rows[0]?.value !== registryFingerprint();
}
