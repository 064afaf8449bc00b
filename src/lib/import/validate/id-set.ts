/*
 * The respondent ids of the records the gate let through, to turn away a repeat before it lands: the ids
 * that land are then unique among themselves, and the repeated-id check after the read only has to look at
 * ids of the set-aside records (load/streamed.ts). A million ids as JavaScript strings would cost a string
 * and a Map entry each; here an id is its place in the file's bytes.
 *
 * Survey files mostly number their forms in order (1, 2, 3…, P0001, P0002…): an id greater than every id
 * before it (shorter first, then byte by byte: "P9" < "P10") is new without looking further, and joins a
 * sorted list of such ids. Any other id is looked up in that list (a binary search) and in an
 * open-addressing table of typed arrays (FNV-1a hashes, linear probing, doubled at half full), made only
 * when needed: each probe of a table that size misses the cache, and ids in order never need one.
 */

/** Shortlex order of `input[a, a + la)` and `input[b, b + lb)`: negative, zero or positive. */
function compareIds(input: Uint8Array, a: number, la: number, b: number, lb: number): number {
	if (la !== lb) return la - lb;
	for (let k = 0; k < la; k++) {
		const d = input[a + k]! - input[b + k]!;
		if (d !== 0) return d;
	}
	return 0;
}

/** Each slot is three numbers side by side (one cache line to read, not three): start (-1: empty), length, hash. */
const STRIDE = 3;

export class IdSet {
	/** The table, made when an id first comes out of order (ids in order never need it). */
	private slots: Int32Array | null = null;
	private mask: number;
	private count = 0;
	/** The ids each greater than all before it, in order: start and length side by side. */
	private ascending = new Int32Array(1 << 12);
	private ascendingCount = 0;

	/** `input` holds every id added: the set keeps places in it, not copies. */
	constructor(
		readonly input: Uint8Array,
		capacity = 1 << 16
	) {
		let size = 16;
		while (size < capacity * 2) size <<= 1;
		this.mask = size - 1;
	}

	get size(): number {
		return this.count + this.ascendingCount;
	}

	/** Adds the id `input[s, e)`; false (and nothing added) when the set has it already. */
	add(s: number, e: number): boolean {
		const n = this.ascendingCount;
		const last = (n - 1) * 2;
		if (n === 0 || compareIds(this.input, s, e - s, this.ascending[last]!, this.ascending[last + 1]!) > 0) {
			if (last + 3 >= this.ascending.length) {
				const grown = new Int32Array(this.ascending.length * 2);
				grown.set(this.ascending);
				this.ascending = grown;
			}
			this.ascending[last + 2] = s;
			this.ascending[last + 3] = e - s;
			this.ascendingCount++;
			return true;
		}
		return !this.inAscending(s, e - s) && this.addHashed(s, e);
	}

	/** Whether the id is one of the ascending ones (a binary search). */
	private inAscending(s: number, length: number): boolean {
		let low = 0;
		let high = this.ascendingCount - 1;
		while (low <= high) {
			const mid = (low + high) >> 1;
			const order = compareIds(this.input, this.ascending[mid * 2]!, this.ascending[mid * 2 + 1]!, s, length);
			if (order === 0) return true;
			if (order < 0) low = mid + 1;
			else high = mid - 1;
		}
		return false;
	}

	private addHashed(s: number, e: number): boolean {
		const input = this.input;
		let h = 0x811c9dc5 | 0;
		for (let i = s; i < e; i++) h = Math.imul(h ^ input[i]!, 0x01000193);
		const length = e - s;
		// Made at the first id out of order: full size when that comes early (ids in no order: most will land
		// here, and growing a table a million ids big rehashes each time), small after a long run in order
		// (a stray id or two: it grows if more come).
		if (this.slots === null) {
			if (this.ascendingCount >= 1024) this.mask = Math.min(this.mask, 4095);
			this.slots = emptySlots(this.mask + 1);
		}
		const slots = this.slots;
		let slot = h & this.mask;
		for (;;) {
			const at = slot * STRIDE;
			const start = slots[at]!;
			if (start < 0) {
				slots[at] = s;
				slots[at + 1] = length;
				slots[at + 2] = h;
				if (++this.count * 2 > this.mask + 1) this.grow();
				return true;
			}
			if (slots[at + 2] === h && compareIds(input, start, slots[at + 1]!, s, length) === 0) return false;
			slot = (slot + 1) & this.mask;
		}
	}

	private grow(): void {
		const old = this.slots!;
		const size = (this.mask + 1) * 2;
		const slots = emptySlots(size);
		const mask = size - 1;
		for (let at = 0; at < old.length; at += STRIDE) {
			if (old[at]! < 0) continue;
			let slot = old[at + 2]! & mask;
			while (slots[slot * STRIDE]! >= 0) slot = (slot + 1) & mask;
			slots.set(old.subarray(at, at + STRIDE), slot * STRIDE);
		}
		this.slots = slots;
		this.mask = mask;
	}
}

function emptySlots(size: number): Int32Array {
	const slots = new Int32Array(size * STRIDE);
	for (let at = 0; at < slots.length; at += STRIDE) slots[at] = -1;
	return slots;
}
