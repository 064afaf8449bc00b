/*
 * VNI-Windows (the VNI-Times fonts): a Vietnamese letter is a base letter followed by a mark character from
 * Latin-1 ("Haø Noäi" for "Hà Nội"), except đ ơ ư and the toned i, ỵ, which have one character each. Capitals
 * use the capital forms of the same characters ("HAØ NOÄI").
 *
 * Table checked against two published converters (VBKey `mdlCodeTable.bas`, duydev/vietnamese-conversion
 * `charsets.ts`): both agree with every sequence below.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

interface Mark {
	/** Combining characters the mark adds to the base letter. */
	add: string;
	/** Base letters (small) the mark may follow. */
	bases: string;
}

const ALL_VOWELS = 'aăâeêioôơuưy';

const TONE = (add: string): Mark => ({ add, bases: ALL_VOWELS });
const HAT = (add: string): Mark => ({ add: CIRCUMFLEX + add, bases: 'aeo' });
const BOWL = (add: string): Mark => ({ add: BREVE + add, bases: 'a' });

/** Mark characters, small form; the capital form (same letter upper-cased) means the same. */
const MARKS_SMALL: readonly (readonly [string, Mark])[] = [
	['ø', TONE(GRAVE)],
	['ù', TONE(ACUTE)],
	['û', TONE(HOOK)],
	['õ', TONE(TILDE)],
	['ï', TONE(DOT)],
	['â', HAT('')],
	['à', HAT(GRAVE)],
	['á', HAT(ACUTE)],
	['å', HAT(HOOK)],
	['ã', HAT(TILDE)],
	['ä', HAT(DOT)],
	['ê', BOWL('')],
	['è', BOWL(GRAVE)],
	['é', BOWL(ACUTE)],
	['ú', BOWL(HOOK)],
	['ü', BOWL(TILDE)],
	['ë', BOWL(DOT)]
];

/** Letters that are one character in VNI, small form → Unicode. */
const LETTERS_SMALL: readonly (readonly [string, string])[] = [
	['ñ', 'đ'],
	['ô', 'ơ'],
	['ö', 'ư'],
	['ì', 'ì'],
	['í', 'í'],
	['æ', 'ỉ'],
	['ó', 'ĩ'],
	['ò', 'ị'],
	['î', 'ỵ']
];

const MARKS: ReadonlyMap<string, Mark> = new Map(
	MARKS_SMALL.flatMap(([c, mark]) => [
		[c, mark],
		[c.toUpperCase(), mark]
	])
);

/** VNI single-character letter → Unicode letter, both cases. */
export const VNI_LETTERS: ReadonlyMap<string, string> = new Map(
	LETTERS_SMALL.flatMap(([c, u]) => [
		[c, u],
		[c.toUpperCase(), u.toUpperCase()]
	])
);

/** The characters VNI uses for marks, both cases. */
export const VNI_MARK_CHARACTERS: ReadonlySet<string> = new Set(MARKS.keys());

/** `previous` with the mark, or null when the mark cannot go on it (not a vowel of its kind, or toned). */
function combine(previous: string, mark: Mark): string | null {
	// The bases are toneless small letters, so a letter that already has a tone never matches.
	if (previous.length !== 1 || !mark.bases.includes(previous.toLowerCase())) return null;
	return (previous + mark.add).normalize('NFC');
}

/** Converts text read from VNI bytes (or VNI characters saved again as Unicode) to Unicode (NFC). */
export function convertVni(text: string): string {
	const out: string[] = [];
	for (const c of text) {
		const mark = MARKS.get(c);
		if (mark !== undefined && out.length > 0) {
			const combined = combine(out[out.length - 1] as string, mark);
			if (combined !== null) {
				out[out.length - 1] = combined;
				continue;
			}
		}
		out.push(VNI_LETTERS.get(c) ?? c);
	}
	return out.join('');
}
