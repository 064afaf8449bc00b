import { describe, expect, it } from 'vitest';
import {
	countLineBreaks,
	countLostCharacters,
	decode,
	decodeRange,
	detectEncoding,
	encodingLabel
} from './encoding';
import type { Encoding, EncodingGuess } from './schema';

const bytes = (...parts: (number[] | string)[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
/** One byte per character: how TCVN3, VNI and Windows-125x files look when written as Latin-1. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string) =>
	Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (text: string) =>
	Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));

function text(guess: EncodingGuess) {
	if (guess.status !== 'text') throw new Error(`expected text, got ${guess.status}`);
	return guess;
}

describe('TextDecoder', () => {
	it('knows windows-1258, and leaves its tone marks combining (decode() composes them)', () => {
		const raw = new TextDecoder('windows-1258').decode(latin1('Ha\xcc N\xf4\xf2i'));
		expect(raw).toBe('Ha\u0300 N\u00f4\u0323i');
		expect(raw.normalize('NFC')).toBe('Hà Nội');
	});
});

describe('detectEncoding: empty and binary files', () => {
	it.each([
		['no bytes', bytes(), 'no-bytes', 'Tệp rỗng (0 byte): không có dữ liệu để nhập.'],
		[
			'a UTF-8 BOM only',
			bytes([0xef, 0xbb, 0xbf]),
			'only-bom',
			'Tệp chỉ có dấu BOM của UTF-8, không có dữ liệu.'
		],
		[
			'a UTF-16 BOM only',
			bytes([0xff, 0xfe]),
			'only-bom',
			'Tệp chỉ có dấu BOM của UTF-16, không có dữ liệu.'
		],
		[
			'spaces and line breaks',
			bytes(' \r\n\t\r\n'),
			'only-whitespace',
			'Tệp chỉ có khoảng trắng và dòng trống, không có dữ liệu.'
		],
		[
			'a BOM and line breaks',
			bytes([0xef, 0xbb, 0xbf], '\n\n'),
			'only-whitespace',
			'Tệp chỉ có khoảng trắng và dòng trống, không có dữ liệu.'
		]
	])('%s → empty (%s)', (_, input, reason, message) => {
		const guess = detectEncoding(input);
		expect(guess).toMatchObject({ status: 'empty', reason, message });
	});

	it.each([
		[
			'a ZIP with xl/ entries',
			bytes([0x50, 0x4b, 0x03, 0x04], '\x14\x00[Content_Types].xml xl/workbook.xml'),
			'xlsx'
		],
		['a ZIP with word/ entries', bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), 'docx'],
		['a plain ZIP', bytes([0x50, 0x4b, 0x03, 0x04], 'data.csv'), 'zip'],
		['an OLE2 file', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
		['a PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'pdf'],
		['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'png'],
		['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
		['gzip', bytes([0x1f, 0x8b, 0x08, 0]), 'gzip'],
		['NUL bytes in a single-byte file', bytes('STT,Ten\n1,', [0], 'abc\n'), 'unknown'],
		['control bytes', bytes('a', [1, 2, 3, 4, 5], 'b'), 'unknown']
	])('%s → binary %s', (_, input, format) => {
		expect(detectEncoding(input)).toMatchObject({ status: 'binary', format });
	});

	it('tells the user an .xlsx workbook is an Excel file and how to save it as CSV', () => {
		const guess = detectEncoding(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'));
		expect(guess.status === 'binary' && guess.message).toBe(
			'Đây là tệp Excel (.xlsx), không phải tệp văn bản CSV. Hãy mở tệp, chọn Lưu thành (Save As) → “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên tệp CSV đó.'
		);
	});
});

describe('detectEncoding: Unicode', () => {
	it.each([
		['UTF-8 without BOM', bytes('Tỉnh,Điểm\nHà Nội,85\n'), 'utf-8', false, 'high'],
		['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Tỉnh,Điểm\nHà Nội,85\n'), 'utf-8', true, 'high'],
		[
			'UTF-16 LE with BOM',
			bytes([0xff, 0xfe], [...utf16le('Tỉnh\tĐiểm\r\nHà Nội\t85\r\n')]),
			'utf-16le',
			true,
			'high'
		],
		[
			'UTF-16 BE with BOM',
			bytes([0xfe, 0xff], [...utf16be('Tỉnh,Điểm\nHà Nội,85\n')]),
			'utf-16be',
			true,
			'high'
		],
		['UTF-16 LE without BOM', utf16le('STT,Tỉnh,Điểm\n1,Hà Nội,85\n2,Huế,80\n'), 'utf-16le', false, 'medium'],
		['UTF-16 BE without BOM', utf16be('STT,Tỉnh,Điểm\n1,Hà Nội,85\n2,Huế,80\n'), 'utf-16be', false, 'medium']
	])('%s', (_, input, charset, bom, confidence) => {
		const guess = text(detectEncoding(input));
		expect(guess).toMatchObject({ encoding: { charset, repair: null }, bom, confidence, converted: false });
		expect(decode(input, guess.encoding)).toMatch(/^(Tỉnh|STT)/);
	});

	it('reads an ASCII-only file as UTF-8 and says it has no diacritics', () => {
		const guess = text(detectEncoding(bytes('STT,Tinh,Diem\n1,Ha Noi,85\n')));
		expect(guess.encoding).toEqual({ charset: 'utf-8', repair: null });
		expect(guess.message).toBe('Tệp chỉ có ký tự không dấu (ASCII); chiso đọc như Unicode (UTF-8).');
	});

	it('says a UTF-8 file is UTF-8 and needs no transcoding', () => {
		const guess = text(detectEncoding(bytes('Tỉnh,Điểm\nHà Nội,85\n')));
		expect(guess).toMatchObject({
			label: 'UTF-8',
			transcode: false,
			message: 'Tệp được lưu bằng Unicode (UTF-8).'
		});
	});
});

describe('detectEncoding: legacy Vietnamese', () => {
	const table = 'Tỉnh,Điểm\nHà Nội,85\nQuảng Ninh,90\nĐà Nẵng,80\nThừa Thiên Huế,84\n';
	// The same table written by hand in each legacy encoding (as Latin-1 characters).
	const tcvn3 = 'TØnh,§iÓm\nHµ Néi,85\nQu¶ng Ninh,90\n§µ N½ng,80\nThõa Thiªn HuÕ,84\n';
	const vni = 'Tænh,Ñieåm\nHaø Noäi,85\nQuaûng Ninh,90\nÑaø Naüng,80\nThöøa Thieân Hueá,84\n';
	// Windows-1258: base letters with ^ ˘ or horn are single bytes, the tone a combining byte after them:
	// 0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below; Đ = 0xD0, ư = 0xFD, ê = 0xEA.
	const cp1258 =
		'Ti\xd2nh,\xd0i\xea\xd2m\nHa\xcc N\xf4\xf2i,85\nQua\xd2ng Ninh,90\n\xd0a\xcc N\xe3\xdeng,80\nTh\xfd\xcca Thi\xean Hu\xea\xec,84\n';

	it.each([
		[
			'Windows-1258',
			latin1(cp1258),
			{ charset: 'windows-1258', repair: null },
			'Tệp được lưu bằng bảng mã Windows-1258; chiso đã chuyển sang Unicode.'
		],
		[
			'TCVN3',
			latin1(tcvn3),
			{ charset: 'windows-1252', repair: 'tcvn3' },
			'Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime); chiso đã chuyển sang Unicode. Hãy kiểm tra chữ in hoa có dấu (phông .VnTimeH) ở phần xem trước.'
		],
		[
			'VNI',
			latin1(vni),
			{ charset: 'windows-1252', repair: 'vni' },
			'Tệp được gõ bằng bảng mã VNI (phông VNI-Times); chiso đã chuyển sang Unicode.'
		],
		[
			'TCVN3 saved again as UTF-8',
			bytes(tcvn3),
			{ charset: 'utf-8', repair: 'tcvn3' },
			'Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) rồi lưu lại bằng Unicode (UTF-8); chiso đã chuyển sang Unicode. Hãy kiểm tra chữ in hoa có dấu (phông .VnTimeH) ở phần xem trước.'
		],
		[
			'VNI saved again as UTF-8',
			bytes(vni),
			{ charset: 'utf-8', repair: 'vni' },
			'Tệp được gõ bằng bảng mã VNI (phông VNI-Times) rồi lưu lại bằng Unicode (UTF-8); chiso đã chuyển sang Unicode.'
		],
		[
			'UTF-8 read as Windows-1252 and saved as UTF-8',
			bytes(new TextDecoder('windows-1252').decode(new TextEncoder().encode(table))),
			{ charset: 'utf-8', repair: 'utf-8-mojibake' },
			'Chữ có dấu trong tệp đã bị lỗi mã hoá hai lần (ví dụ “HÃ  Ná»™i” thay cho “Hà Nội”); chiso đã khôi phục lại.'
		]
	] as const)('%s is recognised and converted', (_, input, encoding, message) => {
		const guess = text(detectEncoding(input));
		expect(guess.encoding).toEqual(encoding);
		expect(guess).toMatchObject({ confidence: 'high', converted: true, transcode: true, message });
		expect(decode(input, guess.encoding)).toBe(table);
	});

	it('keeps UTF-8 text whose letters are all Latin-1 as it is ("Cà Mau", "Tây Ninh")', () => {
		const guess = text(
			detectEncoding(
				bytes('Tỉnh\nCà Mau\nTây Ninh\nBà Rịa\n'.replace('Tỉnh', 'Tinh').replace('Bà Rịa', 'Bà Ré'))
			)
		);
		expect(guess.encoding).toEqual({ charset: 'utf-8', repair: null });
	});

	it('returns a low-confidence guess, with a Vietnamese explanation, for text that is not Vietnamese', () => {
		const guess = text(detectEncoding(latin1('Name,City\nFrançois,Zürich\nJosé,Málaga\nSøren,Århus\n')));
		expect(guess.confidence).not.toBe('high');
		expect(guess.message).toMatch(/không chắc chắn: hãy kiểm tra chữ có dấu ở phần xem trước/);
	});
});

describe('decode and decodeRange', () => {
	const utf8: Encoding = { charset: 'utf-8', repair: null };

	it('drops the BOM and composes to NFC', () => {
		expect(decode(bytes([0xef, 0xbb, 0xbf], 'Ha\u0300 No\u0323\u0302i'), utf8)).toBe('Hà Nội');
	});

	it('starts and ends a range on character boundaries', () => {
		const all = bytes('Hà Nội'); // H=1 byte, à=2, space, N, ộ=3, i
		expect(decodeRange(all, utf8, 2, all.length)).toBe(' Nội'); // starts inside "à": skipped
		expect(decodeRange(all, utf8, 0, 7)).toBe('Hà N'); // ends inside "ộ": dropped
		const wide: Encoding = { charset: 'utf-16le', repair: null };
		expect(decodeRange(utf16le('Hà Nội'), wide, 3, 9)).toBe(' N'); // odd start moves to the next unit
	});

	it.each([
		['LF', 'a\nb\nc', 'utf-8', 2],
		['CRLF', 'a\r\nb\r\nc\r\n', 'utf-8', 3],
		['lone CR', 'a\rb\rc', 'utf-8', 2],
		['mixed', 'a\r\nb\nc\rd', 'utf-8', 3]
	] as const)('countLineBreaks counts %s', (_, input, charset, expected) => {
		expect(countLineBreaks(bytes(input), charset)).toBe(expected);
	});

	it('countLineBreaks reads UTF-16 code units and stops at `end`', () => {
		expect(countLineBreaks(utf16le('a\r\nb\nc'), 'utf-16le')).toBe(2);
		expect(countLineBreaks(utf16be('a\r\nb\nc'), 'utf-16be')).toBe(2);
		expect(countLineBreaks(bytes('a\nb\nc\n'), 'utf-8', 2)).toBe(1);
	});
});

describe('encodingLabel and countLostCharacters', () => {
	it.each([
		[{ charset: 'utf-8', repair: null }, 'UTF-8'],
		[{ charset: 'windows-1258', repair: null }, 'Windows-1258'],
		[{ charset: 'windows-1252', repair: 'tcvn3' }, 'TCVN3 (ABC)'],
		[{ charset: 'windows-1252', repair: 'vni' }, 'VNI-Windows'],
		[{ charset: 'utf-16le', repair: 'tcvn3' }, 'TCVN3 (ABC) trong tệp UTF-16 LE']
	] as const)('encodingLabel(%j) = %j', (encoding, label) => {
		expect(encodingLabel(encoding)).toBe(label);
	});

	it.each([
		['H? N?i, Qu?ng Ninh', 3],
		['?à N?i', 2],
		['Bạn có hài lòng? Rất', 0], // a real question mark
		['Tp Hu? N?ng', 2],
		['Hà Nội \uFFFD', 1]
	])('countLostCharacters(%j) = %j', (input, expected) => {
		expect(countLostCharacters(input)).toBe(expected);
	});
});
