import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/sample/generate/random';
import { IdSet } from './id-set';

const encoder = new TextEncoder();

/** The ids joined by commas, and where each one is. */
function laidOut(ids: string[]): { input: Uint8Array; places: [number, number][] } {
	const places: [number, number][] = [];
	let offset = 0;
	for (const id of ids) {
		const length = encoder.encode(id).length;
		places.push([offset, offset + length]);
		offset += length + 1;
	}
	return { input: encoder.encode(ids.join(',')), places };
}

/** Adds the ids one by one and expects what a Set of strings says: new or not, and how many in the end. */
function expectSameAsASet(ids: string[], capacity: number): void {
	const { input, places } = laidOut(ids);
	const set = new IdSet(input, capacity);
	const strings = new Set<string>();
	const got = places.map(([s, e]) => set.add(s, e));
	const expected = ids.map((id) => !strings.has(id) && !!strings.add(id));
	expect(got).toEqual(expected);
	expect(set.size).toBe(strings.size);
}

describe('IdSet', () => {
	it('says which ids it has seen, by their bytes', () => {
		const ids = ['P1', 'P2', 'P1', '', 'p1', 'Phiếu 7', 'Phiếu 7', ''];
		const { input, places } = laidOut(ids);
		const set = new IdSet(input);
		expect(places.map(([s, e]) => set.add(s, e))).toEqual([
			true,
			true,
			false,
			true,
			true,
			true,
			false,
			false
		]);
		expect(set.size).toBe(5);
	});

	it('agrees with a Set of strings on many random ids, across growth', () => {
		const rng = createRandom(5);
		const ids = Array.from({ length: 50_000 }, () => `P${rng.int(1, 30_000)}`);
		expectSameAsASet(ids, 4);
	});

	it('knows ids in order by their order, and still turns away a repeat of any of them', () => {
		const ids = ['8', '9', '10', '11', '9', '100', 'P1', '11', 'P1', '12', '1', '1'];
		const { input, places } = laidOut(ids);
		const set = new IdSet(input);
		expect(places.map(([s, e]) => set.add(s, e))).toEqual([
			true, // 8, 9, 10, 11: each greater than all before it (shorter first)
			true,
			true,
			true,
			false, // 9 again, found among the ordered ones
			true, // 100
			true, // P1 is shorter than 100: into the table
			false, // 11, among the ordered ones
			false, // P1, in the table
			true, // 12, into the table
			true, // so is 1
			false // and found there
		]);
		expect(set.size).toBe(8);
	});

	it('agrees with a Set of strings on ids mostly in order, with repeats and runs out of order', () => {
		const rng = createRandom(9);
		const ids: string[] = [];
		let next = 1;
		for (let i = 0; i < 50_000; i++) {
			const r = rng.next();
			if (r < 0.9) ids.push(`P${String(next++).padStart(r < 0.45 ? 5 : 1, '0')}`);
			else if (r < 0.97) ids.push(ids[rng.int(0, ids.length - 1)] ?? 'P1');
			else ids.push(`Q${rng.int(1, 500)}`);
		}
		expectSameAsASet(ids, 4);
	});

	it('agrees with a Set of strings when ids come out of order only after a long run in order', () => {
		// The table is then made small and has to grow: 3,000 ids in order, then 20,000 repeats and
		// ids that sort lower ("0…" is shorter than "3000", or as long and lower byte by byte).
		const rng = createRandom(13);
		const ids = Array.from({ length: 3_000 }, (_, i) => String(i + 1));
		for (let i = 0; i < 20_000; i++) {
			ids.push(rng.next() < 0.5 ? String(rng.int(1, 3_000)) : `0${rng.int(1, 20_000)}`);
		}
		expectSameAsASet(ids, 1 << 20);
	});
});
