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
	/** Contract fields left without a column; required ones make the plan unusable. */
	unmapped: FieldDef[];
}

export interface ColumnMapping {
	/** field key → column position */
	[fieldKey: string]: number;
}

export function makePlan(
	contract: Contract,
	headers: readonly string[],
	mapping: ColumnMapping,
	formats: readonly (NumberFormat | null)[],
	constants: Readonly<Record<string, string>> = {}
): CheckPlan {
	const fields: FieldCheck[] = [];
	const unmapped: FieldDef[] = [];
	for (const field of contract.fields) {
		const constant = mapping[field.key] === undefined ? (constants[field.key] ?? null) : null;
		const column = constant !== null ? -1 : mapping[field.key];
		if (column === undefined) {
			unmapped.push(field);
			continue;
		}
		const range = rangeOf(field);
		const format = field.kind === 'number' ? (formats[column] ?? { decimal: '.', thousands: null }) : null;
		fields.push({
			field,
			column,
			constant,
			header: constant !== null ? field.labelVi : (headers[column] ?? `Cột ${column + 1}`),
			required: isRequired(field),
			...range,
			rangeText: describeRange(field.kind === 'likert' && field.scale ? field.scale : range),
			format,
			formatText: format ? describeFormat(format) : '',
			scale: field.scale ?? null
		});
	}
	const has = (key: string) => fields.some((f) => f.field.key === key);
	const keyOfKind = (kind: FieldDef['kind']) => fields.find((f) => f.field.kind === kind)?.field.key ?? null;
	return {
		contract,
		fields,
		uniqueKey: keyOfKind('id'),
		yearKey: has('period') ? 'period' : has('year') ? 'year' : null,
		unitKey: keyOfKind('unit'),
		unmapped
	};
}

/** Required fields without a column: the import cannot start until the user maps them. */
export function missingRequired(plan: CheckPlan): FieldDef[] {
	return plan.unmapped.filter(isRequired);
}

/** The cell of `check` in a record's cells (the typed constant when there is one). */
export function cellOf(check: FieldCheck, cells: readonly string[]): string {
	return check.constant ?? cells[check.column] ?? '';
}
