/*
 * Which encoding a file's bytes are in, and how to turn them into Unicode text.
 *
 * Order of the checks: nothing at all → a binary magic number (xlsx, pdf, png…) → a byte order mark →
 * UTF-16 without a BOM (zero bytes on every other position) → NUL or control bytes (binary) → valid UTF-8 →
 * otherwise a single-byte file. Legacy Vietnamese text (Windows-1258, TCVN3/ABC, VNI, and TCVN3 or VNI
 * characters saved again as UTF-8) is told apart by decoding a sample each way and keeping the reading whose
 * words are Vietnamese syllables (`vietnamese-text.ts`).
 *
 * Only the first MiB and the last 64 KiB are examined, so a large file costs the same as a small one.
 */
import { countByteLineBreaks } from './line-breaks';
import { binaryMessage, detectBinaryFormat, looksBinary } from './magic';
import type { Charset, Confidence, Encoding, EncodingGuess, Repair } from './schema';
import { convertTcvn3 } from './tcvn3';
import { scoreVietnamese, type VietnameseScore } from './vietnamese-text';
import { convertVni } from './vni';

export const SAMPLE_HEAD_BYTES = 256 << 10;
export const SAMPLE_TAIL_BYTES = 64 << 10;
/** Characters of the decoded sample that are scored. */
const SCORE_CHARS = 64 << 10;

const UTF8: Encoding = { charset: 'utf-8', repair: null };

// ── Decoding ────────────────────────────────────────────────────────────────────────────────────────────

/** Characters of Windows-1252, by byte: the way back from mojibake to the bytes that made it. */
const WINDOWS_1252_BYTES: ReadonlyMap<string, number> = (() => {
	const all = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
	return new Map(Array.from(all, (c, i) => [c, i]));
})();

/** UTF-8 that was read as Windows-1252 and saved again ("HÃ  Ná»™i"), read back; null when it is not. */
function undoMojibake(text: string, partial = false): string | null {
	const bytes = new Uint8Array(text.length);
	let n = 0;
	for (const c of text) {
		const b = WINDOWS_1252_BYTES.get(c);
		if (b === undefined) return null;
		bytes[n++] = b;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: partial });
	} catch {
		return null;
	}
}

function repair(text: string, kind: Repair | null, partial = false): string {
	switch (kind) {
		case 'tcvn3':
			return convertTcvn3(text);
		case 'vni':
			return convertVni(text);
		case 'utf-8-mojibake':
			return undoMojibake(text, partial) ?? text;
		case null:
			return text;
	}
}

/** Decodes in 16 MiB pieces: TextDecoder silently returns '' for a single input of about 512 MB or more. */
function decodeCharset(bytes: Uint8Array, charset: Charset, partial: boolean): string {
	const decoder = new TextDecoder(charset);
	const piece = 16 << 20;
	let out = '';
	for (let i = 0; i < bytes.length; i += piece) {
		const last = i + piece >= bytes.length;
		out += decoder.decode(bytes.subarray(i, i + piece), { stream: !last || partial });
	}
	return out;
}

/**
 * The file as Unicode text (NFC): BOM removed, legacy encodings converted. Use the `encoding` of a text
 * guess from `detectEncoding`. Bytes that do not fit the charset become U+FFFD.
 */
export function decode(bytes: Uint8Array, encoding: Encoding): string {
	return repair(decodeCharset(bytes, encoding.charset, false), encoding.repair).normalize('NFC');
}

/**
 * Part of a file as text, for sampling: starts on a character boundary (a UTF-8 continuation byte or the odd
 * byte of UTF-16 is skipped) and drops a character cut at the end.
 */
export function decodeRange(bytes: Uint8Array, encoding: Encoding, start: number, end: number): string {
	let s = Math.max(0, start);
	let e = Math.min(bytes.length, end);
	const wide = encoding.charset === 'utf-16le' || encoding.charset === 'utf-16be';
	if (wide) {
		if (s % 2 === 1) s++;
		if ((e - s) % 2 === 1 && e < bytes.length) e--;
	} else if (encoding.charset === 'utf-8') {
		for (let k = 0; k < 3 && s > 0 && s < e && ((bytes[s] as number) & 0xc0) === 0x80; k++) s++;
	}
	const partial = e < bytes.length;
	const text = decodeCharset(bytes.subarray(s, e), encoding.charset, partial);
	return repair(text, encoding.repair, partial).normalize('NFC');
}

