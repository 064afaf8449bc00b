#!/usr/bin/env node
/*
 * Writes the byte-exact test files for the import sniffer and loader (src/lib/import/sniff/*.test.ts,
 * src/lib/import/load/*.test.ts) into tests/fixtures/import/. Deterministic: every run writes the same bytes.
 *
 *   node scripts/make-import-fixtures.js
 *
 * The encoders (fixture-encoders.js: Windows-1258, TCVN3, VNI, ZIP) are written independently of the
 * decoders in src/lib/import/sniff, so a fixture that decodes back to its source text checks both sides.
 * Scores and names in the tables are made up for tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tcvn3, utf16, utf8, UTF8_BOM, vni, windows1258, zip } from './fixture-encoders.js';

const OUT = path.resolve('tests/fixtures/import');

// ── Contents ────────────────────────────────────────────────────────────────────────────────────────────

const crlf = (lines) => `${lines.join('\r\n')}\r\n`;
const lf = (lines) => `${lines.join('\n')}\n`;

/** A province score table (made-up values), as an office would send it. */
const SCORES = [
	'Tỉnh/thành phố,Vùng,Điểm SIPAS,Xếp hạng',
	'Hà Nội,Đồng bằng sông Hồng,85.32,12',
	'Quảng Ninh,Đồng bằng sông Hồng,90.61,1',
	'Thừa Thiên Huế,Bắc Trung Bộ và Duyên hải miền Trung,84.11,20',
	'Đắk Lắk,Tây Nguyên,82.5,35',
	'Bà Rịa - Vũng Tàu,Đông Nam Bộ,86.07,8',
	'Cà Mau,Đồng bằng sông Cửu Long,87.2,4'
];

/** Excel "Unicode Text": tab-separated, decimal comma (Vietnamese regional settings). */
const SCORES_TAB = SCORES.map((line) => line.replaceAll(',', '\t').replace(/(\d+)\.(\d+)/, '$1,$2'));

/** An old sheet typed in .VnTime / .VnTimeH fonts: capital titles, then the table. */
const AGENCIES = [
	'UBND TỈNH QUẢNG NINH,,,',
	'BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024,,,',
	',,,',
	'STT,Đơn vị,Điểm,Xếp loại',
	'1,Sở Nội vụ,"91,43",Xuất sắc',
	'2,Sở Tài chính,"88,07",Tốt',
	'3,Sở Giáo dục và Đào tạo,"85,5",Tốt',
	'4,UBND huyện Vân Đồn,"79,12",Khá',
	'5,UBND thị xã Đông Triều,"82,3",Tốt'
];

/** Semicolons, decimal comma, dot thousands, percent signs, signed changes (a European-locale Excel). */
const SEMICOLON = [
	'Mã tỉnh;Tỉnh;Số phiếu;Tỷ lệ hài lòng;Chỉ số SIPAS;Thay đổi',
	'22;Quảng Ninh;1.234;90,61%;90,61;+1,25',
	'31;Hải Phòng;1.180;88,09%;88,09;(0,42)',
	'01;Hà Nội;2.456;85,32%;85,32;-0,8',
	'46;Thừa Thiên Huế;987;84,11%;84,11;0',
	'96;Cà Mau;1.002;87,20%;87,2;–'
];

/**
 * What Excel on a Vietnamese Windows saves as "CSV (Comma delimited)": the ANSI code page (Windows-1258), the
 * list separator ';' and decimal commas of the regional settings, title rows above, totals and notes below.
 */
const EXCEL_1258_SEMICOLON = [
	'UBND TỈNH QUẢNG NINH;;;',
	'SỞ NỘI VỤ;;;',
	'KẾT QUẢ CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2024 CỦA CÁC TỈNH;;;',
	';;;',
	'STT;Tỉnh/thành phố;Chỉ số SIPAS;Xếp hạng',
	'1;Quảng Ninh;90,61;1',
	'2;Cà Mau;87,2;4',
	'3;Bà Rịa - Vũng Tàu;86,07;8',
	'4;Hà Nội;85,32;12',
	'5;Thừa Thiên Huế;84,11;20',
	'Tổng cộng;;433,31;',
	'Nguồn: Bộ Nội vụ, tháng 3/2025;;;'
];

