import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { firstEntryName, readZipDirectory, readZipEntry, ZipFormatError } from './zip';

const xml = '<?xml version="1.0"?><sst>' + '<si><t>Thành phố Hạ Long</t></si>'.repeat(200) + '</sst>';
const archive = zipSync({
	'[Content_Types].xml': [strToU8('<Types/>'), { level: 0 }],
	'xl/sharedStrings.xml': [strToU8(xml), { level: 6 }]
});

/** Overwrites the declared uncompressed size of `name` in the central directory of a copy. */
function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
	const copy = bytes.slice();
	const view = new DataView(copy.buffer);
	for (let p = 0; p + 46 < copy.length; p++) {
		if (view.getUint32(p, true) !== 0x02014b50) continue;
		const length = view.getUint16(p + 28, true);
		if (new TextDecoder().decode(copy.subarray(p + 46, p + 46 + length)) === name) {
			view.setUint32(p + 24, size, true);
			return copy;
		}
	}
	throw new Error(`no ${name}`);
}

describe('readZipDirectory(bytes)', () => {
	test('lists entries with their methods and declared sizes', () => {
		const entries = readZipDirectory(archive);
		expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
			['[Content_Types].xml', 0, 8],
			['xl/sharedStrings.xml', 8, strToU8(xml).length]
		]);
	});

	test('a truncated archive has no directory', () => {
		expect(() => readZipDirectory(archive.subarray(0, 100))).toThrow(ZipFormatError);
		expect(() => readZipDirectory(new Uint8Array(0))).toThrow(ZipFormatError);
	});

	test('the first entry is still named by its local header', () => {
		expect(firstEntryName(archive.subarray(0, 100))).toBe('[Content_Types].xml');
		expect(firstEntryName(strToU8('STT,Đơn vị'))).toBeNull();
	});
});

describe('readZipEntry(bytes, entry)', () => {
	test('returns stored and deflated entries', async () => {
		const [types, strings] = readZipDirectory(archive);
		expect(new TextDecoder().decode(await readZipEntry(archive, types!))).toBe('<Types/>');
		expect(new TextDecoder().decode(await readZipEntry(archive, strings!))).toBe(xml);
	});

	test('refuses to inflate past the declared size (a ZIP bomb lies about it)', async () => {
		const lying = withDeclaredSize(archive, 'xl/sharedStrings.xml', 100);
		const entry = readZipDirectory(lying)[1]!;
		await expect(readZipEntry(lying, entry)).rejects.toThrow(ZipFormatError);
	});
});
