import { describe, expect, it } from 'vitest';
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
