/*
 * One palette for every chart. Hues are Okabe–Ito (Okabe & Ito 2008), chosen to stay distinct under the
 * common colour-vision deficiencies; ordered groups run from blue (best) to vermillion (worst) so "better"
 * reads the same in every index. Neutral colours (ink, grid, background) are CSS variables with a light
 * fallback: on a page they follow the theme in src/app.css, in an exported file the fallback is used.
 */
import { interpolateRdBu, quantize, rgb, schemeRdBu } from 'd3';

export const OKABE_ITO = {
	blue: '#0072B2',
	sky: '#56B4E9',
	green: '#009E73',
	yellow: '#F0E442',
	orange: '#E69F00',
	vermillion: '#D55E00',
	purple: '#CC79A7',
	grey: '#7A7A7A'
} as const;

/** Colours of the group labels indices publish, best first. One label has one colour everywhere. */
export const GROUP_SCHEMES: Record<string, readonly string[]> = {
	par: ['A', 'B', 'C', 'D'],
	papi: ['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp'],
	pci: ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp'],
	local: ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu']
};

const { blue, sky, green, yellow, orange, vermillion, purple, grey } = OKABE_ITO;

/*
 * Labels shared by two schemes ("Tốt", "Khá", "Thấp", "Trung bình") keep one colour: the six PCI tiers fix
 * them, and the four- and five-level schemes reuse those hues in the same order.
 */
export const GROUP_COLORS: Readonly<Record<string, string>> = {
	A: blue,
	B: sky,
	C: orange,
	D: vermillion,
	Cao: blue,
	'Trung bình cao': sky,
	'Trung bình thấp': orange,
	'Rất tốt': blue,
	'Xuất sắc': blue,
	Tốt: sky,
	Khá: green,
	'Trung bình': yellow,
	'Tương đối thấp': orange,
	Thấp: vermillion,
	Yếu: vermillion,
	Kém: vermillion
};

/** Series colours in order (trend lines, slope chart): distinct hues before any repeat. */
export const SERIES_COLORS: readonly string[] = [blue, vermillion, green, purple, orange, sky, yellow];

/** Neutrals as CSS `var()` with their light fallback (see `--chart-*` in src/app.css). */
export const NEUTRAL = {
	ink: 'var(--chart-ink, #1c1917)',
	muted: 'var(--chart-muted, #57534e)',
	grid: 'var(--chart-grid, #e7e5e4)',
	bg: 'var(--chart-bg, #ffffff)',
	bar: `var(--chart-bar, ${blue})`,
	none: `var(--chart-none, ${grey})`,
	highlight: 'var(--chart-highlight, #b91c1c)'
} as const;

/** The colour of a group label, or the neutral bar colour for no group or a label not in the palette. */
export function groupColor(group: string | null | undefined, custom?: Record<string, string>): string {
	if (group == null || group === '') return NEUTRAL.bar;
	return custom?.[group] ?? GROUP_COLORS[group] ?? NEUTRAL.bar;
}

/** The colour of the i-th series (wraps around after the palette). */
export function seriesColor(i: number): string {
	const n = SERIES_COLORS.length;
	return SERIES_COLORS[((i % n) + n) % n]!;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
		const c = parseInt(h!, 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour for a label drawn on `fill`: near-black or white, whichever contrasts more (AA needs 4.5). */
export function textOn(fill: string): '#1c1917' | '#ffffff' {
	return contrast(fill, '#1c1917') >= contrast(fill, '#ffffff') ? '#1c1917' : '#ffffff';
}

/**
 * Five answer levels, 1 (very dissatisfied) to 5 (very satisfied): ColorBrewer RdBu, colour-blind safe, with
 * a grey neutral that still shows on white.
 */
export const LIKERT_COLORS: readonly string[] = ['#CA0020', '#F4A582', '#D9D9D9', '#92C5DE', '#0571B0'];

/**
 * Colours of `n` answer levels, lowest first: the five above for a 1–5 scale; for other scales (1–4, 1–7,
 * 1–10) ColorBrewer RdBu of that size, its near-white middle (odd sizes) replaced by the same grey.
 */
export function likertColors(n: number): readonly string[] {
	if (n === LIKERT_COLORS.length) return LIKERT_COLORS;
	if (n <= 2) return [LIKERT_COLORS[0]!, LIKERT_COLORS[4]!].slice(0, Math.max(n, 0));
	const scheme = n <= 11 ? [...schemeRdBu[n]!] : quantize(interpolateRdBu, n).map((c) => rgb(c).formatHex());
	if (n % 2 === 1) scheme[(n - 1) / 2] = LIKERT_COLORS[2]!;
	return scheme.map((c) => c.toUpperCase());
}

/** Sequential colours (heatmap, tile map by value): ColorBrewer Blues, light (low) to dark (high). */
export const SEQUENTIAL = ['#EFF3FF', '#C6DBEF', '#9ECAE1', '#6BAED6', '#3182BD', '#08519C'] as const;
