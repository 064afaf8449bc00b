import { foldName, LAST_DISTRICT_DAY, nameKind, type Registry, type Unit } from '$lib/units';
import { parseDate, isValueError } from '../../sniff';
import { fold, trimCell } from '../../rules/fold';
import type { LocalKind } from '../picker';
import { listColumns, readKind, type ListField } from './columns';
import { placeUnit, type UnitDraft } from './place';
import type { ListProblem } from './problems';
import type { ListTable } from './read';

/*
 * A province's list of units, checked as a whole before anything is written: every line becomes a unit to
 * add or an existing unit to update, or problems by line. A list with any problem is not applied at all.
 * An existing unit is one of the province's with the same key (same parent, same name folded), so a list
 * read again updates codes and spellings instead of adding twins; units the list leaves out are kept.
 */

export interface UnitUpdate {
	before: Unit;
	after: Unit;
}

export interface ListPlan {
	adds: Unit[];
	updates: UnitUpdate[];
	/** Lines naming a unit that is already there as written. */
	unchanged: number;
	problems: ListProblem[];
}

/** A code of one or two digits is what imports read as a province code ("12" is Lai Châu): refused. */
export const PROVINCE_LIKE = /^\d{1,2}$/;
/** Text a spreadsheet would run as a formula (the import keeps it as written; a unit name must not be one). */
export const FORMULA = /^[=+@]|^-\S/;
export const MARKUP = /<\/?[a-z!][^>]*>/i;

function dateOf(text: string, end: 'from' | 'to'): string | undefined | { reason: string } {
	const read = parseDate(text);
	if (read === null) return undefined;
	if (isValueError(read)) return { reason: read.reason };
	if (/^\d{4}$/.test(read)) return end === 'from' ? `${read}-01-01` : `${read}-12-31`;
	return read.slice(0, 10);
}

function kindFromName(name: string): LocalKind | null {
	const said = nameKind(name);
	if (said === 'agency' || said === 'commune' || said === 'district') return said;
	return said === 'city' ? 'district' : null;
}

interface Line {
	line: number;
	draft: UnitDraft;
	code: string;
	parent: string;
	cells: Record<ListField, string>;
}

/**
 * Checks `table` for the analyst's `province`, against `existing` (the province's own units already in the
 * registry, `provinceUnits`).
 */
export function checkUnitList(
	table: ListTable,
	registry: Registry,
	province: string,
	existing: readonly Unit[]
): ListPlan {
	const plan: ListPlan = { adds: [], updates: [], unchanged: 0, problems: [] };
	const columns = listColumns(table.headers);
	const header = (f: ListField) => (columns[f] === undefined ? '' : (table.headers[columns[f]] ?? ''));
	if (columns.name === undefined) {
		plan.problems.push({ line: null, column: '', value: table.headers.join(', '), code: 'no_name_column' });
		return plan;
	}
	const lines: Line[] = [];
	for (const row of table.rows) {
		const cell = (f: ListField) => (columns[f] === undefined ? '' : trimCell(row.fields[columns[f]] ?? ''));
		const cells = {
			name: cell('name'),
			kind: cell('kind'),
			code: cell('code'),
			parent: cell('parent'),
			from: cell('from'),
			to: cell('to')
		};
		const problem = (f: ListField, code: ListProblem['code'], params?: ListProblem['params']) =>
			plan.problems.push({
				line: row.line,
				column: header(f),
				value: cells[f],
				code,
				...(params ? { params } : {})
			});
		const before = plan.problems.length;
		const name = cells.name;
		if (name === '') problem('name', 'empty_name');
		else if (FORMULA.test(name)) problem('name', 'formula_name');
		else if (MARKUP.test(name)) problem('name', 'markup_name');
		const kind = cells.kind ? readKind(cells.kind) : kindFromName(name);
		if (cells.kind && !kind) problem('kind', 'unknown_kind');
		else if (!kind && name !== '') problem('kind', 'no_kind');
		const from = dateOf(cells.from, 'from');
		const to = dateOf(cells.to, 'to');
		if (typeof from === 'object') problem('from', 'bad_date', from);
		if (typeof to === 'object') problem('to', 'bad_date', to);
		const validFrom = typeof from === 'string' ? from : undefined;
		const validTo = typeof to === 'string' ? to : undefined;
		if (validFrom && validTo && validFrom > validTo) problem('to', 'dates_reversed');
		if (kind === 'district' && ((validFrom ?? '') > LAST_DISTRICT_DAY || (validTo ?? '') > LAST_DISTRICT_DAY))
			problem(validFrom && validFrom > LAST_DISTRICT_DAY ? 'from' : 'to', 'district_after_2025');
		if (PROVINCE_LIKE.test(cells.code)) problem('code', 'code_like_province');
		if (cells.parent && kind && kind !== 'commune') problem('parent', 'parent_not_commune');
		if (cells.parent && kind === 'commune' && (validFrom ?? '') > LAST_DISTRICT_DAY)
			problem('parent', 'commune_district_after_2025');
		if (plan.problems.length > before || !kind) continue;
		const draft: UnitDraft = {
			name,
			kind,
			...(validFrom ? { validFrom } : {}),
			...(validTo ? { validTo } : {})
		};
		lines.push({ line: row.line, draft, code: cells.code, parent: cells.parent, cells });
	}
	planUnits(lines, registry, province, existing, plan, header);
	plan.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return plan;
}

