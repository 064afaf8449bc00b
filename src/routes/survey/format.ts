import { formatScore, type Lang } from '$lib/format';

/** "83,12–87,40"; "–" when there is no interval. */
export function formatInterval(low: number | null, high: number | null, lang: Lang): string {
	if (low == null || high == null) return '–';
	return `${formatScore(low, 2, lang)}–${formatScore(high, 2, lang)}`;
}
