/*
 * A growable byte buffer for normalized records: `<line><delimiter><record bytes>\n`. The line number is
 * written digit by digit rather than with a TextEncoder call, which costs a call and an array per record.
 */

const LF = 0x0a;
const ZERO = 0x30;

export class ByteWriter {
	private buf: Uint8Array;
	private pos = 0;
	private readonly digits = new Uint8Array(16);

	constructor(capacity: number) {
		this.buf = new Uint8Array(Math.max(capacity, 64));
	}

	get length(): number {
		return this.pos;
	}

	private ensure(extra: number): void {
		if (this.pos + extra <= this.buf.length) return;
		const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + extra));
		next.set(this.buf.subarray(0, this.pos));
		this.buf = next;
	}

	/** Appends `line`, the delimiter, `extra` and the delimiter again when given, `input[start, end)`, a line feed. */
	writeLine(
		line: number,
		delimiter: number,
		input: Uint8Array,
		start: number,
		end: number,
		extra: Uint8Array | null = null
	): void {
		this.ensure(end - start + 19 + (extra === null ? 0 : extra.length));
		const buf = this.buf;
		let n = 0;
		let rest = line;
		do {
			this.digits[n++] = ZERO + (rest % 10);
			rest = Math.floor(rest / 10);
		} while (rest > 0);
		let pos = this.pos;
		while (n > 0) buf[pos++] = this.digits[--n]!;
		buf[pos++] = delimiter;
		if (extra !== null) {
			for (let i = 0; i < extra.length; i++) buf[pos++] = extra[i]!;
			buf[pos++] = delimiter;
		}
		// A short record is copied faster byte by byte than through `set` on a subarray, whose call costs more
		// than the copy; a survey's rows are longer (README, Benchmark).
		if (end - start > 48) {
			buf.set(input.subarray(start, end), pos);
			pos += end - start;
		} else {
			for (let i = start; i < end; i++) buf[pos++] = input[i]!;
		}
		buf[pos++] = LF;
		this.pos = pos;
	}

	/** What was written, in a buffer of its own (safe to hand to DuckDB, which may take it); the writer starts
	 * over with a fresh buffer, or an empty one when `last`. */
	take(last = false): Uint8Array {
		const out = this.buf.subarray(0, this.pos);
		this.buf = new Uint8Array(last ? 64 : this.buf.length);
		this.pos = 0;
		return out;
	}
}
