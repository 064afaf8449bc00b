import { describe, expect, it } from 'vitest';
import { MAX_RECORD_BYTES, normalizeRecords } from './normalize';

// The scan's refusals (normalize.ts): bytes that are not UTF-8, NUL bytes, records over MAX_RECORD_BYTES.

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('bytes that are not text, and records too long', () => {
	const fatal = new TextDecoder('utf-8', { fatal: true });
	const isUtf8 = (bytes: Uint8Array) => {
		try {
			fatal.decode(bytes);
			return true;
		} catch {
			return false;
		}
	};
	const concat = (...parts: (string | number[] | Uint8Array)[]) =>
		Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc(p)] : [...p])));

	async function scan(bytes: Uint8Array, fieldCount: number, stepBytes: number) {
		const result = await normalizeRecords(bytes, {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount,
			headers: Array.from({ length: fieldCount }, (_, k) => `c${k + 1}`),
			stepBytes
		});
		return { text: dec(result.bytes), issues: result.issues };
	}

	// The middle cell of `a,<cell>,z`, scanned a byte per step so that no sequence is read in one go.
	it.each([
		['U+0080, the first two-byte letter', [0xc2, 0x80], true],
		['U+07FF, the last two-byte letter', [0xdf, 0xbf], true],
		['U+0800, the first three-byte letter', [0xe0, 0xa0, 0x80], true],
		['U+D7FF, just before the surrogates', [0xed, 0x9f, 0xbf], true],
		['U+E000, just after them', [0xee, 0x80, 0x80], true],
		['U+FFFF', [0xef, 0xbf, 0xbf], true],
		['U+10000, the first four-byte letter', [0xf0, 0x90, 0x80, 0x80], true],
		['U+10FFFF, the last letter', [0xf4, 0x8f, 0xbf, 0xbf], true],
		['Nữ', [...enc('Nữ')], true],
		['C0 80, an overlong NUL', [0xc0, 0x80], false],
		['C1 BF, overlong', [0xc1, 0xbf], false],
		['E0 9F BF, overlong', [0xe0, 0x9f, 0xbf], false],
		['ED A0 80, a surrogate', [0xed, 0xa0, 0x80], false],
		['F0 8F BF BF, overlong', [0xf0, 0x8f, 0xbf, 0xbf], false],
		['F4 90 80 80, past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
		['F5, never a lead byte', [0xf5, 0x80, 0x80, 0x80], false],
		['FF', [0xff], false],
		['a lone continuation byte', [0x61, 0x80], false],
		['a sequence cut short by the delimiter', [0xe1, 0x80], false],
		['Windows-1258 "Nữ" (ư + combining tilde)', [0x4e, 0xfd, 0xde], false]
	])('%s', async (_name, cell, valid) => {
		const bytes = Uint8Array.from(cell);
		expect(isUtf8(bytes)).toBe(valid); // the hand label agrees with the platform's decoder
		const r = await scan(concat('h1,h2,h3\n', 'a,', bytes, ',z\n', 'b,ok,z\n'), 3, 1);
		if (valid) {
			expect(r.issues).toEqual([]);
			expect(r.text).toBe(`2,a,${dec(bytes)},z\n3,b,ok,z\n`);
		} else {
			expect(r.issues).toEqual([
				{ line: 2, column: 'c2', value: new TextDecoder().decode(bytes), code: 'invalid_utf8', detail: '' }
			]);
			expect(r.text).toBe('3,b,ok,z\n');
		}
	});

	it('finds a sequence cut short by the end of the line, or of the file', async () => {
		const r = await scan(concat('h1,h2\n', 'a,', [0xc3], '\n', 'b,', [0xe1, 0x80]), 2, 1);
		expect(r.issues.map((i) => [i.line, i.column, i.value])).toEqual([
			[2, 'c2', '\ufffd'],
			[3, 'c2', '\ufffd']
		]);
		expect(r.text).toBe('');
	});

	it('reports a NUL byte, quoted or not, on its cell, shown as ␀', async () => {
		const r = await scan(concat('h1,h2\n', 'a,"b', [0], 'c"\n', [0], 'x,y\n', 'ok,ok\n'), 2, 1);
		expect(r.issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
			[2, 'c2', 'b␀c', 'nul_char'],
			[3, 'c1', '␀x', 'nul_char']
		]);
		expect(r.text).toBe('4,ok,ok\n');
	});

	it('names the first bad byte of a record, NUL or not UTF-8, and shows at most 200 bytes without a false �', async () => {
		const r = await scan(
			concat(
				'h1,h2\n',
				'a',
				[0xff],
				',b',
				[0],
				'\n',
				[0],
				',',
				[0xff],
				'\n',
				'x,',
				[0xff],
				'a'.repeat(198),
				'ữữ\n'
			),
			2,
			1
		);
		expect(r.issues.map((i) => [i.line, i.column, i.value, i.code])).toEqual([
			[2, 'c1', 'a\ufffd', 'invalid_utf8'],
			[3, 'c1', '␀', 'nul_char'],
			// 200 bytes end inside the first ữ: it is left out, and the only � is the bad byte.
			[4, 'c2', `\ufffd${'a'.repeat(198)}`, 'invalid_utf8']
		]);
	});

	it(`passes a record of ${MAX_RECORD_BYTES} bytes and reports one a byte longer`, async () => {
		const cell = (n: number) => 'x'.repeat(n - 2);
		const r = await scan(
			enc(`h1,h2\na,${cell(MAX_RECORD_BYTES)}\r\nb,${cell(MAX_RECORD_BYTES + 1)}\n`),
			2,
			1 << 16
		);
		expect(r.issues.map((i) => [i.line, i.column, i.value.length, i.code])).toEqual([
			[3, '', 200, 'record_too_long']
		]);
		expect(r.text.length).toBe(MAX_RECORD_BYTES + 3);
	});

	it('agrees with TextDecoder on random records: a record is reported, at its first bad cell, exactly when the decoder refuses it', async () => {
		let x = 20251204;
		const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
		const valid = [[0x61], [0x62], [...enc('ữ')], [...enc('Đ')], [...enc('😀')]];
		const invalid = [[0x80], [0xc3], [0xe1], [0xf0, 0x9f], [0xed, 0xa0], [0xbf], [0xf8], [0xfe]];
		const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
		const cellOf = () =>
			Array.from({ length: Math.floor(next() * 5) }, () =>
				next() < 0.93 ? pick(valid) : pick(invalid)
			).flat();
		const records = Array.from({ length: 400 }, () => [cellOf(), cellOf(), cellOf()]);
		const bytes = concat(
			'h1,h2,h3\n',
			...records.flatMap((cells) => [cells[0]!, ',', cells[1]!, ',', cells[2]!, '\n'])
		);
		const expected = records.flatMap((cells, r) => {
			const bad = cells.findIndex((c) => !isUtf8(Uint8Array.from(c)));
			return bad < 0 ? [] : [[r + 2, `c${bad + 1}`]];
		});
		expect(expected.length).toBeGreaterThan(100); // both kinds are well represented
		expect(expected.length).toBeLessThan(350);
		const r = await scan(bytes, 3, 5);
		expect(r.issues.map((i) => [i.line, i.column])).toEqual(expected);
	});
});
