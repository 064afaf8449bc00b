import { max, min, scaleLinear } from 'd3';
import { formatCount, formatScore, type Lang } from '$lib/format';
import { linearTicks, tickCount } from '../axis';
import { fitText, r2, textWidth } from '../text';

/** One unit: a value with its interval (e.g. a 95 % confidence interval) and its sample size. */
export interface DotRow {
	key: string;
	label: string;
	value: number | null;
	low?: number | null;
	high?: number | null;
	n?: number | null;
	/** Drawn grey and hollow: too few answers to rank on (the caller decides). */
	muted?: boolean;
}

export interface DotPlotOptions {
	width: number;
	domain?: [number, number];
	decimals?: number;
	lang?: Lang;
	rowHeight?: number;
	/** Keep the given order instead of sorting by value. */
	keepOrder?: boolean;
}

export interface DotLayout extends DotRow {
	mid: number;
	cx: number | null;
	x1: number | null;
	x2: number | null;
	shownLabel: string;
	valueText: string;
}

const GAP = 6;
const AXIS = 20;

/** Rows by value (highest first), units without a value last; stable otherwise. */
export function sortDots<T extends DotRow>(rows: readonly T[]): T[] {
	return [...rows].sort(
		(a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0)
	);
}

export function dotPlotLayout(rows: readonly DotRow[], options: DotPlotOptions) {
	const { width, decimals = 2, lang = 'vi', rowHeight = 22 } = options;
	const sorted = options.keepOrder ? [...rows] : sortDots(rows);
	const ends = sorted.flatMap((r) => [r.low, r.high, r.value]).filter((v): v is number => v != null);
	const domain = options.domain ?? [min(ends) ?? 0, max(ends) ?? 1];
	const longest = max(sorted, (r) => textWidth(r.label)) ?? 0;
	const labelRight = r2(Math.min(longest, width * 0.38, 220) + GAP);
	const valueWidth = textWidth(formatScore(domain[1], decimals, lang)) + GAP * 2;
	const plotLeft = labelRight + GAP;
	const plotRight = r2(Math.max(plotLeft + 20, width - valueWidth));
	const x = scaleLinear().domain(domain).range([plotLeft, plotRight]).nice().clamp(true);
	const at = (v: number | null | undefined) => (v == null ? null : r2(x(v)));

	const dots: DotLayout[] = sorted.map((row, i) => ({
		...row,
		mid: r2(i * rowHeight + rowHeight / 2),
		cx: at(row.value),
		x1: at(row.low),
		x2: at(row.high),
		shownLabel: fitText(row.label, labelRight - GAP),
		valueText: formatScore(row.value, decimals, lang)
	}));
	return {
		width,
		height: sorted.length * rowHeight + AXIS,
		rowHeight,
		labelX: r2(labelRight - GAP),
		valueX: r2(plotRight + GAP),
		plotLeft: r2(plotLeft),
		plotRight,
		dots,
		ticks: linearTicks(x, tickCount(plotRight - plotLeft), lang)
	};
}

export function dotPlotTable(
	rows: readonly DotRow[],
	columns: { unit: string; value: string; low: string; high: string; n: string },
	decimals = 2,
	lang: Lang = 'vi'
) {
	return {
		columns: [columns.unit, columns.value, columns.low, columns.high, columns.n],
		rows: sortDots(rows).map((r) => [
			r.label,
			formatScore(r.value, decimals, lang),
			formatScore(r.low, decimals, lang),
			formatScore(r.high, decimals, lang),
			formatCount(r.n, lang)
		])
	};
}
