/*
 * Counting the line breaks of a large file before reading it: the sniffer needs the line number of the
 * file's tail (totals rows below the data are reported by line). Line breaks are the LFs, plus the CRs,
 * minus the CRs followed by an LF (a CRLF is one break); all three are counted four bytes at a time, with
 * masks that mark exactly the bytes equal to LF or CR (byte by byte only where the bytes do not fill an
 * aligned word, and on a big-endian machine).
 */

const LF = 0x0a;
const CR = 0x0d;
const ONES = 0x01010101;
const LOWS = 0x7f7f7f7f;
const LFS = 0x0a0a0a0a;
const CRS = 0x0d0d0d0d;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Bit 7 of each byte of `x` that is zero, and no other bit. */
const zeroBytes = (x: number) => ~(((x & LOWS) + LOWS) | x | LOWS);
/** How many bytes a `zeroBytes` mask marks. */
const marked = (mask: number) => Math.imul(mask >>> 7, ONES) >>> 24;

/** Line breaks (CRLF, LF or a lone CR) in single-byte or UTF-8 `bytes` before `stop`. */
export function countByteLineBreaks(bytes: Uint8Array, stop = bytes.length): number {
	const end = Math.min(stop, bytes.length);
	// Byte by byte up to the first aligned word (or all of it on a big-endian machine), then by words.
	const head = Math.min(LITTLE_ENDIAN ? (4 - (bytes.byteOffset & 3)) & 3 : end, end);
	const words = (end - head) >> 2;
	const tail = head + (words << 2);
	return byteByByte(bytes, 0, head) + wordByWord(bytes, head, words) + byteByByte(bytes, tail, end);
}

/** Breaks among `bytes[from, to)`: every CR, and every LF not right after a CR (the CR counted that one). */
function byteByByte(bytes: Uint8Array, from: number, to: number): number {
	let breaks = 0;
	for (let i = from; i < to; i++) {
		const b = bytes[i];
		if (b === CR || (b === LF && (i === 0 || bytes[i - 1] !== CR))) breaks++;
	}
	return breaks;
}

/** The same over `words` aligned words from `from`: CRs plus LFs minus the LFs right after a CR. */
function wordByWord(bytes: Uint8Array, from: number, words: number): number {
	if (words === 0) return 0;
	const view = new Int32Array(bytes.buffer, bytes.byteOffset + from, words);
	let breaks = 0;
	// A CR just before the word, at the place of the word's byte 0.
	let carry = from > 0 && bytes[from - 1] === CR ? 0x80 : 0;
	for (let w = 0; w < words; w++) {
		const x = view[w]!;
		const lf = zeroBytes(x ^ LFS);
		const cr = zeroBytes(x ^ CRS);
		if ((lf | cr) !== 0) {
			// A CR's mark moved up one byte lands on the mark of an LF right after it.
			breaks += marked(lf) + marked(cr) - marked(((cr << 8) | carry) & lf);
		}
		carry = (cr >>> 24) & 0x80;
	}
	return breaks;
}
