import successionCsv from '$data/units/succession-2025.csv?raw';
import { parseCsv } from './csv';
import { provinceKey } from './keys';
import { assertIsoDate } from './validity';

/** One old province → the new province it became part of (NQ 202/2025/QH15, codes of QĐ 19/2025/QĐ-TTg). */
export interface Succession {
	oldKey: string;
	newKey: string;
	effectiveDate: string;
	/** 'same': the new province is this old one alone (11 cases); 'merged_into': it absorbed others too. */
	relation: 'same' | 'merged_into';
}

export function parseSuccessions(text: string): Succession[] {
	const rows = parseCsv(text).map((row) => ({
		oldKey: provinceKey('GSO-63', row.old_code ?? ''),
		newKey: provinceKey('QD19-2025', row.new_code ?? ''),
		effectiveDate: assertIsoDate(row.effective_date ?? '', 'effective_date')
	}));
	const count = new Map<string, number>();
	for (const r of rows) count.set(r.newKey, (count.get(r.newKey) ?? 0) + 1);
	const seen = new Set<string>();
	return rows.map((r) => {
		if (seen.has(r.oldKey)) throw new Error(`succession: ${r.oldKey} listed twice`);
		seen.add(r.oldKey);
		return { ...r, relation: count.get(r.newKey) === 1 ? 'same' : 'merged_into' };
	});
}

/** The 63 rows of the 2025 reorganisation, effective 01/07/2025. */
export const SUCCESSIONS_2025: readonly Succession[] = parseSuccessions(successionCsv);

const successorByOld = new Map(SUCCESSIONS_2025.map((s) => [s.oldKey, s.newKey]));

/** The key of the QD19-2025 province an old GSO-63 province became part of; undefined for any other key. */
export function successorOf(oldKey: string): string | undefined {
	return successorByOld.get(oldKey);
}

/** The keys of the GSO-63 provinces a QD19-2025 province was formed from, in code order; [] for any other key. */
export function predecessorsOf(newKey: string): string[] {
	return SUCCESSIONS_2025.filter((s) => s.newKey === newKey).map((s) => s.oldKey);
}
