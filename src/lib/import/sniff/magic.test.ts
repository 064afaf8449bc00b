import { describe, expect, it } from 'vitest';
import { detectBinaryFormat, looksBinary, markupMessage } from './magic';

const bytes = (...parts: (number[] | string)[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

describe('detectBinaryFormat', () => {
	it.each([
		[bytes([0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'ods'],
		[bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml', [0, 0], 'xl/worksheets/sheet1.xml'), 'xlsx'],
		[bytes([0x50, 0x4b, 0x05, 0x06], [0, 0, 0, 0]), 'zip'],
		[bytes('GIF89a'), 'gif'],
		[bytes('Rar!\x1a\x07\x00'), 'rar'],
		[bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), '7z'],
		[bytes('STT,Tinh\n1,Ha Noi\n'), null],
		[bytes('%PD'), null] // too short for the PDF magic
	])('detectBinaryFormat(#%#) = %j', (input, expected) => {
		expect(detectBinaryFormat(input)).toBe(expected);
	});
});

describe('looksBinary', () => {
	it.each([
		[bytes('a,b\r\nc,d\n\t\f'), false],
		[bytes('a,b', [0x1a]), false], // DOS end-of-file mark
		[bytes('a', [0]), true],
		[bytes('a,b\r\n'.repeat(40), [0], 'c,d\r\n'), false], // one stray NUL: its line is reported, not the file
		[bytes('a,b\r\n'.repeat(40), [0, 0, 0], 'c,d\r\n'), true],
		[bytes('abc', [0x01, 0x02]), true]
	])('looksBinary(#%#) = %j', (input, expected) => {
		expect(looksBinary(input)).toBe(expected);
	});
});

describe('markupMessage', () => {
	it.each([
		['<html><body><table><tr><td>1</td></tr></table></body></html>', 'HTML'],
		['\r\n  <!DOCTYPE html><html>', 'HTML'],
		['<table border=1><tr><td>STT</td></tr></table>', 'HTML'],
		[
			'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
			'XML của Excel 2003'
		]
	])('%j is markup (%s)', (text, kind) => {
		expect(markupMessage(text)).toContain(kind);
	});

	it.each(['STT,Đơn vị\n1,Sở Nội vụ', '<5 tuổi,5–10 tuổi\n1,2', ''])('%j is not markup', (text) => {
		expect(markupMessage(text)).toBeNull();
	});
});
