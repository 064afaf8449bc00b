import { formatLocale, type FormatLocaleObject } from 'd3';

/*
 * Number formats as people read them. vi-VN: decimal comma, thousands dot ("85,32", "1.234"); en: the
 * reverse. d3-format computes, so the charts and the tables share one definition.
 */

export type Lang = 'vi' | 'en';

const locales: Record<Lang, FormatLocaleObject> = {
	vi: formatLocale({
		decimal: ',',
		thousands: '.',
		grouping: [3],
		currency: ['', '\u00a0₫'],
		percent: '%',
		minus: '−'
	}),
	en: formatLocale({
		decimal: '.',
		thousands: ',',
		grouping: [3],
		currency: ['', '\u00a0VND'],
		percent: '%',
		minus: '−'
	})
};

export function numberLocale(lang: Lang): FormatLocaleObject {
	return locales[lang];
}
