/*
 * The respondent ids of the records the gate let through, to turn away a repeat before it lands: the ids
 * that land are then unique among themselves, and the repeated-id check after the read only has to look at
 * ids of the set-aside records (load/streamed.ts). A million ids as JavaScript strings would cost a string
 * and a Map entry each; here an id is its place in the file's bytes, in an open-addressing table of typed
 * arrays (FNV-1a hashes, linear probing, doubled at half full).
 */

/** Each slot is three numbers side by side (one cache line to read, not three): start (-1: empty), length, hash. */
const STRIDE = 3;

export class IdSet {
	private slots: Int32Array;
	private mask: number;
	private count = 0;

	/** `input` holds every id added: the set keeps places in it, not copies. */
	constructor(
		readonly input: Uint8Array,
		capacity = 1 << 16
	) {
		let size = 16;
		while (size < capacity * 2) size <<= 1;
		this.slots = emptySlots(size);
		this.mask = size - 1;
	}

	get size(): number {
		return this.count;
	}

	/** Adds the id `input[s, e)`; false (and nothing added) when the set has it already. */
	add(s: number, e: number): boolean {
		const input = this.input;
		let h = 0x811c9dc5 | 0;
		for (let i = s; i < e; i++) h = Math.imul(h ^ input[i]!, 0x01000193);
		const length = e - s;
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
			if (slots[at + 2] === h && slots[at + 1] === length && this.same(start, s, length)) return false;
			slot = (slot + 1) & this.mask;
		}
	}

	private same(a: number, b: number, length: number): boolean {
		const input = this.input;
		for (let k = 0; k < length; k++) if (input[a + k] !== input[b + k]) return false;
		return true;
	}

	private grow(): void {
		const old = this.slots;
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
