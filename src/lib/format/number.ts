import { numberLocale, type Lang } from './locale';

/*
 * Formatting helpers for scores and counts. A missing value is shown as an en dash, never as 0.
 * Vietnamese publications print scores with a fixed number of decimals: 2 for PAR, SIPAS and PCI (91,43),
 * 4 for PAPI and DTI (45,7875 · 0,8340).
 */

const DASH = '–';

/** A score with `decimals` fixed decimals and grouped thousands: formatScore(1234.5, 2) → "1.234,50". */
export function formatScore(value: number | null | undefined, decimals = 2, lang: Lang = 'vi'): string {
	if (value == null || !Number.isFinite(value)) return DASH;
	return numberLocale(lang).format(`,.${decimals}f`)(value);
}

/** A count with grouped thousands: formatCount(85600) → "85.600". */
export function formatCount(value: number | null | undefined, lang: Lang = 'vi'): string {
	if (value == null || !Number.isFinite(value)) return DASH;
	return numberLocale(lang).format(',d')(Math.round(value));
}

/** A value already in percent (91.43) → "91,43%". */
export function formatPercent(value: number | null | undefined, decimals = 2, lang: Lang = 'vi'): string {
	if (value == null || !Number.isFinite(value)) return DASH;
	return `${formatScore(value, decimals, lang)}%`;
}

/** A signed change: +1,28 / −0,50 / 0,00. */
export function formatChange(value: number | null | undefined, decimals = 2, lang: Lang = 'vi'): string {
	if (value == null || !Number.isFinite(value)) return DASH;
	return numberLocale(lang).format(`+,.${decimals}f`)(value);
}
