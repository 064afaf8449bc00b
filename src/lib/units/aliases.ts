import aliasesCsv from '$data/units/aliases.csv?raw';
import { parseCsv } from './csv';
import { isCodeSystem, provinceKey } from './keys';
import type { AliasInput } from './types';

/** Reads alias,code_system,code rows into aliases that point at unit keys. */
export function parseAliases(text: string): AliasInput[] {
	return parseCsv(text).map((row, i) => {
		const system = row.code_system ?? '';
		if (!row.alias) throw new Error(`aliases line ${i + 2}: empty alias`);
		if (!isCodeSystem(system)) throw new Error(`aliases line ${i + 2}: code_system "${system}"`);
		return { alias: row.alias, key: provinceKey(system, row.code ?? '') };
	});
}

/** Province aliases shipped with chiso (data/units/aliases.csv). */
export const PROVINCE_ALIASES: readonly AliasInput[] = parseAliases(aliasesCsv);
