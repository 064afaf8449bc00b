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
	let lfs = 0;
	let crs = 0;
	let crlfs = 0;
	let afterCr = false; // the byte before `i` is a CR
	let i = 0;
	const misaligned = LITTLE_ENDIAN ? (4 - (bytes.byteOffset & 3)) & 3 : end;
	for (; i < Math.min(misaligned, end); i++) {
		const b = bytes[i];
		if (b === LF) {
			lfs++;
			if (afterCr) crlfs++;
		} else if (b === CR) crs++;
		afterCr = b === CR;
	}
	const words = (end - i) >> 2;
	if (words > 0) {
		const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
		let carry = afterCr ? 0x80 : 0; // a CR as the last byte of the word before, at the place of byte 0
		for (let w = 0; w < words; w++) {
			const x = view[w]!;
			const lf = zeroBytes(x ^ LFS);
			const cr = zeroBytes(x ^ CRS);
			if ((lf | cr) !== 0) {
				lfs += marked(lf);
				crs += marked(cr);
				// A CR's mark moved up one byte lands on the mark of an LF right after it.
				crlfs += marked(((cr << 8) | carry) & lf);
			}
			carry = (cr >>> 24) & 0x80;
		}
		afterCr = carry !== 0;
		i += words << 2;
	}
	for (; i < end; i++) {
		const b = bytes[i];
		if (b === LF) {
			lfs++;
			if (afterCr) crlfs++;
		} else if (b === CR) crs++;
		afterCr = b === CR;
	}
	return lfs + crs - crlfs;
}
