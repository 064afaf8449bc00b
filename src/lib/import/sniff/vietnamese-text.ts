/*
 * How Vietnamese a decoded text looks: the share of its words with letters beyond ASCII that are valid
 * Vietnamese syllables (initial consonant, vowel group, final consonant, at most one tone). Mojibake fails:
 * "Hµ", "Haø", "Ná»™i" are not syllables, "Hà", "Nội" are. Encoding detection decodes a sample in each
 * candidate encoding and keeps the one that reads best.
 */

const INITIAL = 'ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x';
/** Vowel groups (longest first), final glides included: "oai", "ươu", "uyê"… */
const VOWELS = [
	'iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu',
	'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê',
	'a|ă|â|e|ê|i|o|ô|ơ|u|ư|y'
].join('|');
/** Final consonants; k for the Central Highlands names written in Vietnamese (Đắk Lắk). */
const FINAL = 'ng|nh|ch|c|m|n|p|t|k';

const SYLLABLE = new RegExp(`^(?:${INITIAL})?(?:${VOWELS})(?:${FINAL})?$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True for one Vietnamese syllable, any case, composed or decomposed. */
export function isVietnameseSyllable(word: string): boolean {
	const decomposed = word.toLowerCase().normalize('NFD');
	const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
	if (tones > 1) return false;
	return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

/** Spaces, ASCII punctuation and digits, and general punctuation (quotes, dashes) split words. */
const SEPARATORS = /[\s\x21-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]+/u;

export interface VietnameseScore {
	/** Words with at least one character beyond ASCII. */
	words: number;
	/** Those that are Vietnamese syllables. */
	valid: number;
	/** valid / words, 0 when there are no such words. */
	ratio: number;
}

/** Scores a text by its words that have a character beyond ASCII. */
export function scoreVietnamese(text: string): VietnameseScore {
	let words = 0;
	let valid = 0;
	const known = new Map<string, boolean>(); // a sample repeats its words (names, labels)
	for (const word of text.split(SEPARATORS)) {
		if (!/[\u0080-\uffff]/.test(word)) continue;
		words++;
		let syllable = known.get(word);
		if (syllable === undefined) known.set(word, (syllable = isVietnameseSyllable(word)));
		if (syllable) valid++;
	}
	return { words, valid, ratio: words === 0 ? 0 : valid / words };
}
