/*
 * The rows of a file as the table finder sees them (filled cells, the kind of each cell), and the patterns
 * that mark a row as not data: totals, notes and signatures, group rows, the row numbering the columns.
 */
import { foldText } from '$lib/units/fold';
import { dateKind } from './dates';
import { isMissing, trimCell } from './missing';
import { isNumberLike } from './numbers';
import type { CsvRecord } from './rows';

export type CellKind = 'empty' | 'missing' | 'number' | 'year' | 'text';

export interface Row {
	record: CsvRecord;
	cells: string[];
	filled: number;
	/** Kind of each cell, worked out on first use (most data rows never need it). */
	readonly kinds: CellKind[];
}

const YEAR = /^(19|20)\d{2}$/;

function cellKind(cell: string): CellKind {
	if (cell === '') return 'empty';
	if (YEAR.test(cell)) return 'year';
	if (isNumberLike(cell) || dateKind(cell) !== null) return 'number';
	if (isMissing(cell)) return 'missing';
	return 'text';
}

export function toRow(record: CsvRecord): Row {
	const cells = record.fields.map(trimCell);
	let kinds: CellKind[] | undefined;
	return {
		record,
		cells,
		filled: cells.filter((c) => c !== '').length,
		get kinds() {
			kinds ??= cells.map(cellKind);
			return kinds;
		}
	};
}

export const isBlank = (r: Row) => r.filled === 0;
const firstFilled = (r: Row) => r.cells.find((c) => c !== '') ?? '';
export const joined = (r: Row) => r.cells.filter((c) => c !== '').join(' ');
export const effectiveLength = (r: Row) => r.cells.findLastIndex((c) => c !== '') + 1;

// ── Row patterns ────────────────────────────────────────────────────────────────────────────────────────

/** Totals anywhere in the table: whole first cell, or a phrase that starts it ("Tổng cộng (63 tỉnh)"). */
const TOTAL_WORDS = ['tong', 'cong', 'total', 'grand total', 'sum'];
const TOTAL_PHRASES = ['tong cong', 'tong so', 'toan tinh', 'toan thanh pho', 'ca nuoc'];
/** Averages: also a Likert label ("Trung bình") or a tier name, so only trusted below the data. */
const AVERAGE_WORDS = ['trung binh', 'binh quan', 'average', 'mean', 'tb'];
const AVERAGE_PHRASES = ['trung binh chung', 'gia tri trung binh', 'binh quan chung', 'trung binh cong'];

/** First letters of the words above (Tổng, Cộng, Cả, Toàn, Trung, Bình, Giá, Total, Sum, Grand, Average, Mean). */
const TOTAL_INITIALS = /^[tcbgsam]/i;

export function isTotal(r: Row, belowData: boolean): boolean {
	const first = firstFilled(r);
	if (!TOTAL_INITIALS.test(first)) return false;
	const key = foldText(first);
	const words = belowData ? [...TOTAL_WORDS, ...AVERAGE_WORDS] : TOTAL_WORDS;
	const phrases = belowData ? [...TOTAL_PHRASES, ...AVERAGE_PHRASES] : TOTAL_PHRASES;
	return words.includes(key) || phrases.some((p) => key === p || key.startsWith(`${p} `));
}

const NOTE_STARTS = [
	'nguon',
	'ghi chu',
	'chu thich',
	'luu y',
	'nguoi lap',
	'nguoi ky',
	'nguoi tong hop',
	'thu truong',
	'giam doc',
	'pho giam doc',
	'chu tich',
	'pho chu tich',
	'truong phong',
	'kt',
	'tm',
	'tl',
	'ky ten',
	'ky ghi ro ho ten',
	'ky va ghi ro ho ten',
	'ky dong dau',
	'xac nhan',
	'noi nhan',
	'source',
	'note',
	'notes',
	'prepared by'
];
/** "Quảng Ninh, ngày 15 tháng 3 năm 2025" and the blank form "ngày … tháng … năm 20…". */
const DATE_LINE = /(^| )ngay( \d{1,2})? thang( \d{1,2})? nam( \d{2,4})?( |$)/;

export function isNote(r: Row): boolean {
	const text = joined(r);
	const key = foldText(text);
	if (NOTE_STARTS.some((s) => key === s || key.startsWith(`${s} `))) return true;
	if (/^\s*[*(]/.test(text) && r.kinds.every((k) => k !== 'number')) return true;
	return DATE_LINE.test(key);
}

const SECTION_LABEL = /^(?:[IVXLC]+|[A-Z])[.)]?$/;
const SECTION_TEXT = /^(?:[IVXLC]+|[A-Z])[.)]\s+\S/;
const SECTION_WORDS = ['khoi', 'nhom', 'khu vuc', 'vung', 'cap'];

/**
 * "I. Khối sở, ban, ngành" or "A,Khối UBND huyện" between data rows; in a list without numbers (`list`), also a
 * group name alone in capitals. In a score table such a row is a unit whose scores are missing ("HÀ NỘI,,,"),
 * which the check must report, not skip.
 */
export function isSection(r: Row, wide: number, list = false): boolean {
	if (r.filled > 2 || r.filled >= wide) return false;
	const filled = r.cells.filter((c) => c !== '');
	const [first = '', second] = filled;
	if (second !== undefined && !SECTION_LABEL.test(first)) return false;
	const text = second ?? first;
	if (second === undefined && SECTION_TEXT.test(text)) return true;
	// A group name alone in capitals, without its label ("CÁC SỞ, BAN, NGÀNH"): several words, no lower case.
	if (list && second === undefined && /\p{Lu}{2,}\s+\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)) return true;
	const key = foldText(text);
	// After a label, a group name in capitals counts too ("I,KHỐI SỞ, BAN, NGÀNH").
	return (
		SECTION_WORDS.some((w) => key.startsWith(`${w} `)) || (second !== undefined && /\p{Lu}{3}/u.test(text))
	);
}

/** "(1),(2),(3)", "1,2,3", "A,B,1,2,3=1+2": the row Vietnamese forms put under the header. */
export function isColumnNumbers(r: Row): boolean {
	const filled = r.cells.filter((c) => c !== '');
	if (filled.length < 2) return false;
	const numbers: number[] = [];
	for (const c of filled) {
		const m = /^\(?(\d{1,2})(?:\s*=.+)?\)?$/.exec(c);
		if (m) numbers.push(Number(m[1]));
		else if (!/^\(?[A-Z]\)?$/i.test(c)) return false;
	}
	return (
		numbers.length >= 2 &&
		numbers.every((n, i) => n === (numbers[0] as number) + i) &&
		(numbers[0] as number) <= 1
	);
}
