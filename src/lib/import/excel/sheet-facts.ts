/*
 * The facts of one sheet that the Excel library does not report (error cells, formulas without a result,
 * percent formats, merged cells), read from the package's XML parts. Null when this platform cannot inflate
 * ZIP entries: the import goes on without them and says so.
 */
import { excelError } from './errors';
import { percentStyles, scanCells, sheetParts, type CellFacts } from './sheet-xml';
import { canInflate, readZipEntry, type ZipEntry } from './zip';

export async function readSheetFacts(
	bytes: Uint8Array,
	parts: Map<string, ZipEntry>,
	sheetName: string
): Promise<CellFacts | null> {
	if (!canInflate()) return null;
	const decoder = new TextDecoder();
	const text = async (name: string) => {
		const entry = parts.get(name);
		return entry ? decoder.decode(await readZipEntry(bytes, entry)) : '';
	};
	const [workbook, rels, styles] = await Promise.all([
		text('xl/workbook.xml'),
		text('xl/_rels/workbook.xml.rels'),
		text('xl/styles.xml')
	]);
	try {
		const path = sheetParts(workbook, rels).get(sheetName);
		// The library found this sheet; a part that cannot be placed is read as having no facts.
		if (!path || !parts.has(path)) return { errors: [], uncached: [], percent: new Set(), merges: [] };
		return scanCells(await text(path), percentStyles(styles));
	} catch (error) {
		// The library parsed these parts with the same parser, so this is a part it did not need.
		throw excelError('unreadable', error);
	}
}
