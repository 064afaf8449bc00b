/*
 * Name folding: the key under which unit names are compared.
 *
 * foldText: lower case, diacritics removed (so both tone placements, "hoà"/"hòa" and "thuỷ"/"thủy", fold
 * equal), đ → d, every character that is not a letter or digit → space, spaces collapsed.
 * foldName: foldText, then administrative prefixes at the start are dropped ("UBND huyện Nga Sơn" → "nga son").
 *
 * Prefix rules (decided here):
 * - A prefix is recognised with its diacritics ("tỉnh", "quận"), or without them only when the whole text has
 *   none (typed without diacritics: "Thanh pho Ho Chi Minh"). So "Tịnh Biên" and "Quan Hóa" keep their first
 *   word ("tịnh" is not "tỉnh"; a writer who typed "Hóa" would have typed "Quận"). Plain-ASCII input stays
 *   ambiguous ("Quan Hoa" → "hoa"); the registry therefore also compares names unstripped (foldText) first.
 * - A prefix is dropped only when more words follow, and never when only digits would remain:
 *   "Quận 1" and "Phường 1" stay "quan 1" and "phuong 1" (stripped, both would be "1").
 * - "Ban" is never dropped: in sở/ban/ngành lists it is part of the agency's name ("Ban Dân tộc",
 *   "Ban Quản lý Khu kinh tế"), so "Ban Dân tộc" stays "ban dan toc".
 */

/** Longest first, so "thành phố" wins over nothing shorter and "thị xã" over "xã". */
const PREFIXES: readonly (readonly string[])[] = [
	['ủy', 'ban', 'nhân', 'dân'],
	['thành', 'phố'],
	['thị', 'xã'],
	['thị', 'trấn'],
	['đặc', 'khu'],
	['t', 'p'],
	['tỉnh'],
	['tp'],
	['ubnd'],
	['huyện'],
	['quận'],
	['xã'],
	['phường'],
	['sở']
];

interface Word {
	/** Lower case NFC, as written. */
	raw: string;
	/** Diacritics removed, đ → d. */
	folded: string;
}

/** Removes diacritics and maps đ (and the look-alike ð) to d; expects lower case. */
function stripMarks(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đð]/g, 'd');
}

function words(text: string): Word[] {
	return text
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}\p{M}]+/u)
		.filter((w) => w !== '')
		.map((raw) => ({ raw, folded: stripMarks(raw) }))
		.filter((w) => w.folded !== '');
}

/** The diacritics of a word as a sorted list, so "uỷ" and "ủy" (mark on another vowel) compare equal. */
function marks(word: string): string {
	const found = word.normalize('NFD').match(/[\p{M}đð]/gu) ?? [];
	return found.sort().join('');
}

/** `plain`: the whole text was typed without diacritics, so a prefix is compared without them too. */
function sameWord(written: Word, prefixWord: string, plain: boolean): boolean {
	if (written.folded !== stripMarks(prefixWord)) return false;
	return plain || marks(written.raw) === marks(prefixWord);
}

function prefixLength(ws: readonly Word[]): number {
	const plain = ws.every((w) => w.raw === w.folded);
	for (const prefix of PREFIXES) {
		if (ws.length <= prefix.length) continue;
		if (!prefix.every((p, i) => sameWord(ws[i] as Word, p, plain))) continue;
		const rest = ws.slice(prefix.length);
		if (rest.every((w) => /^\d+$/.test(w.folded))) continue;
		return prefix.length;
	}
	return 0;
}

/** Lower case, no diacritics, đ → d, punctuation → space, spaces collapsed. No prefix is removed. */
export function foldText(text: string): string {
	return words(text)
		.map((w) => w.folded)
		.join(' ');
}

/** foldText, then leading administrative prefixes removed (repeatedly: "UBND tỉnh Thanh Hóa" → "thanh hoa"). */
export function foldName(text: string): string {
	let ws = words(text);
	for (let n = prefixLength(ws); n > 0; n = prefixLength(ws)) ws = ws.slice(n);
	return ws.map((w) => w.folded).join(' ');
}

export type Generation = 'GSO-63' | 'QD19-2025';

/**
 * Splits a trailing "(mới)"/"(cũ)" qualifier, as the press writes "tỉnh Lào Cai (mới)" for a merged
 * province: "mới"/"new" → QD19-2025, "cũ"/"old" → GSO-63. Without a qualifier, `generation` is undefined.
 */
export function splitGeneration(text: string): { text: string; generation?: Generation } {
	const ws = text.normalize('NFC').trimEnd();
	const match = /^(.*?)[\s(]+(mới|moi|new|cũ|cu|old)\)?$/iu.exec(ws);
	if (!match || !match[1] || foldText(match[1]) === '') return { text };
	const word = (match[2] ?? '').toLowerCase();
	const generation = ['mới', 'moi', 'new'].includes(word) ? 'QD19-2025' : 'GSO-63';
	return { text: match[1], generation };
}

/**
 * What kind of unit a name's own words say it is, from its leading words ("UBND huyện Long Hồ" → district,
 * "Sở Tư pháp" → agency, "xã Tân Hòa" → commune, "UBND tỉnh Vĩnh Long" → province); null when it does not
 * say ("Vĩnh Long", "Long Hồ"). "Thành phố"/"TP" is `city`: a province-level city (Hà Nội) or a city of a
 * province (thành phố Vĩnh Long), which only the registry can tell. Words are compared as prefixes are.
 */
export type NameKind = 'province' | 'city' | 'district' | 'commune' | 'agency';

const KIND_WORDS: readonly (readonly [readonly string[], NameKind])[] = [
	[['thành', 'phố'], 'city'],
	[['thị', 'xã'], 'district'],
	[['thị', 'trấn'], 'commune'],
	[['đặc', 'khu'], 'commune'],
	[['văn', 'phòng'], 'agency'],
	[['thanh', 'tra'], 'agency'],
	[['chi', 'cục'], 'agency'],
	[['công', 'an'], 'agency'],
	[['kho', 'bạc'], 'agency'],
	[['bảo', 'hiểm'], 'agency'],
	[['trung', 'tâm'], 'agency'],
	[['t', 'p'], 'city'],
	[['tỉnh'], 'province'],
	[['tp'], 'city'],
	[['huyện'], 'district'],
	[['quận'], 'district'],
	[['xã'], 'commune'],
	[['phường'], 'commune'],
	[['sở'], 'agency'],
	[['ban'], 'agency'],
	[['cục'], 'agency']
];

const COMMITTEE: readonly (readonly string[])[] = [['ủy', 'ban', 'nhân', 'dân'], ['ubnd']];

export function nameKind(text: string): NameKind | null {
	let ws = words(text);
	const plain = ws.every((w) => w.raw === w.folded);
	const starts = (prefix: readonly string[]) =>
		ws.length > prefix.length && prefix.every((p, i) => sameWord(ws[i] as Word, p, plain));
	const committee = COMMITTEE.find(starts);
	if (committee) ws = ws.slice(committee.length);
	const found = KIND_WORDS.find(([prefix]) => starts(prefix));
	// "UBND Long Hồ": a people's committee below the province, but of which level the words do not say.
	return found ? found[1] : null;
}
