/*
 * Text measuring without a DOM: charts render on the server too (snapshots, prerendered embeds), so widths
 * are estimated from an average glyph width of Be Vietnam Pro (about 0.56 em, a little more for capitals and
 * diacritics stacked on top do not widen). Good enough to decide where to cut a label; the full text is
 * always kept in the element's <title>.
 */

export const FONT_SIZE = 12;
const AVERAGE_EM = 0.56;

/** Estimated width in px of `text` at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
	return [...text].length * fontSize * AVERAGE_EM;
}

/** `text` cut with an ellipsis to fit `width` px (at least one character and the ellipsis). */
export function fitText(text: string, width: number, fontSize = FONT_SIZE): string {
	const max = Math.floor(width / (fontSize * AVERAGE_EM));
	const chars = [...text];
	if (chars.length <= max) return text;
	return (
		chars
			.slice(0, Math.max(1, max - 1))
			.join('')
			.trimEnd() + '…'
	);
}

/** Words of `text` in lines of at most `width` px (a word longer than a line gets a line of its own). */
export function wrapText(text: string, width: number, fontSize = FONT_SIZE): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = current ? `${current} ${word}` : word;
		if (current && textWidth(next, fontSize) > width) {
			lines.push(current);
			current = word;
		} else current = next;
	}
	if (current) lines.push(current);
	return lines;
}

/** A number rounded to 2 decimals, so SVG coordinates are stable across engines and snapshots. */
export function r2(n: number): number {
	return Math.round(n * 100) / 100;
}
