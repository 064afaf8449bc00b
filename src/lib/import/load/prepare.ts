import { lazySha256 } from '../sha256';
import { checkedFormat, decode, sniffFile, type SniffResult } from '../sniff';
import type { NumberFormat } from '../rules/number';
import type { PreparedFile } from './prepared';
import { titleYear } from './title-year';

/*
 * From the bytes of a CSV/TSV file to a PreparedFile: what the sniffer found (encoding, delimiter, header,
 * title and totals rows, number formats), with the text transcoded to UTF-8 when the file was in another
 * encoding, since DuckDB reads UTF-8 only. A file the sniffer cannot read comes back with its problems.
 */

export type Prepared =
	| { ok: true; file: PreparedFile; sniff: SniffResult }
	| { ok: false; problems: string[]; sniff: SniffResult | null };

const BOM = [0xef, 0xbb, 0xbf];
const encoder = new TextEncoder();

/** TextDecoder silently returns '' above ~512 MB; refuse a non-UTF-8 file that large rather than lose it. */
export const MAX_TRANSCODE_BYTES = 400 << 20;

function withoutBom(bytes: Uint8Array): Uint8Array {
	return BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
}

function formatOf(sniffed: SniffResult['columns'][number]['numberFormat']): NumberFormat | null {
	return sniffed ? checkedFormat(sniffed.format) : null;
}

export interface PrepareOptions {
	/** The decimal mark when it is known (CSV written from an Excel sheet: '.'). */
	decimal?: ',' | '.';
}

export async function prepareText(
	fileName: string,
	bytes: Uint8Array,
	options: PrepareOptions = {}
): Promise<Prepared> {
	const sniff = sniffFile(bytes, fileName, options.decimal ? { decimal: options.decimal } : {});
	if (sniff.problems.length > 0) return { ok: false, problems: sniff.problems.map((p) => p.message), sniff };
	const layout = sniff.layout;
	if (sniff.encoding.status !== 'text' || !sniff.delimiter || !layout?.header || !layout.firstDataLine) {
		return { ok: false, problems: ['Không tìm thấy bảng dữ liệu có dòng tiêu đề trong tệp.'], sniff };
	}
	let utf8: Uint8Array;
	if (sniff.encoding.transcode) {
		if (bytes.length > MAX_TRANSCODE_BYTES) {
			return {
				ok: false,
				problems: [
					`Tệp dùng bảng mã ${sniff.encoding.label} và quá lớn để chuyển sang Unicode trong trình duyệt. Hãy lưu lại tệp dưới dạng CSV UTF-8 rồi nhập lại.`
				],
				sniff
			};
		}
		utf8 = encoder.encode(decode(bytes, sniff.encoding.encoding));
	} else {
		utf8 = withoutBom(bytes);
	}
	const lastDataLine = layout.lastDataLine ?? Number.MAX_SAFE_INTEGER;
	// The header can span two lines, and a column-number row or a group row ("I. KHỐI SỞ") can sit between
	// it and the data: data starts after the header's last line, minus every row the sniffer skipped.
	const headerLine = Math.max(...layout.header.lines);
	const headerTop = Math.min(...layout.header.lines);
	const skipLines = layout.skipped
		.filter((s) => s.line > headerLine && s.line <= lastDataLine)
		.map((s) => s.line);
	const headers = sniff.columns.map((c) => c.label);
	const notices = [
		...sniff.notices.map((n) => n.message),
		...(layout.skippedSummary ? [layout.skippedSummary] : [])
	];
	return {
		ok: true,
		sniff,
		file: {
			fileName,
			sha256: lazySha256(bytes),
			utf8,
			delimiter: sniff.delimiter.delimiter,
			headerLine,
			lastDataLine,
			skipLines,
			headers,
			formats: sniff.columns.map((c) => formatOf(c.numberFormat)),
			ambiguousNumbers: sniff.columns.flatMap((c) =>
				c.numberFormat?.ambiguous && c.numberFormat.example !== null
					? [{ column: c.index, example: c.numberFormat.example }]
					: []
			),
			titleYear: titleYear(layout.skipped, headerTop),
			likertColumns: sniff.columns.filter((c) => c.likert !== null).length,
			likertIndexes: sniff.columns.filter((c) => c.likert !== null).map((c) => c.index),
			titles: layout.skipped.filter((r) => r.reason === 'title' && r.line < headerTop).map((r) => r.text),
			notices: [...new Set(notices)]
		}
	};
}
