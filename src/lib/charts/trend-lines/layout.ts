import { extent, line, max, min, range, scaleLinear } from 'd3';
import { formatScore, type Lang } from '$lib/format';
import { linearTicks } from '../axis';
import { NEUTRAL, seriesColor } from '../palette';
import { fitText, r2, textWidth } from '../text';

export interface TrendPoint {
	year: number;
	value: number | null;
	/** The method version the value was computed under; a change breaks the line. */
	method?: string | null;
	/** The list of units the value belongs to (63 or 34 provinces): a change is marked, the line goes on. */
	list?: string | null;
}

export interface TrendSeries {
	key: string;
	label: string;
	points: TrendPoint[];
	/** A reference (national average…): drawn dashed in ink, never highlighted. */
	reference?: boolean;
	color?: string;
}

export interface TrendOptions {
	width: number;
	height?: number;
	decimals?: number;
	lang?: Lang;
	domain?: [number, number];
	/** Draw the line across a method change (default: broken there). */
	joinBreaks?: boolean;
	/** Names at the line ends (default: when the chart is at least 480 px wide). */
	endLabels?: boolean;
}

type Defined = TrendPoint & { value: number };

/**
 * Runs of points a line may join: consecutive years, each with a value, under one method (unless
 * `joinBreaks`). A missing year or value, or a method change, starts a new run; with `breakOnList`, so does a
 * change of list of units (ranks: 21st of 34 does not follow 36th of 63, though the values' line may go on).
 */
export function trendSegments(
	points: readonly TrendPoint[],
	joinBreaks = false,
	breakOnList = false
): Defined[][] {
	const runs: Defined[][] = [];
	let run: Defined[] = [];
	let prev: TrendPoint | undefined;
	for (const p of [...points].sort((a, b) => a.year - b.year)) {
		const ok = p.value !== null && Number.isFinite(p.value);
		const joins =
			ok &&
			prev !== undefined &&
			prev.value !== null &&
			p.year === prev.year + 1 &&
			(joinBreaks || !methodChanged(prev, p)) &&
			!(breakOnList && listChanged(prev, p));
		if (!joins && run.length) {
			runs.push(run);
			run = [];
		}
		if (ok) run.push(p as Defined);
		prev = p;
	}
	if (run.length) runs.push(run);
	return runs;
}

function methodChanged(a: TrendPoint, b: TrendPoint): boolean {
	return a.method != null && b.method != null && a.method !== b.method;
}

function listChanged(a: TrendPoint, b: TrendPoint): boolean {
	return a.list != null && b.list != null && a.list !== b.list;
}

/** Years whose value is under a different method than the year before, in any series. */
export function methodBreaks(series: readonly TrendSeries[]): number[] {
	const years = new Set<number>();
	for (const s of series) {
		const pts = s.points.filter((p) => p.method != null).sort((a, b) => a.year - b.year);
		for (let i = 1; i < pts.length; i++) if (methodChanged(pts[i - 1]!, pts[i]!)) years.add(pts[i]!.year);
	}
	return [...years].sort((a, b) => a - b);
}

/** Years where a series' values move to another list of units (a province of the 63 going on as one of the 34). */
export function listBreaks(series: readonly TrendSeries[]): number[] {
	const years = new Set<number>();
	for (const s of series) {
		const pts = s.points.filter((p) => p.list != null && p.value !== null).sort((a, b) => a.year - b.year);
		for (let i = 1; i < pts.length; i++) if (pts[i - 1]!.list !== pts[i]!.list) years.add(pts[i]!.year);
	}
	return [...years].sort((a, b) => a - b);
}

/** Spread label positions so none is closer than `gap` to the next, keeping their order. */
export function spreadLabels(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	const out = order.map((o) => o.y);
	for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k]!, out[k - 1]! + gap);
	const overflow = (out[out.length - 1] ?? lo) - hi;
	if (overflow > 0) for (let k = 0; k < out.length; k++) out[k] = out[k]! - overflow;
	for (let k = out.length - 2; k >= 0; k--) out[k] = Math.min(out[k]!, out[k + 1]! - gap);
	for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k]!, lo);
	const result = new Array<number>(ys.length);
	order.forEach((o, k) => (result[o.i] = r2(out[k]!)));
	return result;
}

