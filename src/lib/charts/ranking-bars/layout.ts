import { max, scaleLinear } from 'd3';
import { formatScore, type Lang } from '$lib/format';
import { linearTicks, tickCount } from '../axis';
import { groupColor, NEUTRAL } from '../palette';
import { fitText, r2, textWidth } from '../text';

/** One unit of a ranking bar chart. A null value is listed last, with "–" and no bar. */
export interface RankingBarRow {
	key: string;
	label: string;
	value: number | null;
	group?: string | null;
	rank?: number | null;
	note?: string;
	/** A 95 % interval around the value (a survey's estimate): drawn as a whisker across the bar's end. */
	interval?: { low: number; high: number } | null;
}

export interface RankingBarsOptions {
	width: number;
	/** Scale of the bars; default [0, the largest value]. */
	domain?: [number, number];
	decimals?: number;
	lang?: Lang;
	rowHeight?: number;
	groupColors?: Record<string, string>;
}

export interface BarLayout extends RankingBarRow {
	y: number;
	/** Vertical middle of the row (text baseline with dy 0.35em). */
	mid: number;
	/** Where the value label starts: just past the bar's end. */
	valueX: number;
	barWidth: number;
	color: string;
	/** The name as drawn (cut to fit); the full one goes in <title>. */
	shownLabel: string;
	valueText: string;
	rankText: string;
	/** The interval's ends in px, and as text ("88,66–91,57"), when the row has one. */
	whisker: { x1: number; x2: number } | null;
	intervalText: string;
}

export interface RankingBarsLayout {
	width: number;
	height: number;
	rowHeight: number;
	/** Right edges of the rank and name texts; the name column's right edge, the bars' start and end. */
	rankX: number;
	labelX: number;
	labelRight: number;
	barLeft: number;
	barRight: number;
	rankWidth: number;
	bars: BarLayout[];
	ticks: { pos: number; value: number; text: string }[];
}

const AXIS_HEIGHT = 20;
const GAP = 6;

/** Rows best first: by value (descending), then rank, then name; units without a value last. */
export function sortRankingRows<T extends RankingBarRow>(rows: readonly T[]): T[] {
	return [...rows].sort(
		(a, b) =>
			(a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) ||
			(b.value ?? 0) - (a.value ?? 0) ||
			(a.rank ?? Infinity) - (b.rank ?? Infinity) ||
			a.label.localeCompare(b.label, 'vi')
	);
}

/** Where every bar, label and tick goes. Pure: the component only draws what this returns. */
export function rankingBarsLayout(
	rows: readonly RankingBarRow[],
	options: RankingBarsOptions
): RankingBarsLayout {
	const { width, decimals = 2, lang = 'vi', rowHeight = 22, groupColors } = options;
	const sorted = sortRankingRows(rows);
	const top = max(sorted, (r) => r.value) ?? 0;
	const domain = options.domain ?? [0, top > 0 ? top : 1];
	const anyRank = sorted.some((r) => r.rank != null);
	const rankWidth = anyRank ? textWidth(String(sorted.length)) + GAP : 0;
	// The name column takes what the longest name needs, at most 38 % of the width (a phone keeps its bars).
	const longest = max(sorted, (r) => textWidth(r.label)) ?? 0;
	const labelRight = r2(rankWidth + Math.min(longest, width * 0.38, 220) + GAP);
	const valueWidth = textWidth(formatScore(domain[1], decimals, lang)) + GAP;
	const barLeft = labelRight;
	const barRight = r2(Math.max(barLeft + 20, width - valueWidth));
	const x = scaleLinear().domain(domain).range([barLeft, barRight]).clamp(true);

	const bars = sorted.map((row, i) => {
		const barWidth = row.value === null ? 0 : r2(x(row.value) - barLeft);
		const interval = row.value === null ? null : (row.interval ?? null);
		const whisker = interval ? { x1: r2(x(interval.low)), x2: r2(x(interval.high)) } : null;
		return {
			...row,
			y: i * rowHeight,
			mid: r2(i * rowHeight + rowHeight / 2),
			// The value reads past the bar, or past the interval's upper end when it reaches further.
			valueX: r2(Math.max(barLeft + barWidth, whisker?.x2 ?? 0) + 4),
			whisker,
			intervalText: interval
				? `${formatScore(interval.low, decimals, lang)}–${formatScore(interval.high, decimals, lang)}`
				: '',
			barWidth,
			color: row.value === null ? NEUTRAL.none : groupColor(row.group, groupColors),
			shownLabel: fitText(row.label, labelRight - rankWidth - GAP),
			valueText: formatScore(row.value, decimals, lang),
			rankText: row.rank == null ? '' : String(row.rank)
		};
	});

	const ticks = linearTicks(x, Math.min(5, tickCount(barRight - barLeft)), lang);

	return {
		width,
		height: sorted.length * rowHeight + AXIS_HEIGHT,
		rowHeight,
		rankX: r2(rankWidth - GAP),
		labelX: r2(labelRight - GAP),
		labelRight,
		barLeft,
		barRight,
		rankWidth: r2(rankWidth),
		bars,
		ticks
	};
}

/** The numbers as a table (the frame's "Bảng số liệu"), in the chart's order. */
export function rankingBarsTable(
	rows: readonly RankingBarRow[],
	columns: { rank: string; unit: string; value: string; group: string },
	decimals = 2,
	lang: Lang = 'vi'
): { columns: string[]; rows: string[][] } {
	const sorted = sortRankingRows(rows);
	const withGroup = sorted.some((r) => r.group);
	return {
		columns: [columns.rank, columns.unit, columns.value, ...(withGroup ? [columns.group] : [])],
		rows: sorted.map((r) => [
			r.rank == null ? '–' : String(r.rank),
			r.label,
			formatScore(r.value, decimals, lang),
			...(withGroup ? [r.group ?? '–'] : [])
		])
	};
}