/** An Excel export: titles, a header on two rows, column numbers, groups, a multi-line cell, totals, notes. */
const EXCEL_EXPORT = [
	'UBND TỈNH QUẢNG NINH,,,,,',
	'SỞ NỘI VỤ,,,,,',
	',,,,,',
	'"BẢNG TỔNG HỢP KẾT QUẢ CHỈ SỐ HÀI LÒNG (SIPAS) NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH",,,,,',
	',,,,,',
	'STT,Đơn vị,Số phiếu,Kết quả,,Ghi chú',
	',,,Tỷ lệ hài lòng (%),Xếp hạng,',
	'(1),(2),(3),(4),(5),(6)',
	'I,"KHỐI SỞ, BAN, NGÀNH",,,,',
	'1,Sở Nội vụ,120,"91,43",1,',
	'2,Sở Tư pháp,98,"89,10",2,',
	'3,Sở Tài chính,110,"88,07",3,',
	'4,"Sở Văn hóa, Thể thao và Du lịch",105,"85,50",4,',
	'II,KHỐI UBND CẤP HUYỆN,,,,',
	'5,UBND thành phố Hạ Long,300,"87,20",1,',
	'6,UBND thị xã Đông Triều,250,"82,30",2,"Khảo sát bổ sung\r\ntháng 12"',
	'Tổng cộng,,983,,,',
	'Trung bình,,,"87,27",,',
	',,,,,',
	'"Nguồn: Kết quả khảo sát của Sở Nội vụ, tháng 12/2024.",,,,,',
	',,,,,',
	',,,,"Quảng Ninh, ngày 15 tháng 3 năm 2025",',
	'Người lập biểu,,,,Giám đốc,',
	',,,,,',
	'Nguyễn Văn An,,,,Trần Thị Bình,'
];

/** Scores with a title row, capitals included (VNI has capitals with tones). */
const VNI_SCORES = ['KẾT QUẢ CHỈ SỐ SIPAS NĂM 2024,,,', ...SCORES];

const HTML_EXPORT = [
	'<html xmlns:x="urn:schemas-microsoft-com:office:excel">',
	'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
	'<body><table>',
	'<tr><td>STT</td><td>Đơn vị</td><td>Điểm</td></tr>',
	'<tr><td>1</td><td>Sở Nội vụ</td><td>91,43</td></tr>',
	'</table></body></html>'
];

/** Not text: a deterministic byte soup with NUL bytes (a linear congruential generator). */
function binary(length) {
	const out = Buffer.alloc(length);
	let x = 20240315;
	for (let i = 0; i < length; i++) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		out[i] = i % 7 === 0 ? 0 : x >>> 24;
	}
	return out;
}

/**
 * A survey export 2,000 columns wide: the survey's columns (id, year, unit, sex, the 39 answers of Câu 9
 * spread across the sheet, the age group last) among 1,956 other columns, mostly blank, and 300 respondents.
 * A handful of cells are wrong on purpose (see `WIDE_ERRORS`); tests assert exactly what they report.
 */
const WIDE_COLUMNS = 2000;
const WIDE_ROWS = 300;
const WIDE_ANSWER_AT = Array.from({ length: 39 }, (_, k) => 4 + k * 51);
const WIDE_UNITS = ['Hà Nội', 'Đà Nẵng', 'Cần Thơ', 'Quảng Ninh', 'Hải Phòng'];
/** Line in the file → what is done to that respondent's row. */
const WIDE_ERRORS = {
	10: (cells) => (cells[WIDE_ANSWER_AT[4]] = '6'), // Câu 9.5 off the 1–5 scale
	20: (cells) => (cells[WIDE_ANSWER_AT[38]] = 'Hài lòng'), // a label, valid (4)
	30: (cells) => (cells[0] = 'W0028'), // the id of line 29 again
	40: (cells) => (cells[2] = 'Quảng Nnh'), // a unit misspelt
	50: (cells) => (cells[WIDE_ANSWER_AT[19]] = 'không trả lời'), // no answer, valid (blank)
	70: (cells) => (cells[1] = ''), // the year left blank
	80: (cells) => cells.splice(1500) // the row cut short: 1,500 cells
};