/** Physical line breaks (CRLF, LF or a lone CR) in the bytes before `end`, without decoding them. */
export function countLineBreaks(bytes: Uint8Array, charset: Charset, end = bytes.length): number {
	const stop = Math.min(end, bytes.length);
	if (charset !== 'utf-16le' && charset !== 'utf-16be') return countByteLineBreaks(bytes, stop);
	const unit =
		charset === 'utf-16le'
			? (i: number) => (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
			: (i: number) => ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
	let breaks = 0;
	for (let i = 0; i + 1 < stop; i += 2) {
		const u = unit(i);
		if (u === 0x0a) breaks++;
		else if (u === 0x0d && (i + 3 >= stop || unit(i + 2) !== 0x0a)) breaks++;
	}
	return breaks;
}

// ── Labels and messages ─────────────────────────────────────────────────────────────────────────────────

const CHARSET_LABELS: Record<Charset, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	'windows-1258': 'Windows-1258',
	'windows-1252': 'Windows-1252'
};

/** Short name of an encoding for the interface. */
export function encodingLabel(encoding: Encoding): string {
	const charset = CHARSET_LABELS[encoding.charset];
	switch (encoding.repair) {
		case 'tcvn3':
			return encoding.charset === 'windows-1252' ? 'TCVN3 (ABC)' : `TCVN3 (ABC) trong tệp ${charset}`;
		case 'vni':
			return encoding.charset === 'windows-1252' ? 'VNI-Windows' : `VNI-Windows trong tệp ${charset}`;
		case 'utf-8-mojibake':
			return `UTF-8 bị mã hoá hai lần (tệp ${charset})`;
		case null:
			return charset;
	}
}

const UNSURE = 'chiso không chắc chắn: hãy kiểm tra chữ có dấu ở phần xem trước.';

function textMessage(encoding: Encoding, confidence: Confidence, asciiOnly: boolean): string {
	const sure = confidence !== 'low';
	const unicode = encoding.charset.startsWith('utf-16')
		? `Unicode ${CHARSET_LABELS[encoding.charset]} (thường do Excel lưu dạng “Unicode Text”)`
		: 'Unicode (UTF-8)';
	switch (encoding.repair) {
		case 'tcvn3':
			return sure
				? `Tệp được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime)${encoding.charset === 'windows-1252' ? '' : ` rồi lưu lại bằng ${unicode}`}; chiso đã chuyển sang Unicode. Hãy kiểm tra chữ in hoa có dấu (phông .VnTimeH) ở phần xem trước.`
				: `Có thể tệp được gõ bằng bảng mã TCVN3 (ABC); chiso đã thử chuyển sang Unicode nhưng ${UNSURE}`;
		case 'vni':
			return sure
				? `Tệp được gõ bằng bảng mã VNI (phông VNI-Times)${encoding.charset === 'windows-1252' ? '' : ` rồi lưu lại bằng ${unicode}`}; chiso đã chuyển sang Unicode.`
				: `Có thể tệp được gõ bằng bảng mã VNI; chiso đã thử chuyển sang Unicode nhưng ${UNSURE}`;
		case 'utf-8-mojibake':
			return sure
				? 'Chữ có dấu trong tệp đã bị lỗi mã hoá hai lần (ví dụ “HÃ  Ná»™i” thay cho “Hà Nội”); chiso đã khôi phục lại.'
				: `Có thể chữ có dấu trong tệp đã bị lỗi mã hoá hai lần; chiso đã thử khôi phục nhưng ${UNSURE}`;
		case null:
			break;
	}
	switch (encoding.charset) {
		case 'utf-8':
			return asciiOnly
				? 'Tệp chỉ có ký tự không dấu (ASCII); chiso đọc như Unicode (UTF-8).'
				: 'Tệp được lưu bằng Unicode (UTF-8).';
		case 'utf-16le':
		case 'utf-16be':
			return `Tệp được lưu bằng ${unicode}; chiso đọc được trực tiếp.`;
		case 'windows-1258':
			return sure
				? 'Tệp được lưu bằng bảng mã Windows-1258; chiso đã chuyển sang Unicode.'
				: `Có thể tệp được lưu bằng bảng mã Windows-1258; chiso đã chuyển sang Unicode nhưng ${UNSURE}`;
		case 'windows-1252':
			return `Tệp không phải Unicode; chiso đọc theo bảng mã Windows-1252 (Tây Âu) nhưng ${UNSURE} Nếu chữ sai, hãy lưu lại tệp trong Excel dạng “CSV UTF-8”.`;
	}
}

