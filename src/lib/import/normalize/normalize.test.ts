import { describe, expect, it } from 'vitest';
import { INTEGER, TEXT, digitClass } from './classify';
import { ImportCancelled, normalizeRecords, type NormalizeOptions } from './normalize';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

async function run(text: string, options: Partial<NormalizeOptions> = {}) {
	const result = await normalizeRecords(enc(text), {
		delimiter: ',',
		headerLine: 1,
		lastDataLine: Number.POSITIVE_INFINITY,
		fieldCount: 3,
		sliceBytes: 7,
		...options
	});
	return { text: dec(result.bytes), records: result.records, issues: result.issues };
}

describe('normalizeRecords', () => {
	it('prefixes each data record with its line number and drops the header', async () => {
		expect(await run('a,b,c\n1,2,3\n4,5,6\n')).toEqual({
			text: '2,1,2,3\n3,4,5,6\n',
			records: 2,
			issues: []
		});
	});

	it('handles CRLF, a missing final line break and blank lines', async () => {
		const r = await run('a,b,c\r\n1,2,3\r\n\r\n,,\r\n4,5,6');
		expect(r.text).toBe('2,1,2,3\n5,4,5,6\n');
	});

	it('keeps a quoted line break inside its record and numbers the next record by its real line', async () => {
		const r = await run('a,b,c\n1,"two\nlines",3\n4,"x ""quoted"", y",6\n');
		expect(r.text).toBe('2,1,"two\nlines",3\n4,4,"x ""quoted"", y",6\n');
	});

	it('skips title rows above the header and totals rows below the data', async () => {
		const r = await run('UBND TỈNH QUẢNG NINH\nKẾT QUẢ,,\na,b,c\n1,2,3\nTổng cộng,,9\nNguồn: Sở Nội vụ\n', {
			headerLine: 3,
			lastDataLine: 4
		});
		expect(r.text).toBe('4,1,2,3\n');
	});

	it('leaves out section rows inside the data', async () => {
		const r = await run('a,b,c\nI. CÁC SỞ,,\n1,2,3\nII. CÁC HUYỆN,,\n4,5,6\n', {
			skipLines: new Set([2, 4])
		});
		expect(r.text).toBe('3,1,2,3\n5,4,5,6\n');
	});

	it('reports records with a different cell count, with the line and the text as written', async () => {
		const r = await run('a,b,c\n1,2\n1,2,3,4\n7,8,9\n');
		expect(r.text).toBe('4,7,8,9\n');
		expect(r.issues).toEqual([
			{ line: 2, column: '', value: '1,2', code: 'field_count', detail: '2 ô, tiêu đề có 3 cột' },
			{ line: 3, column: '', value: '1,2,3,4', code: 'field_count', detail: '4 ô, tiêu đề có 3 cột' }
		]);
	});

	it('reports a last line cut off inside quotes', async () => {
		const r = await run('a,b,c\n1,2,3\n4,"cut off,');
		expect(r.text).toBe('2,1,2,3\n');
		expect(r.issues).toEqual([{ line: 3, column: '', value: '', code: 'unclosed_quote', detail: '' }]);
	});

	it('reads a lone CR as a line break, as the sniffer does (old Mac files, a CR pasted into a cell)', async () => {
		expect((await run('a,b,c\r1,2,3\r4,5,6\r')).text).toBe('2,1,2,3\n3,4,5,6\n');
		const r = await run('a,b,c\n1,2\r3\n4,"x\ry",6\n7,8,9\r\r\n1,2,3');
		expect(r.text).toBe('4,4,"x\ry",6\n6,7,8,9\n8,1,2,3\n');
		expect(r.issues.map((i) => [i.line, i.value])).toEqual([
			[2, '1,2'],
			[3, '3']
		]);
	});

	it('reads quotes as the sniffer does, and writes odd quoting again in RFC 4180 quoting', async () => {
		const r = await run(
			'a,b,c\n' +
				'"Nam" x,2,3\n' + // text after the closing quote belongs to the cell
				'x "Nam",2,3\n' + // a quote mid-cell is a character…
				'5\'3",2,3\n' + // …also alone: it does not swallow the lines below
				'"a"b"c,2,"d""e"\n' + // quotes after the closing quote are characters
				'"say ""hi""",2,\n' + // plain RFC 4180: left as written
				' "x",2,3\n' // a quote after a space is a character
		);
		expect(r.text).toBe(
			'2,Nam x,2,3\n3,"x ""Nam""",2,3\n4,"5\'3""",2,3\n5,"ab""c",2,"d""e"\n6,"say ""hi""",2,\n' +
				'7," ""x""",2,3\n'
		);
		expect(r.issues).toEqual([]);
	});

	it('uses the delimiter it is given', async () => {
		expect((await run('a;b;c\n1,5;2;"x;y"\n', { delimiter: ';' })).text).toBe('2;1,5;2;"x;y"\n');
	});

	it('stops when cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(run('a,b,c\n' + '1,2,3\n'.repeat(10), { signal: controller.signal })).rejects.toBeInstanceOf(
			ImportCancelled
		);
	});

	it('reports progress up to the whole file', async () => {
		const seen: number[] = [];
		await run('a,b,c\n' + '1,2,3\n'.repeat(10), { onProgress: (p) => seen.push(p.bytesDone) });
		expect(seen.at(-1)).toBe(66);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
	});
});

