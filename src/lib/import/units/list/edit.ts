import { foldName, isIsoDate, LAST_DISTRICT_DAY, type Unit } from '$lib/units';
import { fold } from '../../rules/fold';
import { FORMULA, MARKUP, PROVINCE_LIKE } from './check';
import type { ListProblemCode } from './problems';

/*
 * One unit changed on the list page, held to the rules a list line is held to: a name that is text (not a
 * formula or markup) and not another unit's of the same kind and parent; a code that is not a province's
 * form nor another unit's; a district never valid after 30/06/2025.
 */

export type UnitEdit = { name: string } | { code: string } | { retireOn: string } | { reinstate: true };

export interface EditResult {
	unit: Unit | null;
	problem: { code: ListProblemCode; params?: Record<string, string | number> } | null;
}

const slugOf = (u: Unit) => u.key.split(':').at(-1);

export function checkEdit(existing: readonly Unit[], unit: Unit, edit: UnitEdit): EditResult {
	const fail = (code: ListProblemCode, params?: Record<string, string | number>) => ({
		unit: null,
		problem: params ? { code, params } : { code }
	});
	const others = existing.filter((u) => u.key !== unit.key);
	if ('name' in edit) {
		const name = edit.name.trim();
		if (name === '') return fail('empty_name');
		if (FORMULA.test(name)) return fail('formula_name');
		if (MARKUP.test(name)) return fail('markup_name');
		if (foldName(name) === '') return fail('bad_name');
		const twin = others.find(
			(u) => u.kind === unit.kind && u.parentKey === unit.parentKey && foldName(u.name) === foldName(name)
		);
		if (twin) return fail('name_taken', { name: twin.name });
		return { unit: { ...unit, name }, problem: null };
	}
	if ('code' in edit) {
		const code = edit.code.trim();
		if (code === '') return { unit: { ...unit, code: slugOf(unit) ?? unit.code }, problem: null };
		if (PROVINCE_LIKE.test(code)) return fail('code_like_province');
		const holder = others.find((u) => u.code !== slugOf(u) && fold(u.code) === fold(code));
		if (holder) return fail('code_taken', { name: holder.name });
		return { unit: { ...unit, code }, problem: null };
	}
	if ('retireOn' in edit) {
		const date = edit.retireOn;
		if (!isIsoDate(date)) return fail('bad_date', { reason: date });
		if (unit.validFrom && date < unit.validFrom) return fail('dates_reversed');
		if (unit.kind === 'district' && date > LAST_DISTRICT_DAY) return fail('district_after_2025');
		return { unit: { ...unit, validTo: date }, problem: null };
	}
	const back: Unit = { ...unit };
	if (unit.kind === 'district') back.validTo = LAST_DISTRICT_DAY;
	else delete back.validTo;
	return { unit: back, problem: null };
}