// ── Detection ───────────────────────────────────────────────────────────────────────────────────────────

function detectBom(bytes: Uint8Array): { charset: Charset; length: number } | null {
	const [a, b, c] = bytes;
	if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
	if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
	if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
	return null;
}

/** UTF-16 without a BOM: text that is mostly ASCII has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): Charset | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i++) {
		if (bytes[i] === 0) {
			if (i % 2 === 0) evenZero++;
			else oddZero++;
		}
	}
	const pairs = n / 2;
	if (oddZero >= 0.2 * pairs && evenZero <= oddZero / 4) return 'utf-16le';
	if (evenZero >= 0.2 * pairs && oddZero <= evenZero / 4) return 'utf-16be';
	return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
	const whole = bytes.length <= SAMPLE_HEAD_BYTES + SAMPLE_TAIL_BYTES;
	try {
		if (whole) {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			return true;
		}
		new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, SAMPLE_HEAD_BYTES), { stream: true });
		let s = bytes.length - SAMPLE_TAIL_BYTES;
		for (let k = 0; k < 3 && ((bytes[s] as number) & 0xc0) === 0x80; k++) s++;
		new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(s));
		return true;
	} catch {
		return false;
	}
}

interface Candidate {
	encoding: Encoding;
	text: string;
	score: VietnameseScore;
}

function candidate(encoding: Encoding, raw: string, partial: boolean): Candidate {
	const text = repair(raw, encoding.repair, partial).normalize('NFC');
	return { encoding, text, score: scoreVietnamese(text) };
}

/** Letters that TCVN3 or VNI text saved as Unicode can contain: Latin-1 and the Windows-1252 extras. */
function onlyLegacyCharacters(text: string): boolean {
	for (const c of text) if (c.charCodeAt(0) > 0xff && !WINDOWS_1252_BYTES.has(c)) return false;
	return true;
}

/** Best first: higher share of valid words, then more valid words, then the earlier (less invasive) one. */
function best(candidates: readonly Candidate[]): Candidate {
	let top = candidates[0] as Candidate;
	for (const c of candidates.slice(1)) {
		const better =
			c.score.ratio > top.score.ratio + 1e-9 ||
			(Math.abs(c.score.ratio - top.score.ratio) <= 1e-9 && c.score.valid > top.score.valid);
		if (better) top = c;
	}
	return top;
}

function confidenceOf(chosen: Candidate, candidates: readonly Candidate[]): Confidence {
	const { words, ratio } = chosen.score;
	if (words === 0) return 'medium';
	const others = candidates.filter((c) => c !== chosen && c.text !== chosen.text);
	const second = Math.max(0, ...others.map((c) => c.score.ratio));
	if (ratio >= 0.9 && ratio - second >= 0.2 && words >= 3) return 'high';
	return ratio >= 0.6 ? 'medium' : 'low';
}

function textGuess(
	encoding: Encoding,
	bom: boolean,
	confidence: Confidence,
	asciiOnly = false
): EncodingGuess {
	return {
		status: 'text',
		encoding,
		bom,
		confidence,
		converted: encoding.repair !== null || encoding.charset.startsWith('windows-'),
		transcode: encoding.charset !== 'utf-8' || encoding.repair !== null,
		label: encodingLabel(encoding),
		message: textMessage(encoding, confidence, asciiOnly)
	};
}

function emptyGuess(
	reason: 'no-bytes' | 'only-bom' | 'only-whitespace',
	encoding: Encoding,
	bom: boolean
): EncodingGuess {
	const bomName = encoding.charset === 'utf-8' ? 'UTF-8' : 'UTF-16';
	const message = {
		'no-bytes': 'Tệp rỗng (0 byte): không có dữ liệu để nhập.',
		'only-bom': `Tệp chỉ có dấu BOM của ${bomName}, không có dữ liệu.`,
		'only-whitespace': 'Tệp chỉ có khoảng trắng và dòng trống, không có dữ liệu.'
	}[reason];
	return { status: 'empty', reason, encoding, bom, message };
}

