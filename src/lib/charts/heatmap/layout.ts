import { max, min, scaleQuantize } from 'd3';
import { formatScore, type Lang } from '$lib/format';
import { NEUTRAL, SEQUENTIAL, textOn } from '../palette';
import { fitText, r2, textWidth } from '../text';

export interface HeatmapData {
	rows: { key: string; label: string }[];
	/** Components; `short` is drawn as the column head (the full label goes in its <title>). */
	columns: { key: string; label: string; short?: string }[];
	cells: { row: string; column: string; value: number | null }[];
}

/**
 * Cells coloured in six sequential steps (ColorBrewer Blues), each with its value in the text colour that
 * contrasts more. `domain` default: the cells' extent; pass a column's scale (e.g. [0, 10]) to compare
 * like with like.
 */
export function heatmapLayout(
	data: HeatmapData,
	options: { width: number; decimals?: number; lang?: Lang; domain?: [number, number]; cellHeight?: number }
) {
	const { width, decimals = 1, lang = 'vi', cellHeight = 24 } = options;
	const values = data.cells.map((c) => c.value).filter((v): v is number => v !== null);
	const domain = options.domain ?? [min(values) ?? 0, max(values) ?? 1];
	const color = scaleQuantize<string>()
		.domain(domain)
		.range([...SEQUENTIAL]);
	const longest = max(data.rows, (r) => textWidth(r.label, 11)) ?? 0;
	const labelRight = r2(Math.min(longest + 8, width * 0.34, 200));
	const head = 28;
	const cellWidth = r2((width - labelRight) / Math.max(1, data.columns.length));
	const fontSize = cellWidth < 40 ? 9 : 11;
	const byCell = new Map(data.cells.map((c) => [`${c.row}\u0000${c.column}`, c.value]));
	const cells = data.rows.flatMap((row, i) =>
		data.columns.map((col, j) => {
			const value = byCell.get(`${row.key}\u0000${col.key}`) ?? null;
			const fill = value === null ? null : color(value);
			const text = formatScore(value, decimals, lang);
			return {
				row: row.key,
				column: col.key,
				title: `${row.label} · ${col.label}: ${text}`,
				tip: [row.label, `${col.label}: ${text}`],
				x: r2(labelRight + j * cellWidth),
				y: head + i * cellHeight,
				cx: r2(labelRight + (j + 0.5) * cellWidth),
				cy: r2(head + (i + 0.5) * cellHeight),
				fill: fill ?? NEUTRAL.bg,
				textColor: fill ? textOn(fill) : NEUTRAL.muted,
				text: textWidth(text, fontSize) + 4 <= cellWidth ? text : ''
			};
		})
	);
	return {
		width,
		height: head + data.rows.length * cellHeight + 4,
		cellWidth,
		cellHeight,
		fontSize,
		labelX: r2(labelRight - 6),
		/** Each row with its cells, in column order: the grid the keyboard moves in. */
		rows: data.rows.map((r, i) => ({
			...r,
			cy: r2(head + (i + 0.5) * cellHeight),
			shown: fitText(r.label, labelRight - 8, 11),
			cells: cells.slice(i * data.columns.length, (i + 1) * data.columns.length)
		})),
		columns: data.columns.map((c, j) => ({
			...c,
			cx: r2(labelRight + (j + 0.5) * cellWidth),
			shown: fitText(c.short ?? c.label, cellWidth - 2, 10)
		})),
		cells,
		legend: color.range().map((c, i) => {
			const [a, b] = color.invertExtent(c);
			return { color: c, label: `${formatScore(a, decimals, lang)}–${formatScore(b, decimals, lang)}`, i };
		})
	};
}

export function heatmapTable(data: HeatmapData, unitColumn: string, decimals = 1, lang: Lang = 'vi') {
	const byCell = new Map(data.cells.map((c) => [`${c.row}\u0000${c.column}`, c.value]));
	return {
		columns: [unitColumn, ...data.columns.map((c) => c.label)],
		rows: data.rows.map((r) => [
			r.label,
			...data.columns.map((c) => formatScore(byCell.get(`${r.key}\u0000${c.key}`), decimals, lang))
		])
	};
}

/** The frame's legend for the same data and options: one swatch per colour step with its range. */
export function heatmapLegend(
	data: HeatmapData,
	options: { decimals?: number; lang?: Lang; domain?: [number, number] } = {}
): { label: string; color: string }[] {
	return heatmapLayout(data, { width: 1, ...options }).legend.map(({ label, color }) => ({ label, color }));
}
