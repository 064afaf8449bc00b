// Folding for name matching, local to the catalog (units/ has its own for place names).

/**
 * Lower case, Vietnamese diacritics removed, đ → d, every run of punctuation or spaces → one space, trimmed:
 * "Tính minh bạch (Transparency)" → "tinh minh bach transparency"; "Đà Nẵng" → "da nang".
 */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/đ/g, 'd')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