/** Sample text (head, and tail of a large file) decoded with `charset`, without repair. */
function sampleText(bytes: Uint8Array, charset: Charset): { text: string; partial: boolean } {
	const plain: Encoding = { charset, repair: null };
	if (bytes.length <= SAMPLE_HEAD_BYTES + SAMPLE_TAIL_BYTES) {
		return { text: decodeCharset(bytes, charset, false).slice(0, SCORE_CHARS * 2), partial: false };
	}
	const head = decodeRange(bytes, plain, 0, SAMPLE_HEAD_BYTES).slice(0, SCORE_CHARS);
	const tail = decodeRange(bytes, plain, bytes.length - SAMPLE_TAIL_BYTES, bytes.length).slice(-SCORE_CHARS);
	return { text: `${head}\n${tail}`, partial: true };
}

/** Works out how to read a file's bytes. See the file comment for the order of the checks. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
	if (bytes.length === 0) return emptyGuess('no-bytes', UTF8, false);
	const format = detectBinaryFormat(bytes);
	if (format !== null) return { status: 'binary', format, message: binaryMessage(format) };

	const bom = detectBom(bytes);
	if (bom !== null && bytes.length === bom.length) {
		return emptyGuess('only-bom', { charset: bom.charset, repair: null }, true);
	}
	const wide = bom === null ? guessUtf16(bytes) : null;
	let charset: Charset | null = bom?.charset ?? wide;
	if (charset === null) {
		const head = bytes.subarray(0, SAMPLE_HEAD_BYTES);
		if (looksBinary(head) || looksBinary(bytes.subarray(-SAMPLE_TAIL_BYTES))) {
			return { status: 'binary', format: 'unknown', message: binaryMessage('unknown') };
		}
		if (isValidUtf8(bytes)) charset = 'utf-8';
	}

	let chosen: Candidate;
	let confidence: Confidence;
	if (charset !== null) {
		// Unicode as it stands, unless its characters are legacy Vietnamese saved again as Unicode.
		const { text, partial } = sampleText(bytes, charset);
		const asIs = candidate({ charset, repair: null }, text, partial);
		const candidates = [asIs];
		if (/[\u0080-\uffff]/.test(text) && onlyLegacyCharacters(text)) {
			for (const kind of ['tcvn3', 'vni', 'utf-8-mojibake'] as const) {
				candidates.push(candidate({ charset, repair: kind }, text, partial));
			}
		}
		chosen = best(candidates);
		confidence = chosen === asIs ? (wide !== null ? 'medium' : 'high') : confidenceOf(chosen, candidates);
		if (chosen === asIs && !/[\u0080-\uffff]/.test(text) && charset === 'utf-8') {
			return finish(bytes, textGuess(chosen.encoding, bom !== null, 'high', true));
		}
	} else {
		const vietnamese = sampleText(bytes, 'windows-1258');
		const western = sampleText(bytes, 'windows-1252');
		const candidates = [
			candidate({ charset: 'windows-1258', repair: null }, vietnamese.text, vietnamese.partial),
			candidate({ charset: 'windows-1252', repair: 'tcvn3' }, western.text, western.partial),
			candidate({ charset: 'windows-1252', repair: 'vni' }, western.text, western.partial),
			candidate({ charset: 'windows-1252', repair: null }, western.text, western.partial)
		];
		chosen = best(candidates);
		confidence = confidenceOf(chosen, candidates);
	}
	return finish(bytes, textGuess(chosen.encoding, bom !== null, confidence));
}

/** A small file that decodes to nothing but spaces and line breaks is reported as empty. */
function finish(bytes: Uint8Array, guess: EncodingGuess): EncodingGuess {
	if (guess.status !== 'text' || bytes.length > SAMPLE_HEAD_BYTES) return guess;
	if (decode(bytes, guess.encoding).trim() === '')
		return emptyGuess('only-whitespace', guess.encoding, guess.bom);
	return guess;
}

/**
 * Letters lost before chiso saw the file: "?" inside a word ("N?i"), starting one ("?à"), or ending a word of
 * at most three letters before another word ("H? N?i"), from saving Vietnamese in a code page without
 * those letters; and U+FFFD replacement characters. A question mark after a longer word is a question.
 */
export function countLostCharacters(text: string): number {
	const lost =
		/(?<=\p{L})\?(?=\p{L})|(?<=[\s,;\t|"]|^)\?(?=\p{L})|(?<=(?:^|[\s,;\t|"])\p{L}{1,3})\?(?=[ \t]\p{L})/gmu;
	return (text.match(lost)?.length ?? 0) + (text.match(/\uFFFD/g)?.length ?? 0);
}