const sameUnit = (a: Unit, b: Unit) =>
	a.name === b.name && a.code === b.code && a.validFrom === b.validFrom && a.validTo === b.validTo;

/** Places the lines that passed: districts and the rest first, then communes of a district of either. */
function planUnits(
	lines: Line[],
	registry: Registry,
	province: string,
	existing: readonly Unit[],
	plan: ListPlan,
	header: (f: ListField) => string
): void {
	const byKey = new Map(existing.map((u) => [u.key, u]));
	const placed = new Map<string, { unit: Unit; line: number }>();
	const codes = new Map<string, { key: string; line: number | null; name: string }>();
	for (const u of existing)
		if (u.code !== u.key.split(':').at(-1)) codes.set(fold(u.code), { key: u.key, line: null, name: u.name });
	const taken = (key: string) =>
		(placed.get(key)?.unit.kind ?? byKey.get(key)?.kind) as LocalKind | undefined;
	const districts = () =>
		[...existing, ...[...placed.values()].map((p) => p.unit)].filter((u) => u.kind === 'district');
	const ordered = [...lines.filter((l) => !l.parent), ...lines.filter((l) => l.parent)];
	for (const l of ordered) {
		const problem = (f: ListField, code: ListProblem['code'], params?: ListProblem['params']) =>
			plan.problems.push({
				line: l.line,
				column: header(f),
				value: l.cells[f],
				code,
				...(params ? { params } : {})
			});
		if (l.parent) {
			const district = districts().find((d) => foldName(d.name) === foldName(l.parent));
			if (!district) {
				problem('parent', 'unknown_parent');
				continue;
			}
			l.draft.districtKey = district.key;
		}
		let unit: Unit;
		try {
			unit = placeUnit(registry, province, l.draft, taken);
		} catch (error) {
			if (!(error instanceof RangeError)) throw error;
			problem('name', 'bad_name');
			continue;
		}
		const twin = placed.get(unit.key);
		if (twin) {
			problem('name', 'duplicate_name', { line: twin.line });
			continue;
		}
		const old = byKey.get(unit.key);
		const code = l.code || old?.code || unit.code;
		const holder = l.code ? codes.get(fold(l.code)) : undefined;
		if (holder && holder.key !== unit.key) {
			problem(
				'code',
				holder.line === null ? 'code_taken' : 'duplicate_code',
				holder.line === null ? { name: holder.name } : { line: holder.line }
			);
			continue;
		}
		if (l.code) codes.set(fold(l.code), { key: unit.key, line: l.line, name: unit.name });
		const after: Unit = { ...(old ?? unit), name: unit.name, code };
		if (l.draft.validFrom) after.validFrom = unit.validFrom!;
		if (l.draft.validTo || unit.validTo) after.validTo = unit.validTo!;
		placed.set(unit.key, { unit: after, line: l.line });
		if (!old) plan.adds.push(after);
		else if (sameUnit(old, after)) plan.unchanged++;
		else plan.updates.push({ before: old, after });
	}
}
