import type { Lang } from './locale';

/*
 * Dates as dd/mm/yyyy (vi) or dd/mm/yyyy too in en-GB style — never the US order, which would misread
 * 06/04/2025 (6 April, when PAR 2024 was announced). Times are shown in the viewer's local time zone.
 */

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function toDate(value: Date | string): Date | null {
	const d =
		value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value);
	return Number.isNaN(d.getTime()) ? null : d;
}

/** '2025-04-06' or a Date → "06/04/2025". */
export function formatDate(value: Date | string | null | undefined, _lang: Lang = 'vi'): string {
	if (value == null) return '–';
	const d = toDate(value);
	if (!d) return '–';
	return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** A moment → "14:05 06/04/2025" (vi) or "06/04/2025 14:05" (en). */
export function formatDateTime(value: Date | string | null | undefined, lang: Lang = 'vi'): string {
	if (value == null) return '–';
	const d = toDate(value);
	if (!d) return '–';
	const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
	return lang === 'vi' ? `${time} ${formatDate(d)}` : `${formatDate(d)} ${time}`;
}
