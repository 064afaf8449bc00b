import { z } from 'zod';
import type { IssueCode } from '../rules/issues';
import type { LikertScale } from '../rules/likert';

/*
 * A dataset contract is a list of fields. Each field's Zod schema says what a clean value is (type, range,
 * required or nullable); its `kind` says how a cell's text becomes that value. Both validation paths read
 * the range and the requirement from the schema, so the rules live in one place.
 */

export type FieldKind = 'id' | 'text' | 'integer' | 'number' | 'likert' | 'unit' | 'component' | 'date';

export interface FieldDef {
	key: string;
	kind: FieldKind;
	labelVi: string;
	labelEn: string;
	/** Header names that map to this field automatically (compared folded). */
	headers: readonly string[];
	schema: z.ZodType;
	scale?: LikertScale;
}

/** Clean values of one row by field key; a field whose cell failed its own check is absent. */
export type RowValues = Readonly<Record<string, string | number | null>>;

/** What a row check found: the field to report it on, the issue code, the message's detail. */
export interface RowProblem {
	key: string;
	code: IssueCode;
	detail: string;
}

/** Field keys of a wide score table's component columns: `component:D1`. */
export const COMPONENT_PREFIX = 'component:';

/** A problem found once every row was seen, on the line it belongs to (always a warning). */
export interface LineProblem extends RowProblem {
	line: number;
	/** The value to show, as written or as read. */
	value: string;
}

/**
 * A check of whole rows, after each cell was checked its own: what no single field's schema can say (a value in
 * the range of the component and method version the row's other cells name, the same unit and year twice, a
 * total that disagrees with its components). `row` may also give values that replace the row's (a
 * component's name → its code); `raw(key)` is a field's cell as written, for messages. `end` reports what
 * needs rows on other lines (a long table's total against its components); it may only warn. Made fresh for
 * each file, so it may remember earlier rows.
 */
export interface RowChecker {
	row(
		row: RowValues,
		raw: (key: string) => string,
		/** Every cell passed its own check: the row will load unless this check finds a problem. */
		clean: boolean
	): { problems: RowProblem[]; values?: Record<string, string | null> };
	end?(): LineProblem[];
}

/** What an earlier import (not sample data) holds for one unit, year and component of the index. */
export interface EarlierScore {
	importId: number;
	fileName: string;
	importedAt: string;
	value: number | null;
}

/** What a row check knows besides the file. */
export interface RowCheckContext {
	/** Earlier imports' scores of the index, by `scoreKey(unit, year, component)`. */
	earlier?: ReadonlyMap<string, EarlierScore>;
}

/** The key of one score: unit, year and component (null = the total). */
export const scoreKey = (unit: string, year: number, component: string | null) =>
	`${unit}\u0001${year}\u0001${component ?? ''}`;

export interface Contract {
	/** `scores-long`: index scores with one row per unit, year and component. */
	kind: 'survey' | 'scores' | 'scores-long';
	fields: readonly FieldDef[];
	/**
	 * Row checks, given the keys of the mapped fields. Only the JavaScript path runs them, so `load/check.ts`
	 * never sends a plan with a row check to the SQL path.
	 */
	rowCheck?: (mapped: ReadonlySet<string>, context: RowCheckContext) => RowChecker;
}

type NumberSchema = z.ZodNumber;

function inner(schema: z.ZodType): z.ZodType {
	return schema instanceof z.ZodNullable || schema instanceof z.ZodOptional
		? (schema.unwrap() as z.ZodType)
		: schema;
}

/** Whether an empty cell is an error. */
export function isRequired(field: FieldDef): boolean {
	return !field.schema.safeParse(null).success;
}

/** The numeric range the schema allows, if any. */
export function rangeOf(field: FieldDef): { min: number | null; max: number | null; integer: boolean } {
	const s = inner(field.schema);
	if (!(s instanceof z.ZodNumber)) return { min: null, max: null, integer: false };
	const n = s as NumberSchema;
	// z.number().int() bounds a field by the safe integers: that is no bound of the contract's.
	const finite = (v: number | null) =>
		v === null || !Number.isFinite(v) || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? null : v;
	return { min: finite(n.minValue), max: finite(n.maxValue), integer: Boolean(n.isInt) };
}

/** "1–5", "≥ 0", "≤ 100" for messages. */
export function describeRange({ min, max }: { min: number | null; max: number | null }): string {
	const f = (v: number) => String(v).replace('.', ',');
	if (min !== null && max !== null) return `${f(min)}–${f(max)}`;
	if (min !== null) return `≥ ${f(min)}`;
	if (max !== null) return `≤ ${f(max)}`;
	return '';
}

/** Header names of a unit column, whatever the dataset (each contract adds its own). */
export const UNIT_HEADERS = ['unit_key', 'unit', 'unit_name', 'đơn vị', 'tên đơn vị', 'cơ quan'] as const;
