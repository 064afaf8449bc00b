/** "AB12" → { row: 12, column: 28 } (1-based). */
export function parseRef(ref: string): { row: number; column: number } | null {
	const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
	if (!m) return null;
	let column = 0;
	for (const ch of m[1]!.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
	return { row: Number(m[2]), column };
}

/** "A2:A3" → its corners; a single cell is a range of one. */
export function parseRange(
	range: string
): { top: number; left: number; bottom: number; right: number } | null {
	const [from, to = from] = range.split(':');
	const a = parseRef(from ?? '');
	const b = parseRef(to ?? '');
	if (!a || !b) return null;
	return {
		top: Math.min(a.row, b.row),
		left: Math.min(a.column, b.column),
		bottom: Math.max(a.row, b.row),
		right: Math.max(a.column, b.column)
	};
}
