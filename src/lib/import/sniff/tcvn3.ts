/*
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts): one byte per letter, Vietnamese letters
 * on the Latin-1 code points 0xA1–0xFE, so a TCVN3 file read as Windows-1252 shows "Hµ Néi" for "Hà Nội".
 *
 * VN3 has no capital letters with a tone mark: only Ă Â Ê Ô Ơ Ư Đ have capital codes. The capital fonts
 * (.VnTimeH) draw the small codes as capitals, so "QUẢNG" is stored as "QU¶NG". `convertTcvn3` therefore
 * writes the toned letters as capitals in a line that has no small ASCII letter and at least three capitals
 * ("UBND TØNH QU¶NG NINH", "SÈ PHIÕU"), and in a word whose other letters are capitals, two at least
 * ("QU¶NG" in "Tªn: QU¶NG"); "Hµ Néi" stays "Hà Nội". A word typed entirely in small codes under .VnTimeH
 * cannot be told apart and stays in small letters.
 *
 * Table checked against two published converters (VBKey `mdlCodeTable.bas`, duydev/vietnamese-conversion
 * `charsets.ts`): both agree with every code below.
 */

/** Per base vowel: the Unicode letters (grave, acute, hook, tilde, dot below) and their TCVN3 bytes. */
const ROWS: readonly (readonly [string, readonly number[]])[] = [
	['àáảãạ', [0xb5, 0xb8, 0xb6, 0xb7, 0xb9]],
	['ằắẳẵặ', [0xbb, 0xbe, 0xbc, 0xbd, 0xc6]],
	['ầấẩẫậ', [0xc7, 0xca, 0xc8, 0xc9, 0xcb]],
	['èéẻẽẹ', [0xcc, 0xd0, 0xce, 0xcf, 0xd1]],
	['ềếểễệ', [0xd2, 0xd5, 0xd3, 0xd4, 0xd6]],
	['ìíỉĩị', [0xd7, 0xdd, 0xd8, 0xdc, 0xde]],
	['òóỏõọ', [0xdf, 0xe3, 0xe1, 0xe2, 0xe4]],
	['ồốổỗộ', [0xe5, 0xe8, 0xe6, 0xe7, 0xe9]],
	['ờớởỡợ', [0xea, 0xed, 0xeb, 0xec, 0xee]],
	['ùúủũụ', [0xef, 0xf3, 0xf1, 0xf2, 0xf4]],
	['ừứửữự', [0xf5, 0xf8, 0xf6, 0xf7, 0xf9]],
	['ỳýỷỹỵ', [0xfa, 0xfd, 0xfb, 0xfc, 0xfe]],
	// letters without a tone: ă â ê ô ơ ư đ, then the only capitals VN3 has
	['ăâêôơưđ', [0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
	['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]]
];

/** TCVN3 character (as Latin-1 / Windows-1252 decodes the byte) → Unicode letter. 74 entries. */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
	ROWS.flatMap(([letters, codes]) =>
		Array.from(letters, (letter, i) => [String.fromCharCode(codes[i] as number), letter])
	)
);

/** Codes of the seven capitals (Ă Â Ê Ô Ơ Ư Đ). */
const CAPITAL_CODES = new Set(['\xa1', '\xa2', '\xa3', '\xa4', '\xa5', '\xa6', '\xa7']);

/** A run of ASCII letters and TCVN3 codes: one word of the original text. */
const WORD = /[A-Za-z\xa1-\xfe]+/g;

function counts(text: string): { capitals: number; small: number } {
	let capitals = 0;
	let small = 0;
	for (const c of text) {
		if ((c >= 'A' && c <= 'Z') || CAPITAL_CODES.has(c)) capitals++;
		else if (c >= 'a' && c <= 'z') small++;
	}
	return { capitals, small };
}

function convertWord(word: string, capitalLine: boolean): string {
	let out = '';
	for (const c of word) out += TCVN3_TO_UNICODE.get(c) ?? c;
	const { capitals, small } = counts(word);
	return capitalLine || (capitals >= 2 && small === 0) ? out.toUpperCase() : out;
}

function convertLine(line: string): string {
	const { capitals, small } = counts(line);
	const capitalLine = small === 0 && capitals >= 3;
	return line.replace(WORD, (word) => convertWord(word, capitalLine));
}

/** Converts text read from TCVN3 bytes (or TCVN3 characters saved again as Unicode) to Unicode. */
export function convertTcvn3(text: string): string {
	return text.replace(/[^\r\n]+/g, convertLine);
}
