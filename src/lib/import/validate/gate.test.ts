import { describe, expect, it } from 'vitest';
import { createRegistry } from '$lib/units';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { makeUnitResolver } from '../units/resolve';
import { fastColumns } from './fast';
import { ByteMemo, cellText, makeGate } from './gate';
import { makePlan } from './plan';

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

function gateFor(constants: Record<string, string> = {}, mapping: Record<string, number> = MAPPING) {
	const plan = makePlan(SURVEY_CONTRACT, HEADER, mapping, [], constants);
	const columns = fastColumns(plan, HEADER.length);
	return makeGate(plan, columns.classes, makeUnitResolver(createRegistry()));
}

describe('the gate', () => {
	it.each([
		['a clean record', ['P1', '2024', 'Hà Nội', 'Nam', '5'], true],
		['a quoted unit', ['P1', '2024', '"Hà Nội"', 'Nam', '5'], true],
		['an empty answer (missing, not required)', ['P1', '2024', 'Hà Nội', 'Nam', ''], true],
		['a missing mark for the sex', ['P1', '2024', 'Hà Nội', 'KTL', '5'], true],
		['no id (required)', ['', '2024', 'Hà Nội', 'Nam', '5'], false],
		['no year (required)', ['P1', '', 'Hà Nội', 'Nam', '5'], false],
		['a year out of range', ['P1', '1999', 'Hà Nội', 'Nam', '5'], false],
		['no unit (required)', ['P1', '2024', '', 'Nam', '5'], false],
		['a missing mark for the unit', ['P1', '2024', 'không trả lời', 'Nam', '5'], false],
		['a misspelt unit', ['P1', '2024', 'Quảng Nnh', 'Nam', '5'], false],
		['a unit merged away before its year', ['P1', '2026', 'Hà Giang', 'Nam', '5'], false],
		['the same unit in a year it existed', ['P1', '2024', 'Hà Giang', 'Nam', '5'], true]
	])('%s → %s', (_name, cells, clean) => {
		const { input, starts, end } = record(cells);
		expect(gateFor().accept(input, starts, end)).toBe(clean);
	});

	it('hands over each resolved (name, year) pair once, and the missing marks it met', () => {
		const gate = gateFor();
		for (const cells of [
			['P1', '2024', 'Hà Nội', 'Nam', '5'],
			['P2', '2024', 'Hà Nội', 'KTL', '4'],
			['P3', '2024', '"Hà Nội"', '""', '4'],
			['P4', '2023', 'Hà Nội', 'Nữ', '4']
		]) {
			const { input, starts, end } = record(cells);
			expect(gate.accept(input, starts, end)).toBe(true);
		}
		expect(gate.takeUnits()).toEqual([
			{ text: 'Hà Nội', year: 2024, match: { unitKey: 'gso63:01' } },
			{ text: 'Hà Nội', year: 2023, match: { unitKey: 'gso63:01' } }
		]);
		expect(gate.takeUnits()).toEqual([]);
		expect(gate.missing(3)).toEqual(['KTL', '']);
		expect(gate.missing(0)).toEqual([]);
	});

	it('lets nothing through when a typed-in constant has an error', () => {
		const mapping = { respondent_key: 0, unit_key: 2, sex: 3, q9_01: 4 };
		const { input, starts, end } = record(['P1', '2024', 'Hà Nội', 'Nam', '5']);
		expect(gateFor({ period: '2024' }, mapping).accept(input, starts, end)).toBe(true);
		expect(gateFor({ period: 'năm nay' }, mapping).accept(input, starts, end)).toBe(false);
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