function wideSurvey() {
	let x = 20250101;
	const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const header = Array.from({ length: WIDE_COLUMNS }, (_, j) => `Thông tin thêm ${j}`);
	['Mã phiếu', 'Năm', 'Đơn vị', 'Giới tính'].forEach((name, j) => (header[j] = name));
	WIDE_ANSWER_AT.forEach((j, k) => (header[j] = `Câu 9.${k + 1}`));
	header[WIDE_COLUMNS - 1] = 'Nhóm tuổi';
	const lines = [header.join(',')];
	for (let r = 1; r <= WIDE_ROWS; r++) {
		const cells = Array.from({ length: WIDE_COLUMNS }, (_, j) =>
			j % 10 === 5 ? String(Math.floor(next() * 100)) : ''
		);
		cells[0] = `W${String(r).padStart(4, '0')}`;
		cells[1] = '2024';
		cells[2] = WIDE_UNITS[Math.floor(next() * WIDE_UNITS.length)];
		cells[3] = next() < 0.5 ? 'Nam' : 'Nữ';
		for (const j of WIDE_ANSWER_AT) cells[j] = next() < 0.03 ? '' : String(1 + Math.floor(next() * 5));
		cells[WIDE_COLUMNS - 1] = next() < 0.5 ? '18–30' : '31–45';
		WIDE_ERRORS[r + 1]?.(cells);
		lines.push(cells.join(','));
	}
	return lines;
}

/**
 * A UTF-8 survey of 9,000 respondents (about 380 KB, more than the sniffer reads of a file: its start and
 * end) where a few lines in the middle were pasted from a Windows-1258 file: their bytes there are not
 * UTF-8. The line → the cell (by header) written in Windows-1258.
 */
const MIXED_ROWS = 9000;
const MIXED_LEGACY = { 6301: 'Đơn vị', 6800: 'Giới tính', 7200: 'Ghi chú' };

function mixedEncodingSurvey() {
	let x = 20251201;
	const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
	const header = [
		'Mã phiếu',
		'Năm',
		'Đơn vị',
		'Giới tính',
		'Ghi chú',
		...[1, 2, 3, 4, 5, 6].map((k) => `Câu 9.${k}`)
	];
	const lines = [utf8(header.join(','))];
	for (let r = 1; r <= MIXED_ROWS; r++) {
		const cells = [
			`M${String(r).padStart(4, '0')}`,
			'2024',
			WIDE_UNITS[Math.floor(next() * WIDE_UNITS.length)],
			next() < 0.5 ? 'Nam' : 'Nữ',
			next() < 0.9 ? '' : 'Đã góp ý',
			...[1, 2, 3, 4, 5, 6].map(() => String(1 + Math.floor(next() * 5)))
		];
		const legacy = MIXED_LEGACY[r + 1];
		if (legacy === 'Ghi chú') cells[4] = 'Thủ tục nhanh';
		const at = header.indexOf(legacy);
		lines.push(
			Buffer.concat(
				cells.map((c, j) =>
					Buffer.concat([j ? utf8(',') : Buffer.alloc(0), j === at ? windows1258(c) : utf8(c)])
				)
			)
		);
	}
	return Buffer.concat(lines.flatMap((line) => [line, utf8('\r\n')]));
}

/**
 * PAPI scores, wide, in two method versions (6 dimensions 2011–2017, total 6–60; 8 from 2018, total 8–80):
 * what the score checks must catch. Line → what is wrong: 2 a total of 59 from six dimensions of 1 (a
 * warning: loaded); 3 a total of 70 in 2015, over that year's 60; 4 a D7 value in 2015, before D7 existed;
 * 6 Hà Nội 2019 again; 8 a total off its dimensions only by their rounding (no warning).
 */
