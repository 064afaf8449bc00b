import { codeForName, type DdciConfig, type DdciSubIndex } from '$lib/indices';
import { scoresContract } from './contracts/scores';
import { isExcelFile, listSheets, sheetToCsv } from './excel';
import { prepareText } from './load/prepare';
import { autoMap } from './mapping/auto-map';
import { fold } from './rules/fold';

/*
 * A province's DDCI file as the source of its configuration (the editor at /ddci/): its number columns that
 * are not the unit, year, total, rank, group, points or a row number become the sub-indices, in the file's
 * order. A column that already names a sub-index of `known` keeps that sub-index (code, aliases, scale), so
 * scores imported earlier keep their codes; the others get a code from their initials. Weights start equal:
 * the file does not say them.
 */

/** Headers of columns that count rows or carry notes, not scores. */
const NOT_SCORES = ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no', 'ma', 'ma don vi', 'ghi chu', 'note'];

export function subIndicesFromColumns(
	headers: readonly string[],
	numeric: readonly boolean[],
	known: DdciConfig
): DdciSubIndex[] {
	const mapping = autoMap(scoresContract('DDCI', { ddci: known }), headers);
	const byColumn = new Map(Object.entries(mapping).map(([key, column]) => [column, key]));
	const taken = new Set<string>();
	const found: DdciSubIndex[] = [];
	headers.forEach((header, column) => {
		const key = byColumn.get(column);
		const name = header.trim();
		if (key?.startsWith('component:')) {
			const sub = known.subIndices.find((s) => `component:${s.code}` === key)!;
			if (!taken.has(sub.code.toLowerCase())) found.push({ ...sub });
			taken.add(sub.code.toLowerCase());
			return;
		}
		if (key !== undefined || !numeric[column] || name === '' || NOT_SCORES.includes(fold(name))) return;
		const code = codeForName(name, [...taken, ...known.subIndices.map((s) => s.code)]);
		taken.add(code.toLowerCase());
		found.push({ code, nameVi: name, aliases: [], weight: 0, max: 10 });
	});
	return found.map((s) => ({ ...s, weight: 100 / found.length }));
}

/**
 * The sub-index columns of a CSV, TSV or Excel file (its first sheet with rows), or the reasons it cannot be
 * read, in Vietnamese as the sniffer gives them.
 */
export async function subIndicesFromFile(
	fileName: string,
	bytes: Uint8Array,
	known: DdciConfig
): Promise<{ ok: true; subIndices: DdciSubIndex[] } | { ok: false; problems: string[] }> {
	let text = bytes;
	let options = {};
	if (isExcelFile(bytes, fileName)) {
		const sheets = await listSheets(bytes);
		const sheet = sheets.find((s) => s.rows > 0) ?? sheets[0];
		if (!sheet) return { ok: false, problems: [] };
		text = new TextEncoder().encode((await sheetToCsv(bytes, sheet.name)).csv);
		// A sheet comes out of the Excel reader with '.' as its decimal mark (as on the import page).
		options = { decimal: '.' };
	}
	const prepared = await prepareText(fileName, text, options);
	if (!prepared.ok) return { ok: false, problems: prepared.problems };
	const { headers, formats } = prepared.file;
	return {
		ok: true,
		subIndices: subIndicesFromColumns(
			headers,
			formats.map((f) => f !== null),
			known
		)
	};
}
