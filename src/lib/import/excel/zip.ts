/*
 * Just enough of the ZIP format to look inside an .xlsx without the Excel library: the central directory
 * (entry names and declared sizes, to recognise a workbook and refuse one too large to open) and one
 * entry's bytes, inflated by fflate, for the few facts the library does not report (error cells, merged
 * cells, percent formats).
 */
import { Inflate } from 'fflate';

export class ZipFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ZipFormatError';
	}
}

export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: number;
	compressedSize: number;
	/** Uncompressed size as the directory declares it. */
	size: number;
	/** Offset of the entry's local header. */
	offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
	return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** ZIP64 sizes and offset from the extra field (tag 1), for fields whose 32-bit value is saturated. */
function zip64(v: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
	for (let p = extraStart; p + 4 <= extraEnd;) {
		const tag = v.getUint16(p, true);
		const length = v.getUint16(p + 2, true);
		if (tag === 1) {
			let q = p + 4;
			const next = () => {
				if (q + 8 > p + 4 + length) throw new ZipFormatError('short ZIP64 field');
				const n = Number(v.getBigUint64(q, true));
				q += 8;
				return n;
			};
			if (entry.size === MAX32) entry.size = next();
			if (entry.compressedSize === MAX32) entry.compressedSize = next();
			if (entry.offset === MAX32) entry.offset = next();
			return;
		}
		p += 4 + length;
	}
	throw new ZipFormatError('missing ZIP64 field');
}

/** The entries of the central directory; throws ZipFormatError for a truncated or non-ZIP file. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
	const v = view(bytes);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (v.getUint32(i, true) === EOCD) {
			end = i;
			break;
		}
	}
	if (end < 0) throw new ZipFormatError('no end of central directory');
	const count = v.getUint16(end + 10, true);
	const start = v.getUint32(end + 16, true);
	if (start === MAX32 || count === 0xffff) throw new ZipFormatError('ZIP64 archives are not supported');
	const names = new TextDecoder();
	const entries: ZipEntry[] = [];
	let p = start;
	for (let i = 0; i < count; i++) {
		if (p + 46 > end || v.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('bad central directory');
		const nameLength = v.getUint16(p + 28, true);
		const extraLength = v.getUint16(p + 30, true);
		const commentLength = v.getUint16(p + 32, true);
		if (p + 46 + nameLength + extraLength > end) throw new ZipFormatError('bad central directory');
		const entry: ZipEntry = {
			name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
			method: v.getUint16(p + 10, true),
			compressedSize: v.getUint32(p + 20, true),
			size: v.getUint32(p + 24, true),
			offset: v.getUint32(p + 42, true)
		};
		if (entry.size === MAX32 || entry.compressedSize === MAX32 || entry.offset === MAX32) {
			zip64(v, p + 46 + nameLength, p + 46 + nameLength + extraLength, entry);
		}
		entries.push(entry);
		p += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Name of the first entry from its local header (readable even when the directory at the end is missing). */
export function firstEntryName(bytes: Uint8Array): string | null {
	if (bytes.length < 30 || view(bytes).getUint32(0, true) !== LOCAL) return null;
	const length = view(bytes).getUint16(26, true);
	if (30 + length > bytes.length) return null;
	return new TextDecoder().decode(bytes.subarray(30, 30 + length));
}

/** Inflates with fflate (installed with read-excel-file), stopping once the output passes `limit`. */
function inflateRaw(data: Uint8Array, limit: number): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const inflater = new Inflate((chunk) => {
		total += chunk.length;
		if (total > limit) throw new ZipFormatError('entry larger than declared');
		chunks.push(chunk);
	});
	try {
		inflater.push(data, true);
	} catch (error) {
		if (error instanceof ZipFormatError) throw error;
		throw new ZipFormatError(`cannot inflate: ${(error as Error).message}`);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** Whether entries can be inflated here (always: fflate is plain JavaScript). Kept for callers' checks. */
export function canInflate(): boolean {
	return true;
}

/** The uncompressed bytes of one entry; never more than its declared size. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
	const v = view(bytes);
	if (entry.offset + 30 > bytes.length || v.getUint32(entry.offset, true) !== LOCAL) {
		throw new ZipFormatError(`bad local header for ${entry.name}`);
	}
	const start =
		entry.offset + 30 + v.getUint16(entry.offset + 26, true) + v.getUint16(entry.offset + 28, true);
	if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`truncated entry ${entry.name}`);
	const data = bytes.subarray(start, start + entry.compressedSize);
	if (entry.method === 0) return data;
	if (entry.method === 8) return inflateRaw(data, entry.size);
	throw new ZipFormatError(`compression method ${entry.method} is not supported`);
}
