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
		const { input, places } = laidOut(ids);
		const set = new IdSet(input, 4);
		const strings = new Set<string>();
		const got = places.map(([s, e]) => set.add(s, e));
		const expected = ids.map((id) => !strings.has(id) && !!strings.add(id));
		expect(got).toEqual(expected);
		expect(set.size).toBe(strings.size);
	});
});
