import type { Database } from '$lib/db';
import { sheetToCsv } from './excel';
import { findSameFile, type ImportRecord } from './load/history';
import { prepareText } from './load/prepare';
import type { PreparedFile } from './load/prepared';
import type { NumberFormat } from './rules/number';
import type { Contract } from './contracts/field';
import type { ColumnMapping } from './validate/plan';

/* How the import page reads the chosen file (an Excel sheet as CSV text first), and its number columns. */

export type ReadResult = { ok: true; file: PreparedFile } | { ok: false; problems: string[] };

/** The file's bytes (or sheet `sheet` of an Excel workbook, when `excel`) read and understood. */
export async function readChosen(
	fileName: string,
	bytes: Uint8Array,
	sheet: string | null
): Promise<ReadResult> {
	let text = bytes;
	const notices: string[] = [];
	if (sheet !== null) {
		const csv = await sheetToCsv(bytes, sheet);
		text = new TextEncoder().encode(csv.csv);
		notices.push(...csv.notices);
	}
	// A sheet comes out of the Excel reader with '.' as its decimal mark, whatever Excel displayed.
	const prepared = await prepareText(fileName, text, sheet !== null ? { decimal: '.' } : {});
	if (!prepared.ok) return { ok: false, problems: prepared.problems };
	return { ok: true, file: { ...prepared.file, notices: [...notices, ...prepared.file.notices] } };
}

/** Each column's number format, with the decimal mark the analyst chose where the file could not tell. */
export function formatsWith(
	formats: readonly (NumberFormat | null)[],
	decimals: Readonly<Record<number, ',' | '.'>>
): (NumberFormat | null)[] {
	return formats.map((format, column) => {
		const decimal = decimals[column];
		if (!decimal) return format;
		// The other mark groups thousands (a space grouping the sniffer saw stays).
		const thousands =
			format?.thousands === ' ' ? (' ' as const) : decimal === ',' ? ('.' as const) : (',' as const);
		return { decimal, thousands };
	});
}

/** Ambiguous columns that a number field reads: the analyst is asked how to read them. */
export function ambiguousRead(
	file: PreparedFile | null,
	contract: Contract,
	mapping: ColumnMapping
): NonNullable<PreparedFile['ambiguousNumbers']> {
	return (file?.ambiguousNumbers ?? []).filter((a) =>
		contract.fields.some((f) => f.kind === 'number' && mapping[f.key] === a.column)
	);
}

/**
 * Imports of the same bytes, looked for once the mapping shows: hashing holds the page up a moment
 * (sha256.ts), better spent while the analyst reads than before. A failure only leaves the notice out.
 */
export async function sameFileSoon(db: Database, file: PreparedFile): Promise<ImportRecord[]> {
	// After the next frame: the mapping is drawn before the hash holds the page up.
	await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
	try {
		return await findSameFile(db, await file.sha256());
	} catch {
		// The check needs the hash too (load/check.ts), and reports there what went wrong.
		return [];
	}
}
