import Papa from 'papaparse';
import type { RowCheckContext } from '../contracts/field';
import { isWarning, type ImportIssue, type IssueCode } from '../rules/issues';
import { trimCell } from '../rules/fold';
import { dateYear, parseDate } from '../rules/date';
import { parseLikert } from '../rules/likert';
import { isMissing } from '../rules/missing';
import { parseNumber } from '../rules/number';
import { cellOf, type CheckPlan, type FieldCheck } from './plan';
import { isDatedYear, unitMapKey, type UnitMapEntry } from './unit-map';

/*
 * The JavaScript path, for small files: PapaParse reads the normalized records (line number first), each
 * cell is checked as the plan says, and the same issue tuples come out as from the SQL path. A contract's row
 * check (score tables) runs here only.
 */

export type CleanRow = Record<string, string | number | null> & { __line: number };

export interface CheckResult {
	rows: CleanRow[];
	issues: ImportIssue[];
	/** Every row's id value (errors or not), for a caller that looks for repeated ids itself. */
	ids: IdCell[];
}

export interface IdCell {
	line: number;
	id: string;
	raw: string;
}

type Cell = { value: string | number | null } | { code: IssueCode; detail: string };

const INTEGER = /^[0-9]+$/;

function checkValue(check: FieldCheck, trimmed: string): Cell {
	const { field } = check;
	switch (field.kind) {
		case 'id':
		case 'text':
		case 'unit':
		case 'component':
			return { value: trimmed };
		case 'integer':
			return INTEGER.test(trimmed) ? { value: Number(trimmed) } : { code: 'not_an_integer', detail: '' };
		case 'number': {
			const n = parseNumber(trimmed, check.format!);
			return n === null ? { code: 'not_a_number', detail: check.formatText } : { value: n };
		}
		case 'likert': {
			const r = parseLikert(trimmed, check.scale!);
			return 'value' in r ? { value: r.value } : { code: r.error, detail: check.rangeText };
		}
		case 'date': {
			const day = parseDate(trimmed);
			if (day !== null) return { value: day };
			return { code: check.givesYear ? 'year_date_invalid' : 'not_a_date', detail: '' };
		}
	}
}

/** A row's year read from its date: only a year outside the field's range is this field's issue. */
function checkYearOfDate(check: FieldCheck, trimmed: string): Cell {
	const year = dateYear(trimmed);
	if (year === null) return { value: null }; // the date's own check reports it (`givesYear`)
	const inRange = (check.min === null || year >= check.min) && (check.max === null || year <= check.max);
	return inRange ? { value: year } : { code: 'year_date_out_of_range', detail: check.rangeText };
}

function checkRange(check: FieldCheck, value: number): Cell {
	if ((check.min !== null && value < check.min) || (check.max !== null && value > check.max)) {
		return { code: 'out_of_range', detail: check.rangeText };
	}
	return { value };
}

/** The year a row's unit name is matched in: the trimmed year cell when it is digits only, else null. */
export function unitYear(rawYear: string): number | null {
	const y = trimCell(rawYear);
	return INTEGER.test(y) ? Number(y) : null;
}

/** `unitYear` of a row by its year field: the year as written, or the year of its date when read from it. */
export function unitYearOf(check: FieldCheck | undefined, cells: readonly string[]): number | null {
	if (!check) return null;
	const raw = cellOf(check, cells);
	return check.yearOfDate ? dateYear(trimCell(raw)) : unitYear(raw);
}

export function checkCell(check: FieldCheck, raw: string | undefined): Cell {
	const trimmed = trimCell(raw ?? '');
	if (check.yearOfDate) return checkYearOfDate(check, trimmed);
	if (isMissing(trimmed)) {
		if (!check.required) return { value: null };
		return { code: check.givesYear ? 'year_date_missing' : 'required', detail: '' };
	}
	const cell = checkValue(check, trimmed);
	if ('value' in cell && typeof cell.value === 'number' && check.field.kind !== 'likert') {
		return checkRange(check, cell.value);
	}
	return cell;
}

/**
 * Checks parsed records (`[line, ...cells]`) against the plan. Without `duplicates`, repeated ids are not
 * looked for (the caller does it across more rows than these). `context` is what the contract's row check
 * needs besides the file (earlier imports' scores).
 */
