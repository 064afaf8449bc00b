/*
 * Counting the line breaks of a large file before reading it: the sniffer needs the line number of the
 * file's tail (totals rows below the data are reported by line). Four bytes at a time, looking byte by byte
 * only at words that hold a CR or an LF: in Chromium, on 108 MB with a line every 108 bytes, this function
 * took 63–172 ms against 143–181 ms for the `indexOf` loops (LF, then CR) it replaced (four runs each, same
 * page): faster, though by less than the machine's noise in a single run.
 */

const LF = 0x0a;
const CR = 0x0d;
const ONES = 0x01010101;
const HIGHS = 0x80808080 | 0;
const LFS = 0x0a0a0a0a;
const CRS = 0x0d0d0d0d;

/** Line breaks (CRLF, LF or a lone CR) in single-byte or UTF-8 `bytes` before `stop`. */
export function countByteLineBreaks(bytes: Uint8Array, stop = bytes.length): number {
	const end = Math.min(stop, bytes.length);
	let breaks = 0;
	const at = (i: number) => {
		const b = bytes[i];
		if (b === LF) breaks++;
		else if (b === CR && (i + 1 >= end || bytes[i + 1] !== LF)) breaks++;
	};
	let i = 0;
	const misaligned = (4 - (bytes.byteOffset & 3)) & 3;
	for (; i < Math.min(misaligned, end); i++) at(i);
	const words = (end - i) >> 2;
	if (words > 0) {
		const view = new Int32Array(bytes.buffer, bytes.byteOffset + i, words);
		for (let w = 0; w < words; w++) {
			// A byte of `lf` (of `cr`) is zero where the word holds an LF (a CR). The classic zero-byte test may
			// also flag a 0x01 byte above a zero one, which only costs a look at a word that has a break anyway.
			const lf = view[w]! ^ LFS;
			const cr = view[w]! ^ CRS;
			if (((((lf - ONES) | 0) & ~lf) | (((cr - ONES) | 0) & ~cr)) & HIGHS) {
				const base = i + (w << 2);
				at(base);
				at(base + 1);
				at(base + 2);
				at(base + 3);
			}
		}
		i += words << 2;
	}
	for (; i < end; i++) at(i);
	return breaks;
}
