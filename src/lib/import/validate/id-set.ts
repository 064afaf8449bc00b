/*
 * The respondent ids of the records the gate let through, to turn away a repeat before it lands: the ids
 * that land are then unique among themselves, and the repeated-id check after the read only has to look at
 * ids of the set-aside records (load/streamed.ts). A million ids as JavaScript strings would cost a string
 * and a Map entry each; here an id is its place in the file's bytes, in an open-addressing table of typed
 * arrays (FNV-1a hashes, linear probing, doubled at half full).
 */

export class IdSet {
	private starts: Int32Array;
	private lengths: Int32Array;
	private hashes: Int32Array;
	private mask: number;
	private count = 0;

	/** `input` holds every id added: the set keeps places in it, not copies. */
	constructor(
		readonly input: Uint8Array,
		capacity = 1 << 16
	) {
		let size = 16;
		while (size < capacity * 2) size <<= 1;
		this.starts = new Int32Array(size).fill(-1);
		this.lengths = new Int32Array(size);
		this.hashes = new Int32Array(size);
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
		let slot = h & this.mask;
		for (;;) {
			const start = this.starts[slot]!;
			if (start < 0) break;
			if (this.hashes[slot] === h && this.lengths[slot] === length && this.same(start, s, length))
				return false;
			slot = (slot + 1) & this.mask;
		}
		this.starts[slot] = s;
		this.lengths[slot] = length;
		this.hashes[slot] = h;
		if (++this.count * 2 > this.starts.length) this.grow();
		return true;
	}

	private same(a: number, b: number, length: number): boolean {
		const input = this.input;
		for (let k = 0; k < length; k++) if (input[a + k] !== input[b + k]) return false;
		return true;
	}

	private grow(): void {
		const { starts, lengths, hashes } = this;
		const size = starts.length * 2;
		this.starts = new Int32Array(size).fill(-1);
		this.lengths = new Int32Array(size);
		this.hashes = new Int32Array(size);
		this.mask = size - 1;
		for (let old = 0; old < starts.length; old++) {
			if (starts[old]! < 0) continue;
			let slot = hashes[old]! & this.mask;
			while (this.starts[slot]! >= 0) slot = (slot + 1) & this.mask;
			this.starts[slot] = starts[old]!;
			this.lengths[slot] = lengths[old]!;
			this.hashes[slot] = hashes[old]!;
		}
	}
}
