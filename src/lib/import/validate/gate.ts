import { INTEGER, isDigitClass, KEY, TEXT, type CellClass } from '../normalize/classify';
import { checkCell, unitYear } from './js';
import type { CheckPlan, FieldCheck } from './plan';
import { IdSet } from './id-set';
import type { UnitResolver } from './unit-map';

/*
 * The gate decides, in the normalizer's byte loop, whether a plain record (see normalize/classify.ts) is also
 * clean: every cell passes the rules (js.ts `checkCell`, the same function the JavaScript path runs) and the
 * unit resolves in the row's year. A clean plain record goes straight to its table; anything else goes to the
 * exact checks, which report it. So the gate never reports anything: it only has to say "clean" exactly when
 * the exact checks would (load/paths.test.ts and load/corpus-paths.test.ts compare them).
 *
 * Cheap per record: digits were judged by the class already; a year is parsed from its digits; text cells
 * (unit, sex, channel…) are judged once per distinct cell, remembered by their bytes; an id need only be
 * non-empty (a plain key holds a digit, and no missing mark has one) and not let through before (id-set.ts).
 *
 * What the gate learns is what the typed read needs to produce the rules' values: the row's unit, which it
 * hands back as the key's bytes for the normalizer to write in front of the record (so DuckDB needs no join
 * to find it: joining every row's name to its unit was a large part of the insert), and, per text column,
 * the cells that are missing values (they become NULL).
 */

export interface Gate {
	/**
	 * Whether the plain record is clean: if so, the unit key's bytes as a CSV cell (empty when the plan has no
	 * unit), else null. Cell `k` of the record is `input[starts[k], starts[k + 1] - 1)`, the last one ending
	 * at `end`.
	 */
	accept(input: Uint8Array, starts: Int32Array, end: number): Uint8Array | null;
	/** Per text column, the cells (as DuckDB reads them) that are missing values, so far. */
	missing(column: number): readonly string[];
	/**
	 * Whether the records let through have unique ids: the gate turns a repeat away (the exact checks report
	 * it), so repeated ids can only involve set-aside records. False when it cannot tell ids apart by their
	 * bytes (the id column is read as something other than a key).
	 */
	readonly uniqueIds: boolean;
}

const NO_UNIT = new Uint8Array(0);
const encoder = new TextEncoder();