const PAPI_WIDE = [
	'Tỉnh,Năm,D1,D2,D3,D4,D5,D6,D7,D8,Chỉ số PAPI',
	'Hà Nội,2015,1,1,1,1,1,1,,,59',
	'Đà Nẵng,2015,5,5,5,6,6,6,,,70',
	'Hải Phòng,2015,5,5,5,6,6,6,5,,33',
	'Hà Nội,2019,5.1234,5.2345,5.3456,6.4567,7.5678,7.6789,3.789,4.8901,46.086',
	'Ha Noi,2019,5.1234,5.2345,5.3456,6.4567,7.5678,7.6789,3.789,4.8901,46.086',
	'Cần Thơ,2019,8.75,8.75,8.75,8.75,8.75,8.75,8.75,8.75,70',
	'Thừa Thiên Huế,2015,5.12,5.23,5.34,6.45,7.56,7.67,,,37.38'
];

/**
 * PAR scores, long (a lĩnh vực or the total per row) with points and maximum points on the total's row.
 * Quảng Ninh: a total of 99 where its points are 50 of 100 (a warning); Hải Phòng: eight lĩnh vực adding up
 * to the total; Hà Nội: lĩnh vực adding up to 85 under a total of 90, given after the total (a warning on
 * the total's line); Huế: 68.32 points of an 84-point maximum, 81.33 % (DOMAIN.md §1.2, agrees).
 */
const PAR_LONG = [
	'Tỉnh,Năm,Lĩnh vực,Giá trị,Điểm đạt được,Điểm tối đa',
	'Quảng Ninh,2023,Tổng,99,50,100',
	'Hải Phòng,2023,Tổng,91.81,,',
	...['9.1', '9.2', '12.5', '9.3', '12.01', '9', '12.2', '18.5'].map(
		(v, i) => `Hải Phòng,2023,LV${i + 1},${v},,`
	),
	'Hà Nội,2023,Tổng,90,,',
	...['8', '8', '12', '8', '11', '8', '11', '19'].map((v, i) => `Hà Nội,2023,LV${i + 1},${v},,`),
	'Thừa Thiên Huế,2023,Tổng,81.33,68.32,84'
];

const XLSX = zip([
	[
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
	],
	[
		'xl/workbook.xml',
		'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'
	]
]);

const FILES = {
	'windows-1258.csv': windows1258(crlf(SCORES)),
	'excel-1258-semicolon-titles.csv': windows1258(crlf(EXCEL_1258_SEMICOLON)),
	'utf16le-bom.txt': utf16(crlf(SCORES_TAB), 'le'),
	'utf16be-bom.csv': utf16(lf(SCORES), 'be'),
	'tcvn3.csv': tcvn3(crlf(AGENCIES)),
	'tcvn3-saved-as-utf8.csv': Buffer.concat([UTF8_BOM, utf8(tcvn3(crlf(AGENCIES)).toString('latin1'))]),
	'vni.csv': vni(crlf(VNI_SCORES)),
	'semicolon-decimal-comma.csv': Buffer.concat([UTF8_BOM, utf8(crlf(SEMICOLON))]),
	'excel-export-titles-totals.csv': Buffer.concat([UTF8_BOM, utf8(crlf(EXCEL_EXPORT))]),
	'survey-2000-columns.csv': utf8(crlf(wideSurvey())),
	'survey-mixed-encoding.csv': mixedEncodingSurvey(),
	'html-export.xls': utf8(crlf(HTML_EXPORT)),
	'binary.csv': binary(512),
	'xlsx-renamed.csv': XLSX,
	'empty.csv': Buffer.alloc(0),
	'bom-only.csv': UTF8_BOM,
	'whitespace-only.csv': utf8('  \r\n\r\n\t \r\n'),
	'scores-papi-wide-versions.csv': Buffer.concat([UTF8_BOM, utf8(crlf(PAPI_WIDE))]),
	'scores-par-long-totals.csv': Buffer.concat([UTF8_BOM, utf8(crlf(PAR_LONG))])
};

mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(FILES)) {
	writeFileSync(path.join(OUT, name), bytes);
	console.log(`${String(bytes.length).padStart(6)}  tests/fixtures/import/${name}`);
}
