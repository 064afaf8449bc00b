/*
 * The encoders of scripts/make-import-fixtures.js: Windows-1258, TCVN3, VNI, UTF-16 and a ZIP of stored
 * entries (an .xlsx renamed .csv). Written independently of the decoders in src/lib/import/sniff, so a
 * fixture that decodes back to its source text checks both sides.
 */

// ── Encoders ────────────────────────────────────────────────────────────────────────────────────────────

export const utf8 = (text) => Buffer.from(text, 'utf8');
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export function utf16(text, endian) {
	const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
	if (endian === 'le') return le;
	const be = Buffer.alloc(le.length);
	for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
	return be;
}

/** Windows-1258: a letter the code page has whole, else base letter (with ^ ˘ or horn) + tone mark byte. */
export function windows1258(text) {
	const decoded = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
	const byteOf = new Map(Array.from(decoded, (c, i) => [c, i]));
	const out = [];
	for (const ch of text.normalize('NFC')) {
		if (byteOf.has(ch)) {
			out.push(byteOf.get(ch));
			continue;
		}
		const parts = ch.normalize('NFD');
		const tone = [...parts].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c));
		const base = [...parts]
			.filter((c) => c !== tone)
			.join('')
			.normalize('NFC');
		if (!byteOf.has(base) || tone === undefined || !byteOf.has(tone)) throw new Error(`1258: ${ch}`);
		out.push(byteOf.get(base), byteOf.get(tone));
	}
	return Buffer.from(out);
}

/** TCVN3 (VN3): small letters; VN3 has no toned capitals, so those take the small letter's code. */
const TCVN3_SMALL = {
	a: 'a\xb5\xb8\xb6\xb7\xb9',
	ă: '\xa8\xbb\xbe\xbc\xbd\xc6',
	â: '\xa9\xc7\xca\xc8\xc9\xcb',
	e: 'e\xcc\xd0\xce\xcf\xd1',
	ê: '\xaa\xd2\xd5\xd3\xd4\xd6',
	i: 'i\xd7\xdd\xd8\xdc\xde',
	o: 'o\xdf\xe3\xe1\xe2\xe4',
	ô: '\xab\xe5\xe8\xe6\xe7\xe9',
	ơ: '\xac\xea\xed\xeb\xec\xee',
	u: 'u\xef\xf3\xf1\xf2\xf4',
	ư: '\xad\xf5\xf8\xf6\xf7\xf9',
	y: 'y\xfa\xfd\xfb\xfc\xfe'
};
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TCVN3_CAPITALS = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7, đ: 0xae };

export function tcvn3(text) {
	const codeOf = new Map();
	for (const [base, codes] of Object.entries(TCVN3_SMALL)) {
		TONES.forEach((tone, i) => {
			const small = (base + tone).normalize('NFC');
			codeOf.set(small, codes.charCodeAt(i));
			if (!codeOf.has(small.toUpperCase())) codeOf.set(small.toUpperCase(), codes.charCodeAt(i));
		});
	}
	for (const [letter, code] of Object.entries(TCVN3_CAPITALS)) codeOf.set(letter, code);
	for (let c = 0x20; c < 0x7f; c++) codeOf.set(String.fromCharCode(c), c);
	codeOf.set('\r', 13).set('\n', 10);
	return Buffer.from(
		Array.from(text.normalize('NFC'), (ch) => {
			if (!codeOf.has(ch)) throw new Error(`TCVN3: ${ch}`);
			return codeOf.get(ch);
		})
	);
}

/** VNI-Windows: base letter + mark character; đ ơ ư and the toned i, ỵ are single characters. */
const VNI_SINGLE = { đ: 'ñ', ơ: 'ô', ư: 'ö', ì: 'ì', í: 'í', ỉ: 'æ', ĩ: 'ó', ị: 'ò', ỵ: 'î' };
const VNI_MARK = {
	'': ['', 'ø', 'ù', 'û', 'õ', 'ï'],
	'\u0302': ['â', 'à', 'á', 'å', 'ã', 'ä'],
	'\u0306': ['ê', 'è', 'é', 'ú', 'ü', 'ë']
};

function vniLetter(ch) {
	const lower = ch.toLowerCase();
	const upper = ch !== lower;
	const cased = (s) => (upper ? s.toUpperCase() : s);
	if (VNI_SINGLE[lower]) return cased(VNI_SINGLE[lower]);
	const parts = [...lower.normalize('NFD')];
	const tone = parts.find((c) => TONES.includes(c) && c !== '') ?? '';
	const shape = parts.find((c) => c === '\u0302' || c === '\u0306') ?? '';
	const horn = parts.includes('\u031b');
	const base = horn ? VNI_SINGLE[parts[0] === 'o' ? 'ơ' : 'ư'] : parts[0];
	return cased(base + VNI_MARK[shape][TONES.indexOf(tone)]);
}

export function vni(text) {
	const latin1 = Array.from(text.normalize('NFC'), (ch) =>
		ch.charCodeAt(0) < 0x80 ? ch : vniLetter(ch)
	).join('');
	return Buffer.from(latin1, 'latin1');
}

// ── ZIP (stored entries), for an .xlsx renamed .csv ──────────────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

export function zip(entries) {
	const locals = [];
	const centrals = [];
	let offset = 0;
	for (const [name, text] of entries) {
		const nameBytes = utf8(name);
		const data = utf8(text);
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(data.length, 24);
		central.writeUInt16LE(nameBytes.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, nameBytes, data);
		centrals.push(central, nameBytes);
		offset += 30 + nameBytes.length + data.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}