/** A unit key as a CSV cell: quoted when it holds a delimiter, a quote or a line break (keys do not, today). */
function keyCell(key: string, delimiter: string): Uint8Array {
	const quote = key.includes(delimiter) || /["\r\n]/.test(key);
	return encoder.encode(quote ? `"${key.replaceAll('"', '""')}"` : key);
}

const QUOTE = 0x22;
const ZERO = 0x30;
const decoder = new TextDecoder();

/** The cell's text as DuckDB and the rules read it: outer quotes dropped, doubled quotes made single. */
export function cellText(input: Uint8Array, s: number, e: number): string {
	if (e - s >= 2 && input[s] === QUOTE && input[e - 1] === QUOTE) {
		return decoder.decode(input.subarray(s + 1, e - 1)).replaceAll('""', '"');
	}
	return decoder.decode(input.subarray(s, e));
}

/** Values remembered per distinct byte string (FNV-1a buckets; cells are short and few are distinct). */
export class ByteMemo<T> {
	private readonly buckets = new Map<number, { bytes: Uint8Array; value: T }[]>();

	private last: { bytes: Uint8Array; value: T } | null = null;

	get(input: Uint8Array, s: number, e: number, compute: () => T): T {
		// Neighbouring rows often repeat a value (the same service, the same unit): try the last one first.
		const last = this.last;
		if (last !== null && sameBytes(last.bytes, input, s, e)) return last.value;
		let h = 0x811c9dc5;
		for (let i = s; i < e; i++) h = Math.imul(h ^ input[i]!, 0x01000193);
		const bucket = this.buckets.get(h);
		if (bucket) {
			for (const entry of bucket) {
				if (sameBytes(entry.bytes, input, s, e)) {
					this.last = entry;
					return entry.value;
				}
			}
		}
		const entry = { bytes: input.slice(s, e), value: compute() };
		if (bucket) bucket.push(entry);
		else this.buckets.set(h, [entry]);
		this.last = entry;
		return entry.value;
	}
}

function sameBytes(bytes: Uint8Array, input: Uint8Array, s: number, e: number): boolean {
	if (bytes.length !== e - s) return false;
	for (let i = 0; i < bytes.length; i++) if (bytes[i] !== input[s + i]) return false;
	return true;
}

type Judge = (input: Uint8Array, s: number, e: number, year: number | null) => boolean;

/** A record is never clean: a constant the analyst typed has an error, or a field the gate cannot judge. */
const NEVER: Judge = () => false;
/** The field is clean whatever its plain cell holds. */
const ALWAYS: Judge = () => true;

export function makeGate(
	plan: CheckPlan,
	classes: readonly CellClass[],
	resolveUnit: UnitResolver,
	delimiter: string
): Gate {
	const fieldCount = classes.length;
	const keyCells = new Map<string, Uint8Array>();
	/** The unit of the record being judged (set by the unit's judge). */
	let unit: Uint8Array = NO_UNIT;
	const missingCells = new Map<number, string[]>();
	let never = false;

	const yearCheck = plan.fields.find((f) => f.field.key === plan.yearKey);
	// The year a unit is matched in, as js.ts takes it: the year cell when it is digits (in range or not).
	const yearColumn =
		yearCheck && yearCheck.constant === null && classes[yearCheck.column] === INTEGER ? yearCheck.column : -1;
	const constantYear = yearCheck?.constant != null ? unitYear(yearCheck.constant) : null;
	if (yearCheck && yearCheck.constant === null && yearColumn < 0) never = true;
	// A year read from the date column: the gate judges no date (a dated record is never clean here), so no
	// record of such a file is; said outright rather than left to the date column's class.
	if (yearCheck?.yearOfDate) never = true;

	/** Whether the name resolves in the year; if so, its key becomes the record's unit. */
	function resolved(
		text: string,
		byYear: Map<number | null, Uint8Array | null>,
		year: number | null
	): boolean {
		let cell = byYear.get(year);
		if (cell === undefined) {
			const match = resolveUnit(text, year);
			if ('unitKey' in match) {
				cell = keyCells.get(match.unitKey) ?? keyCell(match.unitKey, delimiter);
				keyCells.set(match.unitKey, cell);
			} else cell = null;
			byYear.set(year, cell);
		}
		if (cell === null) return false;
		unit = cell;
		return true;
	}

	function judgeOf(c: FieldCheck): Judge {
		if (c.constant !== null) {
			const cell = checkCell(c, c.constant);
			if ('code' in cell) return NEVER;
			if (c.field.kind !== 'unit' || cell.value === null) return ALWAYS;
			const text = c.constant;
			const byYear = new Map<number | null, Uint8Array | null>();
			return (_input, _s, _e, year) => resolved(text, byYear, year);
		}
		const cls = classes[c.column];
		if (cls === undefined) return NEVER;
		if (isDigitClass(cls)) return c.required ? (_i, s, e) => e > s : ALWAYS;
		if (cls === INTEGER && c.field.kind === 'integer') {
			return (input, s, e) => {
				if (e === s) return !c.required;
				let n = 0;
				for (let i = s; i < e; i++) n = n * 10 + input[i]! - ZERO;
				return (c.min === null || n >= c.min) && (c.max === null || n <= c.max);
			};
		}
		if (cls === KEY && c.field.kind === 'id') {
			// Plain keys are empty (unquoted: missing) or hold a digit (never a missing value).
			return (_i, s, e) => e > s || !c.required;
		}
		if ((cls === TEXT || cls === KEY) && (c.field.kind === 'text' || c.field.kind === 'id')) {
			const memo = new ByteMemo<boolean>();
			const missing = missingCells.get(c.column) ?? [];
			missingCells.set(c.column, missing);
			return (input, s, e) => {
				if (e === s) return !c.required; // DuckDB reads an unquoted empty cell as NULL
				return memo.get(input, s, e, () => {
					const text = cellText(input, s, e);
					const cell = checkCell(c, text);
					if ('code' in cell) return false;
					if (cell.value === null && !missing.includes(text)) missing.push(text);
					return true;
				});
			};
		}
		if (cls === TEXT && c.field.kind === 'unit') {
			const memo = new ByteMemo<{
				text: string;
				byYear: Map<number | null, Uint8Array | null>;
			} | null>();
			return (input, s, e, year) => {
				if (e === s) return false; // a unit is required
				const unit = memo.get(input, s, e, () => {
					const text = cellText(input, s, e);
					const cell = checkCell(c, text);
					return 'code' in cell || cell.value === null ? null : { text, byYear: new Map() };
				});
				return unit !== null && resolved(unit.text, unit.byYear, year);
			};
		}
		// Any other field (a number, a Likert label column…): only an unquoted empty, not required, is clean.
		return (_i, s, e) => e === s && !c.required;
	}

	// The ids let through, to turn a repeat away (see `uniqueIds`).
	const idCheck = plan.fields.find((f) => f.field.key === plan.uniqueKey);
	const idColumn =
		idCheck && idCheck.constant === null && classes[idCheck.column] === KEY ? idCheck.column : -1;
	let ids: IdSet | null = null;

	// Fields whose every plain cell is clean (answers that are not required: the class said it all) are left
	// out of the per-record loop, which is most of a survey's columns.
	const judges = plan.fields.flatMap((c) => {
		const judge = judgeOf(c);
		if (judge === NEVER) never = true;
		return judge === ALWAYS ? [] : [{ column: c.column, judge }];
	});

	return {
		accept(input, starts, end) {
			if (never) return null;
			unit = NO_UNIT;
			let year = constantYear;
			if (yearColumn >= 0) {
				const s = starts[yearColumn]!;
				const e = yearColumn + 1 < fieldCount ? starts[yearColumn + 1]! - 1 : end;
				if (e > s) {
					year = 0;
					for (let i = s; i < e; i++) year = year * 10 + input[i]! - ZERO;
				} else year = null;
			}
			for (let j = 0; j < judges.length; j++) {
				const { column, judge } = judges[j]!;
				if (column < 0) {
					if (!judge(input, 0, 0, year)) return null;
					continue;
				}
				const e = column + 1 < fieldCount ? starts[column + 1]! - 1 : end;
				if (!judge(input, starts[column]!, e, year)) return null;
			}
			if (idColumn >= 0) {
				let s = starts[idColumn]!;
				let e = idColumn + 1 < fieldCount ? starts[idColumn + 1]! - 1 : end;
				if (input[s] === QUOTE) {
					// "P1" is P1; a doubled quote inside is left to the exact checks.
					s++;
					e--;
					for (let i = s; i < e; i++) if (input[i] === QUOTE) return null;
				}
				if (e > s) {
					// One file, one input: the normalizer hands over the same bytes every time.
					// Sized for a record per 128 bytes (a survey row is ~100), so it seldom has to grow.
					if (ids === null || ids.input !== input)
						ids = new IdSet(input, Math.min(input.length >> 7, 1 << 22));
					if (!ids.add(s, e)) return null;
				} else if (idCheck!.required) {
					return null; // `""`: no id after all
				}
			}
			return unit;
		},
		uniqueIds: idColumn >= 0 || idCheck === undefined,
		missing(column) {
			return missingCells.get(column) ?? [];
		}
	};
}