describe('routing plain records', () => {
	const HEADER = 'tinh,nam,diem\n';

	/** Columns: province (TEXT), year (INTEGER), Likert 1–5; collects what `onPlain` receives. */
	async function route(text: string, options: Partial<NormalizeOptions> = {}) {
		const chunks: string[] = [];
		const counts: number[] = [];
		let active = 0;
		let overlapped = false;
		const result = await normalizeRecords(enc(text), {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount: 3,
			classes: [TEXT, INTEGER, digitClass([1, 2, 3, 4, 5])],
			onPlain: async (chunk, records) => {
				if (active++ > 0) overlapped = true;
				chunks.push(dec(chunk));
				counts.push(records);
				await new Promise((resolve) => setTimeout(resolve, 1));
				active--;
			},
			...options
		});
		return {
			plain: chunks.join(''),
			chunks,
			counts,
			overlapped,
			rest: dec(result.bytes),
			records: result.records,
			plainRecords: result.plainRecords,
			issues: result.issues
		};
	}

	it('hands plain records to onPlain with their line number', async () => {
		const r = await route(HEADER + 'Hà Nội,2024,5\nHuế,,1\n"Đà Nẵng, cũ",1999,\n,123456789,3\n');
		expect(r.chunks).toEqual(['2,Hà Nội,2024,5\n3,Huế,,1\n4,"Đà Nẵng, cũ",1999,\n5,,123456789,3\n']);
		expect(r.counts).toEqual([4]);
		expect(r.rest).toBe('');
		expect(r.records).toBe(0);
		expect(r.plainRecords).toBe(4);
		expect(r.issues).toEqual([]);
	});

	it('sends records with a cell that is not plain to bytes', async () => {
		const r = await route(
			HEADER +
				'Hà Nội,2024, 5\n' + // 2: space before the answer
				'Huế,2024,6\n' + // 3: out of the scale
				'Huế,2024,Hài lòng\n' + // 4: a label, not a digit
				'Huế,02024,4\n' + // 5: leading zero
				'ab"c",2024,4\n' + // 6: a quote mid-cell (a character)
				'"ab"c,2024,4\n' + // 7: text after the closing quote
				'"a"b"c",2024,4\n' + // 8: the same, though the cell starts and ends with a quote
				' Huế,2024,4\n' + // 9: leading space in the text
				'Huế\u00a0,2024,4\n' + // 10: trailing no-break space
				'Huế,2024,4\n' // 11: plain
		);
		// Odd quoting is written again in RFC 4180 quoting, as the sniffer reads it.
		expect(r.rest).toBe(
			'2,Hà Nội,2024, 5\n3,Huế,2024,6\n4,Huế,2024,Hài lòng\n5,Huế,02024,4\n6,"ab""c""",2024,4\n' +
				'7,abc,2024,4\n8,"ab""c""",2024,4\n9, Huế,2024,4\n10,Huế\u00a0,2024,4\n'
		);
		expect(r.plain).toBe('11,Huế,2024,4\n');
		expect(r.records).toBe(9);
		expect(r.plainRecords).toBe(1);
		expect(r.issues).toEqual([]);
	});

	it('checks the last cell without its CR, and a last record with no line break', async () => {
		const r = await route(HEADER.replace('\n', '\r\n') + 'Huế,2024,3\r\n\r\nHuế,2024, 3\r\nHuế,2024,4');
		expect(r.plain).toBe('2,Huế,2024,3\n5,Huế,2024,4\n');
		expect(r.rest).toBe('4,Huế,2024, 3\n');
		expect(r.plainRecords).toBe(2);
		expect(r.records).toBe(1);
	});

	it('still reports cell counts and skips blank lines', async () => {
		const r = await route(HEADER + 'Huế,2024\n\n,,\n"","",""\nHuế,2024,3,x\nHuế,2024,3\n Huế,2024,6,x\n');
		expect(r.plain).toBe('7,Huế,2024,3\n');
		expect(r.rest).toBe('');
		expect(r.plainRecords).toBe(1);
		expect(r.records).toBe(0);
		expect(r.issues).toEqual([
			{ line: 2, column: '', value: 'Huế,2024', code: 'field_count', detail: '2 ô, tiêu đề có 3 cột' },
			{ line: 6, column: '', value: 'Huế,2024,3,x', code: 'field_count', detail: '4 ô, tiêu đề có 3 cột' },
			{ line: 8, column: '', value: ' Huế,2024,6,x', code: 'field_count', detail: '4 ô, tiêu đề có 3 cột' }
		]);
	});

	it('hands chunks over in file order, one call at a time, across slices', async () => {
		const text =
			HEADER +
			'A,2024,1\n' + // 2
			'B,2024,6\n' + // 3: rest
			'C,2024,2\n' + // 4
			'"Hà Nội, cũ",1999,3\n' + // 5: the quoted cell spans a slice boundary (inside ộ)
			'E,2024,9\n' + // 6: rest
			'F,,4\n' + // 7
			'Thừa Thiên Huế,2000,5\n' + // 8
			'G,2000,5'; // 9: no line break
		const r = await route(text, { sliceBytes: 16 });
		expect(r.chunks.length).toBeGreaterThan(1);
		expect(r.plain).toBe(
			'2,A,2024,1\n4,C,2024,2\n5,"Hà Nội, cũ",1999,3\n7,F,,4\n8,Thừa Thiên Huế,2000,5\n9,G,2000,5\n'
		);
		for (const chunk of r.chunks) expect(chunk).toMatch(/^\d+,[^]*\n$/);
		expect(r.counts.reduce((a, b) => a + b, 0)).toBe(6);
		expect(r.plainRecords).toBe(6);
		expect(r.overlapped).toBe(false);
		expect(r.rest).toBe('3,B,2024,6\n6,E,2024,9\n');
		expect(r.records).toBe(2);
	});

	it('scans in small steps but hands plain records over in slices: progress and cancel act between steps', async () => {
		const text = HEADER + 'Hà Nội,2024,5\n'.repeat(200); // 14 + 200 × 17 bytes
		const seen: number[] = [];
		const r = await route(text, {
			sliceBytes: 200,
			stepBytes: 20,
			onProgress: (p) => seen.push(p.bytesDone)
		});
		// Slices are handed over between steps: the first once a sixteenth of 200 bytes (or a step) of plain
		// records wait (prefixes included), each next one at twice the last, up to 200, at most one step's records
		// (two here) past it; near the end at half of what is left to scan (DuckDB starts sooner, and the page
		// waits less for it at the end).
		const sizes = r.chunks.map((c) => enc(c).length);
		expect(sizes[0]).toBeLessThan(50);
		expect(sizes[1]).toBeGreaterThan(sizes[0]!);
		expect(sizes[2]).toBeGreaterThan(sizes[1]!);
		expect(sizes.filter((size) => size >= 200).length).toBeGreaterThanOrEqual(10);
		for (const size of sizes) expect(size).toBeLessThan(240);
		expect(sizes.at(-3)).toBeLessThan(100);
		expect(sizes.at(-1)).toBeLessThan(50);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(enc(r.plain).length);
		expect(r.plainRecords).toBe(200);
		expect(seen.slice(0, 3)).toEqual([20, 40, 60]); // every step, not every slice

		const controller = new AbortController();
		const cancelled = route(text, {
			sliceBytes: 1 << 20,
			stepBytes: 20,
			signal: controller.signal,
			onProgress: (p) => {
				if (p.bytesDone >= 100) controller.abort();
			}
		});
		await expect(cancelled).rejects.toBeInstanceOf(ImportCancelled);
	});

	it('passes on a slice that failed to land, however many steps later it is awaited', async () => {
		const text = HEADER + 'Hà Nội,2024,5\n'.repeat(40);
		const failing = normalizeRecords(enc(text), {
			delimiter: ',',
			headerLine: 1,
			lastDataLine: Number.POSITIVE_INFINITY,
			fieldCount: 3,
			classes: [TEXT, INTEGER, digitClass([1, 2, 3, 4, 5])],
			sliceBytes: 400,
			stepBytes: 20,
			onPlain: () => Promise.reject(new Error('không ghi được'))
		});
		await expect(failing).rejects.toThrow('không ghi được');
	});

	it('keeps a quoted line break in a text cell plain, numbered by the line the record starts on', async () => {
		const r = await route(HEADER + '"Hà Nội\ncũ",2024,3\n"Huế\n",2024,4\nHuế,2024,4\n');
		expect(r.plain).toBe('2,"Hà Nội\ncũ",2024,3\n6,Huế,2024,4\n');
		// A line break at the end of the quoted text is trimmed by the rules: not plain.
		expect(r.rest).toBe('4,"Huế\n",2024,4\n');
		expect(r.plainRecords).toBe(2);
		expect(r.records).toBe(1);
	});

	it('reads a quote mid-cell as a character, not as the start of a quoted cell running on', async () => {
		const r = await route(HEADER + 'Huế,2024,3\nab"c,2024,4\nHuế,2024,4\n');
		expect(r.plain).toBe('2,Huế,2024,3\n4,Huế,2024,4\n');
		expect(r.rest).toBe('3,"ab""c",2024,4\n');
		expect(r.issues).toEqual([]);
	});

	it('ignores classes without onPlain', async () => {
		const r = await route(HEADER + 'Huế,2024,3\n Huế,2024,6\n', { onPlain: undefined });
		expect(r.chunks).toEqual([]);
		expect(r.rest).toBe('2,Huế,2024,3\n3, Huế,2024,6\n');
		expect(r.records).toBe(2);
		expect(r.plainRecords).toBe(0);
	});
});
