// Writes the Excel fixtures of src/lib/import/excel to tests/fixtures/import/excel/. The workbooks are built
// part by part (XML written the way Excel writes it: shared strings, styles, cached formula results,
// error cells, merged cells) and zipped with fflate, so every case the reader must handle is in the file on
// purpose. Same script, same bytes: entries are written in a fixed order with a fixed timestamp.
//
//   node scripts/make-excel-fixtures.js [output folder]
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';

const OUT = path.resolve(process.argv[2] ?? 'tests/fixtures/import/excel');
// Local midnight: fflate stores DOS dates in local time, so this gives the same bytes in every time zone.
const MTIME = new Date(2024, 0, 1, 0, 0, 0);

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ── Cells ───────────────────────────────────────────────────────────────────────────────────────────────

/** Style indexes of `styles.xml` below (cellXfs). */
const STYLE = { general: 0, date: 1, dmy: 2, twoDecimals: 3, dateTime: 4, percent: 5 };

const text = (value) => ({ kind: 'shared', value });
const inline = (value) => ({ kind: 'inline', value });
/** A number as Excel writes it in `<v>`: up to 17 significant digits, e.g. "85.319999999999993". */
const num = (raw, style = STYLE.general) => ({ kind: 'number', raw: String(raw), style });
const bool = (value) => ({ kind: 'bool', value });
/** A formula with its cached result; `type` is the cell type of the result (n, str, b, e). */
const formula = (f, cached, type = 'n', style = STYLE.general) => ({
	kind: 'formula',
	f,
	cached,
	type,
	style
});
/** A formula saved without a cached result (some generators do this). */
const uncached = (f) => ({ kind: 'formula', f, cached: undefined, type: 'n', style: STYLE.general });
/** An empty cell that only carries a style, as Excel writes the covered cells of a merged area. */
const blank = (style = STYLE.general) => ({ kind: 'blank', style });

/** Excel's serial day number (1900 date system) of an ISO date, with an optional time of day. */
function serial(iso) {
	const [date, time = '00:00'] = iso.split(' ');
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
	return days + (hh * 60 + mm) / 1440;
}
const date = (iso, style = STYLE.date) => num(serial(iso), style);

