import { literal } from '$lib/sql/quote';
import type { Unit } from '$lib/units';

/* The statements that write a province's own units and the names they were known by. */

const row = (u: Unit) =>
	`(${[u.key, 'local', u.code, u.name, u.kind, u.parentKey ?? null, u.validFrom ?? null, u.validTo ?? null].map(literal).join(', ')})`;

/** One statement for every new unit of a list. */
export function insertLocalUnitsSql(units: readonly Unit[]): string {
	return `INSERT INTO units (unit_key, code_system, code, name, kind, parent_key, valid_from, valid_to)
	VALUES ${units.map(row).join(',\n')}`;
}

/** A unit's name, code and dates; only a local unit can change. */
export function updateLocalUnitSql(u: Unit): string {
	return `UPDATE units SET name = ${literal(u.name)}, code = ${literal(u.code)},
	valid_from = ${literal(u.validFrom ?? null)}, valid_to = ${literal(u.validTo ?? null)}
	WHERE unit_key = ${literal(u.key)} AND code_system = 'local'`;
}

/**
 * The analyst's alias of a name (folded) for a unit, replacing any earlier answer for that name, as the
 * import's unit choices are kept (choices.ts): a renamed unit keeps matching files that use its old name.
 */
export function rememberAliasSql(aliasKey: string, unitKey: string): string[] {
	return [
		`DELETE FROM unit_aliases WHERE source = 'analyst' AND alias_key = ${literal(aliasKey)}`,
		`INSERT INTO unit_aliases VALUES (${literal(aliasKey)}, ${literal(unitKey)}, 'analyst')`
	];
}