export function trendLayout(series: readonly TrendSeries[], options: TrendOptions) {
	const { width, height = 260, decimals = 2, lang = 'vi', joinBreaks = false } = options;
	const all = series.flatMap((s) => s.points);
	const [y0, y1] = extent(all, (p) => p.year) as [number | undefined, number | undefined];
	const firstYear = y0 ?? 0;
	const lastYear = y1 ?? 1;
	const values = all.map((p) => p.value).filter((v): v is number => v !== null);
	const endLabels = options.endLabels ?? width >= 480;
	const labelSpace = endLabels
		? Math.min(width * 0.28, (max(series, (s) => textWidth(s.label, 11)) ?? 0) + 10)
		: 0;
	const left = textWidth(formatScore(max(values) ?? 0, decimals, lang), 11) + 8;
	const breakYears = [
		...methodBreaks(series).map((year) => ({ year, kind: 'method' as const })),
		...listBreaks(series).map((year) => ({ year, kind: 'list' as const }))
	]
		.filter((b) => b.year > firstYear)
		.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
	// Break labels take one line above the plot per break, up to three (they take turns, so neighbouring
	// years do not print over each other; a list change near the right edge reads leftwards over them).
	const labelRows = Math.min(3, Math.max(1, breakYears.length));
	const top = 11 + 11 * labelRows;
	const bottom = height - 22;
	// Without end labels, room for half of the last year's tick label.
	const right = width - labelSpace - (endLabels ? 10 : 18);
	const x = scaleLinear()
		.domain(firstYear === lastYear ? [firstYear - 0.5, lastYear + 0.5] : [firstYear, lastYear])
		.range([left, right]);
	const y = scaleLinear()
		.domain(options.domain ?? [min(values) ?? 0, max(values) ?? 1])
		.range([bottom, top])
		.nice();
	const path = line<Defined>()
		.x((p) => r2(x(p.year)))
		.y((p) => r2(y(p.value)));

	let colourIndex = 0;
	const drawn = series.map((s) => {
		const color = s.reference ? NEUTRAL.ink : (s.color ?? seriesColor(colourIndex++));
		const runs = trendSegments(s.points, joinBreaks);
		const last = runs.at(-1)?.at(-1);
		return {
			key: s.key,
			label: s.label,
			reference: s.reference ?? false,
			color,
			paths: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
			dots: runs.flat().map((p) => ({ year: p.year, cx: r2(x(p.year)), cy: r2(y(p.value)) })),
			endY: last ? r2(y(last.value)) : null
		};
	});
	const labelled = drawn.filter((d) => d.endY !== null);
	const spread = spreadLabels(
		labelled.map((d) => d.endY!),
		13,
		top,
		bottom
	);
	const ends = endLabels
		? labelled.map((d, i) => ({
				key: d.key,
				color: d.color,
				y: spread[i]!,
				text: fitText(d.label, labelSpace - 8, 11)
			}))
		: [];

	const years = range(firstYear, lastYear + 1);
	const every = Math.max(1, Math.ceil((years.length * 34) / Math.max(1, right - left)));
	const yearTicks = years
		.filter((yr) => (lastYear - yr) % every === 0)
		.map((yr) => ({ pos: r2(x(yr)), text: String(yr) }));
	const step = years.length > 1 ? (right - left) / (years.length - 1) : right - left;
	const columns = years.map((year) => ({
		year,
		mid: r2(x(year)),
		x: r2(x(year) - step / 2),
		width: r2(step)
	}));
	const breaks = breakYears.map(({ year: yr, kind }, i) => {
		const bx = r2(x(yr - 0.5));
		// A label near the right edge is written leftwards from the marker.
		const leftwards = bx > width - 110;
		return {
			year: yr,
			kind,
			x: bx,
			labelX: r2(leftwards ? bx - 3 : bx + 3),
			labelY: top - 8 - (i % labelRows) * 11,
			anchor: leftwards ? 'end' : 'start'
		};
	});

	return {
		width,
		height,
		top,
		bottom,
		left: r2(left),
		right: r2(right),
		series: drawn,
		ends,
		yearTicks,
		valueTicks: linearTicks(y, Math.max(2, Math.floor((bottom - top) / 45)), lang),
		columns,
		breaks,
		endLabelX: r2(right + 8)
	};
}

/**
 * Dots of a series as one path of circles: 63 series × 14 years are 63 elements instead of 882 (each element
 * costs the browser far more than its path data; see trend_render_ms in the README).
 */
export function dotsPath(dots: readonly { cx: number; cy: number }[], r: number): string {
	return dots
		.map((p) => `M${r2(p.cx - r)},${p.cy}a${r},${r} 0 1,0 ${r2(2 * r)},0a${r},${r} 0 1,0 ${r2(-2 * r)},0`)
		.join('');
}

/** Values of every series in `year`, highest first (the tooltip of a year column). */
export function valuesInYear(series: readonly TrendSeries[], year: number, decimals = 2, lang: Lang = 'vi') {
	return series
		.map((s) => ({ label: s.label, value: s.points.find((p) => p.year === year)?.value ?? null }))
		.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity))
		.map((v) => `${v.label}: ${formatScore(v.value, decimals, lang)}`);
}

/** One row per series, one column per year. */
export function trendTable(
	series: readonly TrendSeries[],
	unitColumn: string,
	decimals = 2,
	lang: Lang = 'vi'
) {
	const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	return {
		columns: [unitColumn, ...years.map(String)],
		rows: series.map((s) => [
			s.label,
			...years.map((yr) => formatScore(s.points.find((p) => p.year === yr)?.value, decimals, lang))
		])
	};
}
