import { describe, expect, it } from 'vitest';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { makeUnitResolver } from '../units/resolve';
import { fastColumns } from './fast';
import { ByteMemo, cellText, makeGate, type Gate } from './gate';
import { makePlan } from './plan';
import type { UnitResolver } from './unit-map';

/*
 * The gate on single records, against the exact rules: it says "clean" only when js.ts would. (The paths
 * tests in load/ compare whole files through every path; these are the cases worked by hand.)
 */

const HEADER = ['Mã phiếu', 'Năm', 'Đơn vị', 'Giới tính', 'Câu 9.1'];
const MAPPING = { respondent_key: 0, period: 1, unit_key: 2, sex: 3, q9_01: 4 };
const encoder = new TextEncoder();

/** The record's bytes and where its cells start, as the normalizer hands them over (plain cells only). */
function record(cells: string[]): { input: Uint8Array; starts: Int32Array; end: number } {
	const input = encoder.encode(cells.join(','));
	const starts = new Int32Array(cells.length + 1);
	let offset = 0;
	cells.forEach((cell, k) => {
		starts[k] = offset;
		offset += encoder.encode(cell).length + 1;
	});
	return { input, starts, end: input.length };
}

function gateFor(
	constants: Record<string, string> = {},
	mapping: Record<string, number> = MAPPING,
	resolve: UnitResolver = makeUnitResolver(createRegistry())
) {
	const plan = makePlan(SURVEY_CONTRACT, HEADER, mapping, [], constants);
	const columns = fastColumns(plan, HEADER.length);
	return makeGate(plan, columns.classes, resolve, ',');
}

/** What the gate says of a record: the unit cell it writes in front of it, or null (not clean). */
function judged(gate: Gate, cells: string[]): string | null {
	const { input, starts, end } = record(cells);
	const unit = gate.accept(input, starts, end);
	return unit === null ? null : new TextDecoder().decode(unit);
}

