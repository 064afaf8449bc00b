import { describe, expect, it } from 'vitest';
import { createRandom } from '$lib/sample/generate/random';
import { countByteLineBreaks } from './line-breaks';

const text = (s: string) => new TextEncoder().encode(s);

/** The rule spelled out byte by byte: an LF, or a CR not followed by an LF (inside the counted range). */
function naive(bytes: Uint8Array, end: number): number {
	let n = 0;
	for (let i = 0; i < end; i++) {
		if (bytes[i] === 0x0a) n++;
		else if (bytes[i] === 0x0d && (i + 1 >= end || bytes[i + 1] !== 0x0a)) n++;
	}
	return n;
}

describe('countByteLineBreaks', () => {
	it.each([
		['', 0],
		['abc', 0],
		['a\nb', 1],
		['a\r\nb\r\n', 2],
		['a\rb\rc', 2],
		['a\r\nb\nc\rd', 3],
		['\n\n\n\n\n\n\n\n\n', 9],
		['\r\r\n\r', 3],
		['Hà Nội,91\r\nHuế,88\r\n', 2]
	])('counts %j as %i', (input, expected) => {
		expect(countByteLineBreaks(text(input))).toBe(expected);
	});

	it('stops at `stop`: a CR at the end of the range counts, its LF being outside', () => {
		expect(countByteLineBreaks(text('a\r\nb'), 2)).toBe(1);
		expect(countByteLineBreaks(text('a\nb\nc\n'), 2)).toBe(1);
		expect(countByteLineBreaks(text('a\nb'), 99)).toBe(1);
	});

	it('agrees with the byte-by-byte rule on random bytes, at every alignment and end', () => {
		const rng = createRandom(11);
		// Bytes next to LF and CR in value too (0x0b, 0x0c, 0x8a…), and 0x00/0x01, which fool a careless test.
		const alphabet = [0x0a, 0x0d, 0x41, 0x2c, 0x01, 0x00, 0x0b, 0x0c, 0x8a, 0x8d, 0xff];
		const buffer = Uint8Array.from({ length: 4099 }, () => rng.pick(alphabet));
		for (let offset = 0; offset < 8; offset++) {
			const bytes = buffer.subarray(offset);
			for (const end of [0, 1, 3, 4, 5, 17, 1024, 4000, bytes.length]) {
				expect(countByteLineBreaks(bytes, end), `offset ${offset}, end ${end}`).toBe(naive(bytes, end));
			}
		}
	});
});
