import { ident, literal } from '$lib/sql/quote';
import { digitClass, INTEGER, isDigitClass, KEY, NONE, TEXT, type CellClass } from '../normalize/classify';
import { oneOfSql } from '../rules/one-of';
import type { Gate } from './gate';
import { checkCell } from './js';
import type { CheckPlan, FieldCheck } from './plan';
import { col, readNormalizedSql } from './sql';

/*
 * The fast path, for the records the normalizer found plain (normalize/classify.ts) and the gate found clean
 * (gate.ts): DuckDB reads each slice of them with typed columns and the relation below gives the rules'
 * values — answers and years as read, missing text as NULL, the unit as the key the gate wrote in front of
 * the record — so the slice goes into its table in one statement, with no check left to run on it.
 */

export interface FastColumns {
	/** The class of each column of the file (NONE where no field reads it). */
	classes: CellClass[];
	/** The DuckDB type each column is read as. */
	types: string[];
}

// Digits as TINYINT, the type of the survey table's answers: read as UTINYINT they were cast on the way in.
const TYPE_OF_CLASS = (cls: CellClass) =>
	isDigitClass(cls) ? 'TINYINT' : cls === INTEGER ? 'INTEGER' : 'VARCHAR';

function wantedClass(c: FieldCheck): CellClass {
	if (c.field.kind === 'likert' && c.scale && c.scale.min >= 0 && c.scale.max <= 9) {
		return digitClass(Array.from({ length: c.scale.max - c.scale.min + 1 }, (_, i) => c.scale!.min + i));
	}
	return c.field.kind === 'integer' ? INTEGER : c.field.kind === 'id' ? KEY : TEXT;
}

export function fastColumns(plan: CheckPlan, columnCount: number): FastColumns {
	const classes: CellClass[] = Array.from({ length: columnCount }, () => NONE);
	const wanted = new Map<number, Set<CellClass>>();
	for (const c of plan.fields) {
		// A year read from the date column reads it as the date does (such a file has no plain record: gate.ts).
		if (c.constant !== null || c.yearOfDate || c.column < 0 || c.column >= columnCount) continue;
		wanted.set(c.column, (wanted.get(c.column) ?? new Set()).add(wantedClass(c)));
	}
	// A column two fields read differently is read as text by both (a key is text with a digit: still text).
	for (const [column, set] of wanted)
		classes[column] = set.size === 1 ? [...set][0]! : set.has(KEY) ? KEY : TEXT;
	return {
		classes,
		types: classes.map(TYPE_OF_CLASS)
	};
}

/** Columns read as text whose cells can be missing values (keys cannot: a plain key holds a digit). */
function textOf(c: FieldCheck, columns: FastColumns): boolean {
	const cls = columns.classes[c.column];
	return (cls === TEXT || cls === KEY) && (c.field.kind === 'text' || c.field.kind === 'id');
}

function constantSql(c: FieldCheck): string {
	const cell = checkCell(c, c.constant!);
	return 'value' in cell ? literal(cell.value) : 'NULL';
}

function fieldSql(c: FieldCheck, columns: FastColumns, gate: Gate): string {
	if (c.field.kind === 'unit') return 's.__unit';
	if (c.constant !== null) return constantSql(c);
	const cls = columns.classes[c.column]!;
	const t = `s.${col(c.column)}`;
	if (isDigitClass(cls) || (cls === INTEGER && c.field.kind === 'integer')) return t;
	if (textOf(c, columns)) {
		const missing = gate.missing(c.column);
		return missing.length ? `CASE WHEN ${oneOfSql(t, missing)} THEN NULL ELSE ${t} END` : t;
	}
	return 'NULL'; // the gate lets such a field through only when its cell is empty
}

/**
 * One slice of clean plain records (`line,<unit key>,<cells>` per record, see normalize.ts and the gate) as a
 * relation with the columns a table of clean rows has: `__line` and one per field key (load/targets.ts
 * inserts from it).
 */
export function chunkSql(
	file: string,
	delimiter: string,
	plan: CheckPlan,
	columns: FastColumns,
	gate: Gate
): string {
	const read = readNormalizedSql(file, delimiter, [
		['__line', 'INTEGER'],
		['__unit', 'VARCHAR'],
		...columns.types.map((t, i) => [col(i), t] as const)
	]);
	const fields = plan.fields.map((c) => `${fieldSql(c, columns, gate)} AS ${ident(c.field.key)}`);
	return `SELECT s.__line${fields.map((f) => `, ${f}`).join('')} FROM ${read} s`;
}
