/*
 * Facts that read-excel-file does not report, read from the XML parts with small regular expressions:
 * which part holds a sheet, which cell styles are percentages, which cells hold an error (#N/A, #DIV/0!)
 * or a formula saved without its result, and which cells are merged. The library reads the values; this
 * only says where the special cells are, by their A1 reference.
 */

/** Element names may carry a namespace prefix (`<x:c>` from the Open XML SDK). */
const P = '(?:[\\w.-]+:)?';

function unescapeXml(text: string): string {
	return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, named) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(parseInt(dec, 10));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
	});
}

/** Attributes of one start tag, by qualified name, unescaped. */
export function attributes(tag: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
		out.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ''));
	}
	return out;
}

/** Sheet name → path of its part inside the package, in workbook order. */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
	const targets = new Map<string, string>();
	for (const m of relsXml.matchAll(new RegExp(`<${P}Relationship\\b([^>]*)>`, 'g'))) {
		const a = attributes(m[1]!);
		const id = a.get('Id');
		const target = a.get('Target');
		if (id && target) targets.set(id, target);
	}
	const parts = new Map<string, string>();
	for (const m of workbookXml.matchAll(new RegExp(`<${P}sheet\\b([^>]*)>`, 'g'))) {
		const a = attributes(m[1]!);
		const name = a.get('name');
		// The relationship id is `r:id`, whatever the prefix of the relationships namespace.
		const id = [...a].find(([key]) => key.endsWith(':id'))?.[1];
		const target = id ? targets.get(id) : undefined;
		if (name !== undefined && target) parts.set(name, resolvePart(target));
	}
	return parts;
}

/** A relationship target of xl/workbook.xml as a package path ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function resolvePart(target: string): string {
	const segments = target.startsWith('/') ? [] : ['xl'];
	for (const segment of target.replace(/^\//, '').split('/')) {
		if (segment === '..') segments.pop();
		else if (segment !== '.' && segment !== '') segments.push(segment);
	}
	return segments.join('/');
}

/** Built-in number formats that show a percentage (0% and 0.00%). */
const PERCENT_FORMATS = new Set([9, 10]);

/** A format code shows a percentage when it has a % outside quoted text and not escaped. */
function isPercentCode(code: string): boolean {
	return /%/.test(code.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/** Indexes of the cell styles (`cellXfs`, the `s` attribute of a cell) whose number format is a percentage. */
export function percentStyles(stylesXml: string): Set<number> {
	const formats = new Set(PERCENT_FORMATS);
	for (const m of stylesXml.matchAll(new RegExp(`<${P}numFmt\\b([^>]*)>`, 'g'))) {
		const a = attributes(m[1]!);
		if (isPercentCode(a.get('formatCode') ?? '')) formats.add(Number(a.get('numFmtId')));
	}
	const styles = new Set<number>();
	const block = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(stylesXml)?.[1] ?? '';
	let index = 0;
	for (const m of block.matchAll(new RegExp(`<${P}xf\\b([^>]*)>`, 'g'))) {
		if (formats.has(Number(attributes(m[1]!).get('numFmtId') ?? 0))) styles.add(index);
		index++;
	}
	return styles;
}

export interface CellFacts {
	/** Cells holding an error value, with the code as Excel shows it. */
	errors: { ref: string; code: string }[];
	/** Formula cells saved without a cached result. */
	uncached: string[];
	/** Number cells formatted as a percentage. */
	percent: Set<string>;
	/** Merged ranges ("A1:G1"). */
	merges: string[];
}

/** Walks every `<c>` of a worksheet part once. */
export function scanCells(sheetXml: string, percentStyleIds: Set<number>): CellFacts {
	const facts: CellFacts = { errors: [], uncached: [], percent: new Set(), merges: [] };
	const cell = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
	const formula = new RegExp(`<${P}f[\\s/>]`);
	const value = new RegExp(`<${P}v(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${P}v>)`);
	for (const m of sheetXml.matchAll(cell)) {
		const a = attributes(m[1]!);
		const ref = a.get('r');
		if (!ref) continue;
		const type = a.get('t') ?? 'n';
		const inner = m[2] ?? '';
		const v = value.exec(inner);
		if (type === 'e') facts.errors.push({ ref, code: unescapeXml(v?.[1] ?? '').trim() || '#?' });
		else if (!v && formula.test(inner)) facts.uncached.push(ref);
		else if (type === 'n' && v && percentStyleIds.has(Number(a.get('s') ?? -1))) facts.percent.add(ref);
	}
	for (const m of sheetXml.matchAll(new RegExp(`<${P}mergeCell\\b([^>]*)>`, 'g'))) {
		const ref = attributes(m[1]!).get('ref');
		if (ref) facts.merges.push(ref);
	}
	return facts;
}

/** "AB12" → { row: 12, column: 27 } (1-based). */
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
