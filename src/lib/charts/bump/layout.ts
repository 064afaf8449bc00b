import { extent, line, max, range, scaleLinear } from 'd3';
import { NEUTRAL, seriesColor } from '../palette';
import { fitText, r2, textWidth } from '../text';
import { spreadLabels, trendSegments } from '../trend-lines/layout';

/** A unit's rank over the years; a null rank (not ranked that year) leaves a gap. */
export interface BumpSeries {
	key: string;
	label: string;
	points: { year: number; rank: number | null; method?: string | null; list?: string | null }[];
	color?: string;
}

/**
 * Where every line of a bump chart goes: rank 1 on top, one row per rank (`rowHeight` px). Lines break
 * where a year is missing, where the method changes and where the list of units changes (ranks under two
 * methods, or of 63 and of 34 provinces, are not one scale). With more series than the palette has colours, only the highlighted one
 * is coloured.
 */
export function bumpLayout(
	series: readonly BumpSeries[],
	options: { width: number; rowHeight?: number; maxHeight?: number; highlight?: string | null }
) {
	const { width, highlight, maxHeight = 360 } = options;
	const all = series.flatMap((s) => s.points);
	const [y0, y1] = extent(all, (p) => p.year) as [number | undefined, number | undefined];
	const first = y0 ?? 0;
	const last = y1 ?? 1;
	const maxRank = max(all, (p) => p.rank) ?? 1;
	// Rows shrink so 63 ranks stay within maxHeight; labels are spread apart anyway.
	const rowHeight = Math.min(options.rowHeight ?? 18, maxHeight / Math.max(2, maxRank));
	const labelWidth = Math.min(width * 0.3, (max(series, (s) => textWidth(s.label, 11)) ?? 0) + 30);
	const top = 10;
	const height = Math.round(top + Math.max(2, maxRank) * rowHeight + 24);
	const left = 28;
	const right = width - labelWidth;
	const x = scaleLinear()
		.domain(first === last ? [first - 0.5, last + 0.5] : [first, last])
		.range([left, right]);
	const y = scaleLinear()
		.domain([1, Math.max(2, maxRank)])
		.range([top + rowHeight / 2, top + (Math.max(2, maxRank) - 0.5) * rowHeight]);
	const path = line<{ year: number; value: number }>()
		.x((p) => r2(x(p.year)))
		.y((p) => r2(y(p.value)));
	const coloured = series.length <= 7;

	const drawn = series.map((s, i) => {
		const runs = trendSegments(
			s.points.map((p) => ({ year: p.year, value: p.rank, method: p.method, list: p.list })),
			false,
			true
		);
		const lastPoint = runs.at(-1)?.at(-1);
		const color =
			s.color ?? (coloured ? seriesColor(i) : s.key === highlight ? seriesColor(0) : NEUTRAL.none);
		return {
			key: s.key,
			label: s.label,
			color,
			paths: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
			dots: runs.flat().map((p) => ({ year: p.year, rank: p.value, cx: r2(x(p.year)), cy: r2(y(p.value)) })),
			end: lastPoint ? { rank: lastPoint.value, y: r2(y(lastPoint.value)) } : null
		};
	});
	const ended = drawn.filter((d) => d.end);
	const ys = spreadLabels(
		ended.map((d) => d.end!.y),
		12,
		top,
		height - 24
	);
	const ends = ended.map((d, i) => ({
		key: d.key,
		y: ys[i]!,
		text: fitText(`${d.end!.rank}. ${d.label}`, labelWidth - 8, 11)
	}));
	const years = range(first, last + 1);
	const every = Math.max(1, Math.ceil((years.length * 34) / Math.max(1, right - left)));
	return {
		width,
		height,
		left,
		right: r2(right),
		series: drawn,
		ends,
		endX: r2(right + 8),
		rankTicks: range(1, maxRank + 1)
			.filter((r) => r === 1 || r % (maxRank > 20 ? 10 : 5) === 0)
			.map((r) => ({ pos: r2(y(r)), text: String(r) })),
		yearTicks: years
			.filter((yr) => (last - yr) % every === 0)
			.map((yr) => ({ pos: r2(x(yr)), text: String(yr) }))
	};
}

/** One row per unit, its rank each year ("–" when not ranked). */
export function bumpTable(series: readonly BumpSeries[], unitColumn: string) {
	const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	return {
		columns: [unitColumn, ...years.map(String)],
		rows: series.map((s) => [
			s.label,
			...years.map((yr) => {
				const rank = s.points.find((p) => p.year === yr)?.rank;
				return rank == null ? '–' : String(rank);
			})
		])
	};
}