describe('the gate', () => {
	it.each([
		['a clean record', ['P1', '2024', 'Hà Nội', 'Nam', '5'], 'gso63:01'],
		['a quoted unit', ['P1', '2024', '"Hà Nội"', 'Nam', '5'], 'gso63:01'],
		['an empty answer (missing, not required)', ['P1', '2024', 'Hà Nội', 'Nam', ''], 'gso63:01'],
		['a missing mark for the sex', ['P1', '2024', 'Hà Nội', 'KTL', '5'], 'gso63:01'],
		['no id (required)', ['', '2024', 'Hà Nội', 'Nam', '5'], null],
		['a quoted empty id (required)', ['""', '2024', 'Hà Nội', 'Nam', '5'], null],
		['no year (required)', ['P1', '', 'Hà Nội', 'Nam', '5'], null],
		['a year out of range', ['P1', '1999', 'Hà Nội', 'Nam', '5'], null],
		['no unit (required)', ['P1', '2024', '', 'Nam', '5'], null],
		['a missing mark for the unit', ['P1', '2024', 'không trả lời', 'Nam', '5'], null],
		['a misspelt unit', ['P1', '2024', 'Quảng Nnh', 'Nam', '5'], null],
		['a unit merged away before its year', ['P1', '2026', 'Hà Giang', 'Nam', '5'], null],
		['the same unit in a year it existed', ['P1', '2024', 'Hà Giang', 'Nam', '5'], 'gso63:02'],
		['a code for the unit', ['P1', '2024', '24', 'Nam', '5'], 'gso63:24']
	])('%s (%j) → %j', (_name, cells, unit) => {
		expect(judged(gateFor(), cells)).toBe(unit);
	});

	it('resolves each (name, year) once, and notes the missing marks it met', () => {
		const asked: string[] = [];
		const registry = makeUnitResolver(createRegistry());
		const gate = gateFor({}, MAPPING, (text, year) => {
			asked.push(`${text} ${year}`);
			return registry(text, year);
		});
		expect(
			[
				['P1', '2024', 'Hà Nội', 'Nam', '5'],
				['P2', '2024', 'Hà Nội', 'KTL', '4'],
				['P3', '2024', '"Hà Nội"', '""', '4'],
				['P4', '2023', 'Hà Nội', 'Nữ', '4'],
				['P5', '2026', 'Hà Nội', 'Nữ', '4']
			].map((cells) => judged(gate, cells))
		).toEqual(['gso63:01', 'gso63:01', 'gso63:01', 'gso63:01', 'qd19:01']);
		// The quoted cell is other bytes but the same name: asked again, answered alike.
		expect(asked).toEqual(['Hà Nội 2024', 'Hà Nội 2024', 'Hà Nội 2023', 'Hà Nội 2026']);
		expect(gate.missing(3)).toEqual(['KTL', '']);
		expect(gate.missing(0)).toEqual([]);
	});

	it('lets an id through once: a repeat, quoted or not, goes to the exact checks', () => {
		const rows = [
			['P1', '2024', 'Hà Nội', 'Nam', '5'],
			['P2', '2024', 'Hà Nội', 'Nam', '5'],
			['P1', '2024', 'Hà Nội', 'Nam', '4'], // a repeat
			['"P2"', '2024', 'Hà Nội', 'Nam', '4'], // the same id, quoted
			['P3', '2024', 'Quảng Nnh', 'Nam', '4'], // not clean: its id is not taken…
			['P3', '2024', 'Hà Nội', 'Nam', '4'], // …so this one is the first P3 let through
			['"P""4"', '2024', 'Hà Nội', 'Nam', '4'] // a doubled quote: left to the exact checks
		];
		// One input for the file, as the normalizer hands it over.
		const input = encoder.encode(rows.map((r) => r.join(',')).join('\n'));
		const gate = gateFor();
		expect(gate.uniqueIds).toBe(true);
		let offset = 0;
		const verdicts = rows.map((cells) => {
			const one = record(cells);
			const starts = one.starts.map((k) => k + offset);
			const unit = gate.accept(input, starts, one.end + offset);
			offset += one.end + 1;
			return unit !== null;
		});
		expect(verdicts).toEqual([true, true, false, false, false, true, false]);
	});

	it('writes a unit key that holds the delimiter or a quote as a quoted cell', () => {
		const gate = gateFor({}, MAPPING, () => ({ unitKey: 'local:a,"b"' }));
		expect(judged(gate, ['P1', '2024', 'Sở A', 'Nam', '5'])).toBe('"local:a,""b"""');
	});

	it('lets nothing through when a typed-in constant has an error', () => {
		const mapping = { respondent_key: 0, unit_key: 2, sex: 3, q9_01: 4 };
		const cells = ['P1', '2024', 'Hà Nội', 'Nam', '5'];
		expect(judged(gateFor({ period: '2024' }, mapping), cells)).toBe('gso63:01');
		expect(judged(gateFor({ period: 'năm nay' }, mapping), cells)).toBe(null);
	});

	it('lets nothing through when the year is read from the date column (the exact checks read dates)', () => {
		// Column 1 holds the day here, and no column or typed value gives the year.
		const mapping = { respondent_key: 0, surveyed_on: 1, unit_key: 2, sex: 3, q9_01: 4 };
		expect(judged(gateFor({}, mapping), ['P1', '30/12/2024', 'Hà Nội', 'Nam', '5'])).toBe(null);
		expect(judged(gateFor({}, mapping), ['P1', '', 'Hà Nội', 'Nam', '5'])).toBe(null);
		// With the year typed, an empty date is clean as before.
		expect(judged(gateFor({ period: '2024' }, mapping), ['P1', '', 'Hà Nội', 'Nam', '5'])).toBe('gso63:01');
	});

	it('reads a cell as DuckDB does, and remembers values by their bytes', () => {
		const bytes = encoder.encode('"Nam ""A""",Nữ');
		expect(cellText(bytes, 0, 11)).toBe('Nam "A"');
		expect(cellText(bytes, 12, bytes.length)).toBe('Nữ');
		const memo = new ByteMemo<number>();
		let computed = 0;
		const get = (s: number, e: number) => memo.get(bytes, s, e, () => ++computed);
		expect([get(0, 11), get(12, bytes.length), get(0, 11), get(12, bytes.length)]).toEqual([1, 2, 1, 2]);
		expect(computed).toBe(2);
	});
});
