import { max, min, scaleLinear } from 'd3';
import { formatChange, formatScore, type Lang } from '$lib/format';
import { NEUTRAL, OKABE_ITO } from '../palette';
import { fitText, r2, textWidth } from '../text';
import { spreadLabels } from '../trend-lines/layout';

/** A unit's value in the first and the second year. */
export interface SlopeRow {
	key: string;
	label: string;
	from: number | null;
	to: number | null;
}

/** Rising blue, falling vermillion, unchanged or incomplete grey. */
export function slopeColor(row: SlopeRow): string {
	if (row.from === null || row.to === null || row.from === row.to) return NEUTRAL.none;
	return row.to > row.from ? OKABE_ITO.blue : OKABE_ITO.vermillion;
}

export function slopeLayout(
	rows: readonly SlopeRow[],
	options: { width: number; height?: number; decimals?: number; lang?: Lang; domain?: [number, number] }
) {
	const { width, decimals = 2, lang = 'vi' } = options;
	const height = options.height ?? Math.max(200, rows.length * 16 + 60);
	const values = rows.flatMap((r) => [r.from, r.to]).filter((v): v is number => v !== null);
	const top = 30;
	const bottom = height - 12;
	const y = scaleLinear()
		.domain(options.domain ?? [min(values) ?? 0, max(values) ?? 1])
		.range([bottom, top]);
	const valueWidth = textWidth(formatScore(max(values) ?? 0, decimals, lang), 11) + 8;
	const nameWidth = Math.min(width * 0.36, (max(rows, (r) => textWidth(r.label, 11)) ?? 0) + 4);
	const x1 = r2(valueWidth + 4);
	const x2 = r2(Math.max(x1 + 40, width - valueWidth - nameWidth - 8));
	const at = (v: number | null) => (v === null ? null : r2(y(v)));
	const leftYs = spreadLabels(
		rows.map((r) => at(r.from) ?? bottom),
		12,
		top,
		bottom
	);
	const rightYs = spreadLabels(
		rows.map((r) => at(r.to) ?? bottom),
		12,
		top,
		bottom
	);
	return {
		width,
		height,
		x1,
		x2,
		top,
		rows: rows.map((r, i) => ({
			...r,
			y1: at(r.from),
			y2: at(r.to),
			color: slopeColor(r),
			leftY: leftYs[i]!,
			rightY: rightYs[i]!,
			fromText: formatScore(r.from, decimals, lang),
			toText: `${formatScore(r.to, decimals, lang)} ${fitText(r.label, nameWidth, 11)}`,
			change: r.from === null || r.to === null ? '–' : formatChange(r.to - r.from, decimals, lang)
		}))
	};
}

export function slopeTable(
	rows: readonly SlopeRow[],
	columns: [string, string, string, string],
	decimals = 2,
	lang: Lang = 'vi'
) {
	return {
		columns: [...columns],
		rows: rows.map((r) => [
			r.label,
			formatScore(r.from, decimals, lang),
			formatScore(r.to, decimals, lang),
			r.from === null || r.to === null ? '–' : formatChange(r.to - r.from, decimals, lang)
		])
	};
}
