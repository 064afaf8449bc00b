import { describeRange, isRequired, rangeOf, type Contract, type FieldDef } from '../contracts/field';
import type { LikertScale } from '../rules/likert';
import { describeFormat, type NumberFormat } from '../rules/number';

/*
 * What to check, decided once from the contract and the user's column mapping, then carried out by either
 * path: `js.ts` (small files, PapaParse) or `sql.ts` (large files, DuckDB). Everything both paths need to
 * agree on — which column, required or not, the range, the number format, the messages' details — is here.
 */

export interface FieldCheck {
	field: FieldDef;
	/** Position of the column in the file's records (0-based, not counting the line-number prefix). */
	column: number;
	/** A value the analyst typed for the whole file instead of a column (the year in a title row), or null. */
	constant: string | null;
	/** The header as written in the file, for the report's "Cột" column. */
	header: string;
	required: boolean;
	min: number | null;
	max: number | null;
	integer: boolean;
	rangeText: string;
	format: NumberFormat | null;
	formatText: string;
	scale: LikertScale | null;
	/**
	 * The year field when no column and no typed value gives it but a date column does: each row's year is
	 * the year of its date (`column` is the date's). It reports only a year outside its range; a blank or
	 * unreadable date is reported by the date's own check (`givesYear`), once.
	 */
	yearOfDate: boolean;
	/** The date field whose cells give each row's year: a blank or unreadable date then rejects the row. */
	givesYear: boolean;
}

export interface CheckPlan {
	contract: Contract;
	fields: FieldCheck[];
	/** The field whose values must be unique in the file (respondent id), if any. */
	uniqueKey: string | null;
	/** The field that gives a row's year, used to match unit names valid in that year. */
	yearKey: string | null;
	/** The field that names the unit. */
	unitKey: string | null;
	/**
	 * The date field a row's year (from a column or typed) is compared with: a date in another year is
	 * warned about (`date_year_mismatch`), the row loaded with the year given. Null when there is no date or
	 * the year is the date's own.
	 */
	dateKey: string | null;
	/** Contract fields left without a column; required ones make the plan unusable. */
	unmapped: FieldDef[];
}

export interface ColumnMapping {
	/** field key → column position */
	[fieldKey: string]: number;
}

/** The fields that give a row's year: a survey's period, a score table's year. */
const YEAR_KEYS: readonly string[] = ['period', 'year'];

export function makePlan(
	contract: Contract,
	headers: readonly string[],
	mapping: ColumnMapping,
	formats: readonly (NumberFormat | null)[],
	constants: Readonly<Record<string, string>> = {}
): CheckPlan {
	const fields: FieldCheck[] = [];
	const unmapped: FieldDef[] = [];
	const dateField = contract.fields.find((f) => f.kind === 'date' && mapping[f.key] !== undefined);
	const yearField = contract.fields.find((f) => YEAR_KEYS.includes(f.key));
	// A survey from a form has a date ("Dấu thời gian") and often no year: each row's year is its date's, so a
	// file spanning December and January gets both years right. A column or a typed year still wins.
	const yearFromDate =
		dateField !== undefined &&
		yearField !== undefined &&
		mapping[yearField.key] === undefined &&
		constants[yearField.key] === undefined;
	for (const field of contract.fields) {
		const constant = mapping[field.key] === undefined ? (constants[field.key] ?? null) : null;
		const yearOfDate = yearFromDate && field === yearField;
		const column = constant !== null ? -1 : yearOfDate ? mapping[dateField!.key] : mapping[field.key];
		if (column === undefined) {
			unmapped.push(field);
			continue;
		}
		const range = rangeOf(field);
		const format = field.kind === 'number' ? (formats[column] ?? { decimal: '.', thousands: null }) : null;
		const givesYear = yearFromDate && field === dateField;
		fields.push({
			field,
			column,
			constant,
			header: constant !== null ? field.labelVi : (headers[column] ?? `Cột ${column + 1}`),
			required: isRequired(field) || givesYear,
			...range,
			rangeText: describeRange(field.kind === 'likert' && field.scale ? field.scale : range),
			format,
			formatText: format ? describeFormat(format) : '',
			scale: field.scale ?? null,
			yearOfDate,
			givesYear
		});
	}
	const has = (key: string) => fields.some((f) => f.field.key === key);
	const keyOfKind = (kind: FieldDef['kind']) => fields.find((f) => f.field.kind === kind)?.field.key ?? null;
	const yearKey = YEAR_KEYS.find(has) ?? null;
	return {
		contract,
		fields,
		uniqueKey: keyOfKind('id'),
		yearKey,
		unitKey: keyOfKind('unit'),
		dateKey: yearKey !== null && !yearFromDate ? (dateField?.key ?? null) : null,
		unmapped
	};
}

/** The header of the date column each row's year is read from; null when a column or typed year gives it. */
export function yearDateHeader(plan: CheckPlan | null): string | null {
	return plan?.fields.find((f) => f.givesYear)?.header ?? null;
}

/** Required fields without a column: the import cannot start until the user maps them. */
export function missingRequired(plan: CheckPlan): FieldDef[] {
	return plan.unmapped.filter(isRequired);
}

/** The cell of `check` in a record's cells (the typed constant when there is one). */
export function cellOf(check: FieldCheck, cells: readonly string[]): string {
	return check.constant ?? cells[check.column] ?? '';
}