/** Excel's way of writing a computed double: 17 significant digits, trailing zeros dropped. */
function excelDouble(x) {
	const text = x.toPrecision(17);
	return text.includes('e') ? text : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function columnLetter(index) {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}

const escapeXml = (s) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ── Parts ───────────────────────────────────────────────────────────────────────────────────────────────

function cellXml(cell, ref, strings) {
	const s = (style) => (style ? ` s="${style}"` : '');
	switch (cell.kind) {
		case 'shared': {
			if (!strings.index.has(cell.value)) {
				strings.index.set(cell.value, strings.list.length);
				strings.list.push(cell.value);
			}
			strings.count++;
			return `<c r="${ref}" t="s"><v>${strings.index.get(cell.value)}</v></c>`;
		}
		case 'inline':
			return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
		case 'number':
			return `<c r="${ref}"${s(cell.style)}><v>${cell.raw}</v></c>`;
		case 'bool':
			return `<c r="${ref}" t="b"><v>${cell.value ? 1 : 0}</v></c>`;
		case 'blank':
			return `<c r="${ref}"${s(cell.style)}/>`;
		case 'formula': {
			const t = cell.type === 'n' ? '' : ` t="${cell.type}"`;
			const v = cell.cached === undefined ? '' : `<v>${escapeXml(String(cell.cached))}</v>`;
			return `<c r="${ref}"${s(cell.style)}${t}><f>${escapeXml(cell.f)}</f>${v}</c>`;
		}
		default:
			throw new Error(`unknown cell kind ${cell.kind}`);
	}
}

/** `rows`: [rowNumber, cells[]] pairs; a null cell is absent. Rows not listed are absent (blank). */
function sheetXml(sheet, strings) {
	const width = Math.max(...sheet.rows.map(([, cells]) => cells.length));
	const last = sheet.rows[sheet.rows.length - 1][0];
	const rows = sheet.rows
		.map(([r, cells]) => {
			const xml = cells
				.map((cell, i) => (cell ? cellXml(cell, `${columnLetter(i)}${r}`, strings) : ''))
				.join('');
			return `<row r="${r}" spans="1:${width}">${xml}</row>`;
		})
		.join('');
	const merges = sheet.merges?.length
		? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
		: '';
	return (
		XML_HEAD +
		`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${columnLetter(width - 1)}${last}"/>` +
		`<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
		`<sheetData>${rows}</sheetData>${merges}` +
		`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
	);
}

function sharedStringsXml(strings) {
	const items = strings.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
	return (
		XML_HEAD +
		`<sst xmlns="${NS_MAIN}" count="${strings.count}" uniqueCount="${strings.list.length}">${items}</sst>`
	);
}

const STYLES_XML =
	XML_HEAD +
	`<styleSheet xmlns="${NS_MAIN}">` +
	'<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
	'<fonts count="1"><font><sz val="11"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
	'<cellXfs count="6">' +
	'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
	'<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'</cellXfs>' +
	'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
	'</styleSheet>';

/** A complete .xlsx package for `sheets` ([{ name, rows, merges }]). */
function workbook(sheets) {
	const strings = { list: [], index: new Map(), count: 0 };
	const sheetParts = sheets.map((sheet) => sheetXml(sheet, strings));
	const files = {
		'[Content_Types].xml':
			XML_HEAD +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
			sheets
				.map(
					(_, i) =>
						`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
				)
				.join('') +
			'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
			'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
			'</Types>',
		'_rels/.rels':
			XML_HEAD +
			`<Relationships xmlns="${NS_PKG_REL}">` +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
			'</Relationships>',
		'xl/workbook.xml':
			XML_HEAD +
			`<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr defaultThemeVersion="124226"/>` +
			'<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20490" windowHeight="7650"/></bookViews><sheets>' +
			sheets
				.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
				.join('') +
			'</sheets><calcPr calcId="191029"/></workbook>',
		'xl/_rels/workbook.xml.rels':
			XML_HEAD +
			`<Relationships xmlns="${NS_PKG_REL}">` +
			sheets
				.map(
					(_, i) =>
						`<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
				)
				.join('') +
			`<Relationship Id="rId${sheets.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId${sheets.length + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
			'</Relationships>'
	};
	sheetParts.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
	files['xl/styles.xml'] = STYLES_XML;
	files['xl/sharedStrings.xml'] = sharedStringsXml(strings);
	const entries = Object.fromEntries(
		Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime: MTIME, level: 6 }]])
	);
	return zipSync(entries);
}

// ── (a) PAR Index score table ───────────────────────────────────────────────────────────────────────────

const PAR_UNITS = [
	// name, points, applicable maximum (criteria that do not apply lower a unit's maximum)
	['Thành phố Hạ Long', 91.25, 100],
	['Thành phố Móng Cái', 88.4, 100],
	['Thành phố Cẩm Phả', 86.75, 100],
	['Thành phố Uông Bí', 87.1, 100],
	['Thị xã Đông Triều', 85.32, 100],
	['Thị xã Quảng Yên', 84.6, 100],
	['Huyện Vân Đồn', 83.95, 98.5],
	['Huyện Tiên Yên', 80.2, 98.5],
	['Huyện Hải Hà', 82.05, 100],
	['Huyện Đầm Hà', 79.48, 98.5]
];

function parTable() {
	const scored = PAR_UNITS.map(([name, points, max]) => ({ name, points, max, index: (points / max) * 100 }));
	const ranks = scored.map((u) => 1 + scored.filter((o) => o.index > u.index).length);
	const header = ['STT', 'Đơn vị', 'Điểm đạt được', 'Điểm tối đa', 'Chỉ số (%)', 'Xếp hạng', 'Ngày công bố'];
	const rows = [
		[1, [text('UBND TỈNH QUẢNG NINH'), ...Array(6).fill(blank())]],
		[2, [text('KẾT QUẢ CHỈ SỐ CCHC NĂM 2024'), ...Array(6).fill(blank())]],
		[4, header.map(text)],
		...scored.map((u, i) => {
			const r = 5 + i;
			return [
				r,
				[
					num(i + 1),
					// Hạ Long is stored decomposed (NFD), as text pasted from some Mac and web sources is.
					text(i === 0 ? u.name.normalize('NFD') : u.name),
					num(u.points, STYLE.twoDecimals),
					num(u.max, STYLE.twoDecimals),
					formula(`C${r}/D${r}*100`, excelDouble(u.index), 'n', STYLE.twoDecimals),
					num(ranks[i]),
					date('2025-03-15')
				]
			];
		})
	];
	const points = scored.reduce((s, u) => s + u.points, 0);
	const max = scored.reduce((s, u) => s + u.max, 0);
	rows.push([
		15,
		[
			null,
			text('Tổng cộng'),
			formula('SUM(C5:C14)', excelDouble(points), 'n', STYLE.twoDecimals),
			formula('SUM(D5:D14)', excelDouble(max), 'n', STYLE.twoDecimals),
			formula('C15/D15*100', excelDouble((points / max) * 100), 'n', STYLE.twoDecimals)
		]
	]);
	return workbook([{ name: 'Chỉ số CCHC 2024', rows, merges: ['A1:G1', 'A2:G2'] }]);
}

// ── (b) Survey workbook: a notes sheet and a data sheet ─────────────────────────────────────────────────

function surveyWorkbook() {
	const notes = {
		name: 'Ghi chú',
		rows: [
			[1, [text('Phiếu khảo sát sự hài lòng (SIPAS) năm 2024')]],
			[2, [text('Đơn vị thực hiện: Sở Nội vụ tỉnh Quảng Ninh')]],
			[3, [text('Số phiếu hợp lệ'), num(6)]]
		]
	};
	// Row 1 is absent: the table starts on row 2. Two header rows under merged cells.
	const answers = [
		// STT, sex, survey date, Q1 (number), Q2 (label), Q3 (number or error), agree, average, entered at
		[1, 'Nam', '2024-10-05', 5, 'Hài lòng', 4, true, '4.5', '2024-10-05 14:30'],
		[2, 'Nữ', '2024-10-05', 4, 'Rất hài lòng', 5, false, '4.5', '2024-10-05 15:05'],
		[3, 'Nữ', '2024-10-07', 3, 'Bình thường', '#N/A', true, '#N/A', '2024-10-07 08:00'],
		[4, 'Nam', '2024-10-07', 2, 'Không hài lòng', 3, true, '2.5', '2024-10-07 09:45'],
		[5, 'Nữ', '2024-10-08', null, 'Rất không hài lòng', null, false, '#DIV/0!', '2024-10-08 10:10'],
		[6, 'Nam', '2024-10-08', 5, 'Hài lòng', 5, true, '5', '2024-10-08 16:20']
	];
	const data = {
		name: 'Dữ liệu khảo sát',
		rows: [
			[
				2,
				[
					text('STT'),
					text('Giới tính'),
					text('Ngày\nkhảo sát'),
					text('Mức độ hài lòng'),
					blank(),
					blank(),
					text('Đồng ý công bố'),
					text('Điểm TB'),
					text('Thời điểm nhập')
				]
			],
			[
				3,
				[blank(), blank(), blank(), text('Câu 1'), text('Câu 2'), text('Câu 3'), blank(), blank(), blank()]
			],
			...answers.map(([stt, sex, day, q1, q2, q3, agree, avg, at], i) => {
				const r = 4 + i;
				const q3Cell =
					q3 === '#N/A'
						? formula(`VLOOKUP(A${r},'Ghi chú'!A:B,2,FALSE)`, '#N/A', 'e')
						: q3 === null
							? null
							: num(q3);
				const avgCell = avg.startsWith('#')
					? formula(`AVERAGE(D${r},F${r})`, avg, 'e')
					: formula(`AVERAGE(D${r},F${r})`, avg);
				return [
					r,
					[
						num(stt),
						text(sex),
						date(day, STYLE.dmy),
						q1 === null ? null : num(q1),
						text(q2),
						q3Cell,
						bool(agree),
						avgCell,
						date(at, STYLE.dateTime)
					]
				];
			}),
			// Row 10 is absent (blank), then a note under the table.
			[11, [text('Ghi chú: phiếu số 5 bỏ trống câu 1 và câu 3.')]]
		],
		merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:G3', 'H2:H3', 'I2:I3']
	};
	return workbook([notes, data]);
}

// ── (c) Formulas, markup and other text that must stay inert ────────────────────────────────────────────

function inertTextWorkbook() {
	const rows = [
		[1, [text('Trường hợp'), text('Giá trị')]],
		[2, [text('Công thức HYPERLINK'), formula('HYPERLINK("http://x","y")', 'y', 'str')]],
		[3, [text('Thẻ HTML'), text('<img src=x onerror=alert(1)>')]],
		[4, [text('Văn bản bắt đầu bằng ='), text('=1+2')]],
		[5, [text('Văn bản bắt đầu bằng +'), text('+84 912 345 678')]],
		[6, [text('Văn bản bắt đầu bằng -'), text('-10%')]],
		[7, [text('Văn bản bắt đầu bằng @'), inline('@SUM(A1:A2)')]],
		[8, [text('Công thức chưa tính'), uncached('SUM(1,2)')]],
		[9, [text('0,1 + 0,2'), formula('0.1+0.2', '0.30000000000000004')]],
		[10, [text('Số rất nhỏ'), num('1.5E-7')]],
		[11, [text('Số rất lớn'), num('1.2345678901234567E+20')]],
		[12, [text('Dấu phẩy và ngoặc kép'), text('Sở "Nội vụ", tỉnh Quảng Ninh')]],
		[13, [text('Khoảng trắng đầu cuối'), text('  Sở Tư pháp  ')]],
		[14, [text('Số âm'), num('-0.5')]],
		[15, [text('Logic'), bool(true)]],
		[16, [text('Phần trăm'), num('0.85319999999999996', STYLE.percent)]]
	];
	return workbook([{ name: 'Nhập liệu & kiểm tra', rows }]);
}

// ── Not workbooks ───────────────────────────────────────────────────────────────────────────────────────

/** The 8-byte OLE2 compound-file signature of Excel 97–2003 files, padded to one 512-byte sector. */
function legacyXls() {
	const bytes = new Uint8Array(512);
	bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	return bytes;
}

/** A password-protected .xlsx is an OLE2 file holding an "EncryptedPackage" stream. */
function encryptedXlsx() {
	const bytes = legacyXls();
	const name = 'EncryptedPackage';
	for (let i = 0; i < name.length; i++) bytes[256 + i * 2] = name.charCodeAt(i);
	return bytes;
}

/** The first 100 bytes of a real workbook: a ZIP local header and no central directory. */
function brokenZip(full) {
	return full.slice(0, 100);
}

const files = {
	'par-quang-ninh.xlsx': parTable(),
	'khao-sat-hai-long.xlsx': surveyWorkbook(),
	'cong-thuc-va-html.xlsx': inertTextWorkbook(),
	'excel-97-2003.xls': legacyXls(),
	'co-mat-khau.xlsx': encryptedXlsx(),
	'hong.xlsx': brokenZip(parTable())
};

fs.mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of Object.entries(files)) {
	fs.writeFileSync(path.join(OUT, name), bytes);
	console.log(`${name}: ${bytes.length} bytes`);
}
