import type { Database } from '$lib/db';
import type { Unit } from '$lib/units';
import { fold } from '../../rules/fold';
import type { ListPlan } from './check';
import { insertLocalUnitsSql, rememberAliasSql, updateLocalUnitSql } from './sql';

/*
 * Writing a checked list, or one edit, in one transaction: a list with a problem is refused whole, and a
 * failure half-way leaves the units as they were.
 */

export class ListNotCheckedError extends Error {}

/** Aliases for the old name of a renamed unit (nothing when only case or diacritics changed). */
function renameAliases(before: Unit, after: Unit): string[] {
	const old = fold(before.name);
	return old === fold(after.name) ? [] : rememberAliasSql(old, after.key);
}

export async function applyPlan(db: Database, plan: ListPlan): Promise<void> {
	if (plan.problems.length > 0) throw new ListNotCheckedError('a list with problems is not applied');
	if (plan.adds.length === 0 && plan.updates.length === 0) return;
	await db.transaction(async (tx) => {
		for (const { before, after } of plan.updates) {
			await tx.exec(updateLocalUnitSql(after));
			for (const sql of renameAliases(before, after)) await tx.exec(sql);
		}
		// A unit added meanwhile (another tab) fails here, and the updates above are rolled back with it.
		if (plan.adds.length > 0) await tx.exec(insertLocalUnitsSql(plan.adds));
	});
}

/** One unit changed on the page (renamed, given a code, retired or taken back), checked by `checkEdit`. */
export async function saveEdit(db: Database, before: Unit, after: Unit): Promise<void> {
	await applyPlan(db, { adds: [], updates: [{ before, after }], unchanged: 0, problems: [] });
}