export function checkRecords(
	records: readonly (readonly string[])[],
	plan: CheckPlan,
	units: ReadonlyMap<string, UnitMapEntry>,
	duplicates = true,
	context: RowCheckContext = {}
): CheckResult {
	const rows: CleanRow[] = [];
	const issues: ImportIssue[] = [];
	const ids: IdCell[] = [];
	const firstLineOfId = new Map<string, number>();
	const yearCheck = plan.fields.find((f) => f.field.key === plan.yearKey);
	const idCheck = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	const dateCheck = plan.fields.find((f) => f.field.key === plan.dateKey);
	const rowCheck = plan.contract.rowCheck?.(new Set(plan.fields.map((f) => f.field.key)), context);
	const checkOf = (key: string) => plan.fields.find((f) => f.field.key === key);
	for (const record of records) {
		const line = Number(record[0]);
		const cells = record.slice(1);
		const row: CleanRow = { __line: line };
		let ok = true;
		// A unit is matched in the year as written when it is an integer, in range or not (the year's own error
		// is reported on the year): the same key the unit map was built with (see `unitYear`).
		const yearValue = unitYearOf(yearCheck, cells);
		for (const check of plan.fields) {
			const raw = cellOf(check, cells);
			let cell = checkCell(check, raw);
			if ('value' in cell && check.field.kind === 'unit' && cell.value !== null) {
				const entry = units.get(unitMapKey(String(cell.value), yearValue));
				const match = entry?.match ?? { code: 'unknown_unit' as const, detail: '' };
				cell = 'unitKey' in match ? { value: match.unitKey } : { code: match.code, detail: match.detail };
			}
			if ('code' in cell) {
				ok = false;
				// A unit only a year could tell apart is not reported on a row whose year cannot date it: the
				// year's own issue is (sql.ts `errorSql` does the same).
				if (cell.code === 'ambiguous_unit' && !isDatedYear(yearValue) && yearCheck?.required) continue;
				issues.push({ line, column: check.header, value: raw, code: cell.code, detail: cell.detail });
			} else {
				row[check.field.key] = cell.value;
			}
		}
		if (dateCheck) {
			const mismatch = dateYearMismatch(row[dateCheck.field.key], row[plan.yearKey!]);
			if (mismatch !== null) {
				const value = cellOf(dateCheck, cells);
				issues.push({ line, column: dateCheck.header, value, code: 'date_year_mismatch', detail: mismatch });
			}
		}
		if (rowCheck) {
			const raw = (key: string) => {
				const check = checkOf(key);
				return check ? trimCell(cellOf(check, cells)) : '';
			};
			const { problems, values } = rowCheck.row(row, raw, ok);
			for (const { key, code, detail } of problems) {
				// A warning leaves the row to load.
				if (!isWarning(code)) ok = false;
				const check = checkOf(key);
				const value = check ? cellOf(check, cells) : '';
				issues.push({ line, column: check?.header ?? key, value, code, detail });
			}
			Object.assign(row, values);
		}
		const id = idCheck ? row[idCheck.field.key] : null;
		if (idCheck && id != null) {
			const key = String(id);
			const raw = cellOf(idCheck, cells);
			const first = firstLineOfId.get(key); // always undefined without `duplicates`: nothing is set
			if (!duplicates) ids.push({ line, id: key, raw });
			else if (first === undefined) firstLineOfId.set(key, line);
			else {
				ok = false;
				issues.push({
					line,
					column: idCheck.header,
					value: raw,
					code: 'duplicate_id',
					detail: String(first)
				});
			}
		}
		if (ok) rows.push(row);
	}
	for (const { line, key, value, code, detail } of rowCheck?.end?.() ?? []) {
		if (!isWarning(code)) throw new Error(`A row check's end may only warn, not ${code}`);
		issues.push({ line, column: checkOf(key)?.header ?? key, value, code, detail });
	}
	return { rows, issues, ids };
}

/**
 * A date outside its row's year (from a column or typed): the year, for the warning's detail, else null.
 * Only clean values are compared: a blank or bad date or year has its own issue. A warning, not an error:
 * a survey round is often named by its year and carried on into the next January; the row loads with the
 * year given. `issuesSql` says the same in SQL.
 */
function dateYearMismatch(day: string | number | null | undefined, year: string | number | null | undefined) {
	if (typeof day !== 'string' || typeof year !== 'number') return null;
	return Number(day.slice(0, 4)) === year ? null : String(year);
}

/** Parses normalized CSV text (see normalize.ts) into records. */
export function parseNormalized(text: string, delimiter: string): string[][] {
	const parsed = Papa.parse<string[]>(text, {
		delimiter,
		header: false,
		skipEmptyLines: true,
		newline: '\n', // the normalizer writes LF records; never let PapaParse guess
		quoteChar: '"'
	});
	return parsed.data;
}
