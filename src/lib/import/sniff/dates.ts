/*
 * Dates as Vietnamese files write them: day first (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), ISO
 * yyyy-mm-dd, or a bare year; a time may follow ("15/03/2025 08:30"). Month first is never assumed: a value
 * such as 12/25/2024 is an error, and `detectDateColumn` reports that the column looks month-first (a US
 * export, e.g. Google Forms timestamps) instead of silently swapping.
 */
import { isMissing, trimCell } from './missing';
import type { DateColumnGuess } from './schema';
import { isValueError, valueError, type ValueError } from './value-error';

const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const DMY = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);
const DMY_SHORT_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})$/;
const YMD = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
const YEAR = /^(1[89]\d{2}|2[01]\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(
	text: string,
	[year, month, day]: [number, number, number],
	time: (string | undefined)[],
	dayFirst: boolean
): string | ValueError {
	if (month < 1 || month > 12) {
		const swapped = dayFirst && day >= 1 && day <= 12;
		const hint = swapped ? '; có thể tệp ghi tháng trước ngày (kiểu Mỹ), chiso chỉ đọc ngày/tháng/năm' : '';
		return valueError(text, `Tháng ${month} không tồn tại${hint}`);
	}
	if (day < 1 || day > daysInMonth(year, month)) {
		return valueError(text, `Ngày ${day}/${month}/${year} không tồn tại`);
	}
	const date = `${year}-${pad(month)}-${pad(day)}`;
	const [h, m, s] = time;
	if (h === undefined) return date;
	const hours = Number(h);
	const minutes = Number(m);
	const seconds = Number(s ?? 0);
	if (hours > 23 || minutes > 59 || seconds > 59) return valueError(text, `Giờ ${h}:${m} không hợp lệ`);
	return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

export type DateKind = 'dmy' | 'iso' | 'year';

/** Which written form a value has (before checking that the date exists), or null. */
export function dateKind(text: string): DateKind | null {
	const t = trimCell(text);
	if (DMY.test(t)) return 'dmy';
	if (YMD.test(t)) return 'iso';
	if (YEAR.test(t)) return 'year';
	return null;
}

/**
 * Reads a date: ISO "yyyy-mm-dd" (with "Thh:mm:ss" when a time is given), "yyyy" for a bare year, null for a
 * missing cell, or an error with the reason.
 */
export function parseDate(text: string): string | null | ValueError {
	const t = trimCell(text);
	if (isMissing(t)) return null;
	let m = DMY.exec(t);
	if (m) return build(t, [Number(m[4]), Number(m[3]), Number(m[1])], [m[5], m[6], m[7]], true);
	m = YMD.exec(t);
	if (m) return build(t, [Number(m[1]), Number(m[3]), Number(m[4])], [m[5], m[6], m[7]], false);
	if (YEAR.test(t)) return t;
	if (DMY_SHORT_YEAR.test(t)) return valueError(t, 'Năm phải có đủ 4 chữ số (ví dụ 15/03/2025)');
	return valueError(t, 'Không phải ngày (chiso đọc ngày/tháng/năm hoặc năm-tháng-ngày)');
}

/** How a column writes dates, and whether values such as 12/25/2024 show it is not day/month/year. */
export function detectDateColumn(values: readonly string[]): DateColumnGuess {
	const kinds = new Set<DateKind>();
	let parsed = 0;
	let failed = 0;
	let monthFirstCount = 0;
	let monthFirstExample: string | null = null;
	for (const value of values) {
		const result = parseDate(value);
		if (result === null) continue;
		if (isValueError(result)) {
			failed++;
			const m = DMY.exec(result.text);
			if (m && Number(m[3]) > 12) {
				monthFirstCount++;
				monthFirstExample ??= result.text;
			}
			continue;
		}
		parsed++;
		kinds.add(dateKind(value) as DateKind);
	}
	const full = [...kinds].filter((k) => k !== 'year');
	const format = kinds.size === 0 ? null : full.length > 1 ? 'mixed' : (full[0] ?? 'year');
	return {
		format,
		parsed,
		failed,
		monthFirst: monthFirstExample === null ? null : { count: monthFirstCount, example: monthFirstExample }
	};
}
