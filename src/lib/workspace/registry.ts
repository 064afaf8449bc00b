import type { Database } from '$lib/db';
import { createRegistry, type Registry, type Unit, type UnitKind } from '$lib/units';

/** The registry with the province's own units that imports added (agencies, districts) from the database. */
export async function loadRegistry(db: Database): Promise<Registry> {
	const rows = await db.query<{
		unit_key: string;
		code: string;
		name: string;
		kind: UnitKind;
		parent_key: string | null;
		valid_from: string | null;
		valid_to: string | null;
	}>(
		`SELECT unit_key, code, name, kind, parent_key, valid_from, valid_to FROM units WHERE code_system = 'local'`
	);
	const locals: Unit[] = rows.map((r) => ({
		key: r.unit_key,
		system: 'local',
		code: r.code,
		name: r.name,
		kind: r.kind,
		...(r.parent_key ? { parentKey: r.parent_key } : {}),
		...(r.valid_from ? { validFrom: r.valid_from } : {}),
		...(r.valid_to ? { validTo: r.valid_to } : {})
	}));
	return createRegistry(locals);
}
