import type { Queryable } from '$lib/db';
import { literal } from '$lib/sql/quote';
import { useDdciOf } from './ddci-config';

/*
 * The analyst's province: agencies, districts and communes in their files are matched among its units only.
 * Asked once and kept in `chiso_meta` ('province' → a province key); until then the sample's own province
 * stands in, said to be the sample's (its agencies are Quảng Ninh's), so it is never taken for the analyst's.
 */

export interface AnalystProvince {
	key: string;
	/** 'analyst': chosen on this device; 'sample': the province of the sample's own units. */
	source: 'analyst' | 'sample';
}

export async function analystProvince(db: Queryable): Promise<AnalystProvince | null> {
	const chosen = await db.query<{ value: string }>("SELECT value FROM chiso_meta WHERE key = 'province'");
	const key = chosen[0]?.value;
	if (key) return { key, source: 'analyst' };
	// The province the sample's local units hang under (their parent chain ends in one province).
	const sample = await db.query<{ parent_key: string }>(
		`SELECT u.parent_key FROM index_scores s JOIN imports i USING (import_id)
		JOIN units u ON u.unit_key = s.unit_key
		WHERE i.is_sample AND u.code_system = 'local' AND u.parent_key NOT LIKE 'local:%'
		GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`
	);
	const parent = sample[0]?.parent_key;
	return parent ? { key: parent, source: 'sample' } : null;
}

export async function setAnalystProvince(db: Queryable, key: string): Promise<void> {
	await db.exec(`INSERT OR REPLACE INTO chiso_meta VALUES ('province', ${literal(key)})`);
	// The import now checks DDCI files against this province's own configuration, if it has one.
	await useDdciOf(db, key);
}
