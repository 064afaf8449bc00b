/*
 * Facts that read-excel-file does not report, read from the XML parts: which part holds a sheet, which cell
 * styles are percentages, which cells hold an error (#N/A, #DIV/0!) or a formula saved without its result,
 * and which cells are merged. The library reads the values; this only says where the special cells are, by
 * their A1 reference.
 */
import { walkXml } from './xml';

/** Sheet name → path of its part inside the package, in workbook order. */
export function sheetParts(workbookXml: string, relsXml: string): Map<string, string> {
	const targets = new Map<string, string>();
	walkXml(relsXml, {
		open(name, attrs) {
			if (name !== 'Relationship') return;
			const a = attrs();
			const id = a.get('Id');
			const target = a.get('Target');
			if (id && target) targets.set(id, target);
		}
	});
	const parts = new Map<string, string>();
	walkXml(workbookXml, {
		open(name, attrs) {
			if (name !== 'sheet') return;
			const a = attrs();
			const sheet = a.get('name');
			// The relationship id is `r:id`, whatever the prefix of the relationships namespace.
			const id = [...a].find(([key]) => key.endsWith(':id'))?.[1];
			const target = id ? targets.get(id) : undefined;
			if (sheet !== undefined && target) parts.set(sheet, resolvePart(target));
		}
	});
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
	const formatOf: number[] = [];
	let inCellXfs = false;
	walkXml(stylesXml, {
		open(name, attrs) {
			if (name === 'numFmt') {
				const a = attrs();
				if (isPercentCode(a.get('formatCode') ?? '')) formats.add(Number(a.get('numFmtId')));
			} else if (name === 'cellXfs') inCellXfs = true;
			else if (name === 'xf' && inCellXfs) formatOf.push(Number(attrs().get('numFmtId') ?? 0));
		},
		close(name) {
			if (name === 'cellXfs') inCellXfs = false;
		}
	});
	// numFmts come before cellXfs in the part, but the answer does not depend on it.
	const styles = new Set<number>();
	formatOf.forEach((format, index) => formats.has(format) && styles.add(index));
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

interface OpenCell {
	ref: string | undefined;
	type: string;
	style: number;
	formula: boolean;
	/** The text of `<v>`; null when the cell has none. */
	value: string | null;
}

/** Walks a worksheet part once. */
export function scanCells(sheetXml: string, percentStyleIds: Set<number>): CellFacts {
	const facts: CellFacts = { errors: [], uncached: [], percent: new Set(), merges: [] };
	let cell: OpenCell | null = null;
	let inValue = false;
	walkXml(sheetXml, {
		open(name, attrs) {
			if (name === 'c') {
				const a = attrs();
				const style = Number(a.get('s') ?? -1);
				cell = { ref: a.get('r'), type: a.get('t') ?? 'n', style, formula: false, value: null };
			} else if (cell && name === 'f') cell.formula = true;
			else if (cell && name === 'v') {
				cell.value = '';
				inValue = true;
			} else if (name === 'mergeCell') {
				const ref = attrs().get('ref');
				if (ref) facts.merges.push(ref);
			}
		},
		text(text) {
			if (inValue && cell) cell.value += text;
		},
		close(name) {
			if (name === 'v') inValue = false;
			if (name !== 'c' || !cell) return;
			const { ref, type, style, formula, value } = cell as OpenCell;
			cell = null;
			if (!ref) return;
			if (type === 'e') facts.errors.push({ ref, code: (value ?? '').trim() || '#?' });
			else if (value === null && formula) facts.uncached.push(ref);
			else if (type === 'n' && value !== null && percentStyleIds.has(style)) facts.percent.add(ref);
		}
	});
	return facts;
}
