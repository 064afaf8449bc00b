import { max, scaleLinear } from 'd3';
import { formatCount, formatPercent, type Lang } from '$lib/format';
import { likertColors, textOn } from '../palette';
import { fitText, r2, textWidth, wrapText } from '../text';

/** One question: how many answered each level, lowest first (counts or shares; they are normalised). */
export interface LikertRow {
	key: string;
	label: string;
	counts: number[];
	n?: number | null;
}

export interface LikertSegment {
	level: number;
	x: number;
	width: number;
	share: number;
	color: string;
	textColor: string;
	/** The share as text, and where its centre is; `text` is empty where the share does not fit. */
	label: string;
	cx: number;
	text: string;
}

const GAP = 6;
const AXIS = 20;
/** Below this width (a phone) each question's label goes on its own line above its bar, at full width. */
export const LIKERT_STACK_BELOW = 400;
/** A label line above a bar when stacked; a label takes at most two. */
const LABEL_LINE = 14;

/** `text` in at most two lines of `width` px, the second cut with an ellipsis if more would follow. */
function twoLines(text: string, width: number): string[] {
	const [first = '', ...rest] = wrapText(text, width);
	return rest.length === 0
		? [fitText(first, width)]
		: [fitText(first, width), fitText(rest.join(' '), width)];
}

/** Shares of each level (sum 1), or all zero when nobody answered. */
export function likertShares(counts: readonly number[]): number[] {
	const total = counts.reduce((s, c) => s + (c > 0 ? c : 0), 0);
	return counts.map((c) => (total > 0 && c > 0 ? c / total : 0));
}

/** The part left of the centre: the levels below the neutral one and half of it (1, 2 and half of 3 of 5). */
export function leftOfCentre(shares: readonly number[]): number {
	const mid = (shares.length - 1) / 2;
	return shares.reduce((s, v, i) => s + (i < mid ? v : i === mid ? v / 2 : 0), 0);
}

export function likertLayout(
	rows: readonly LikertRow[],
	options: { width: number; lang?: Lang; rowHeight?: number }
) {
	const { width, lang = 'vi', rowHeight = 26 } = options;
	const shared = rows.map((r) => likertShares(r.counts));
	const extent = max(shared, (s) => Math.max(leftOfCentre(s), 1 - leftOfCentre(s))) ?? 0.5;
	const half = Math.min(1, Math.ceil(Math.max(extent, 0.1) * 10) / 10);
	const stacked = width < LIKERT_STACK_BELOW;
	const longest = max(rows, (r) => textWidth(r.label)) ?? 0;
	const labelRight = stacked ? 0 : r2(Math.min(longest, width * 0.34, 220) + GAP);
	// Stacked, the outer ticks ("100%") sit at the plot's ends: half a tick label of room on each side.
	const inset = stacked ? textWidth('100%', 10) / 2 : 0;
	const x = scaleLinear()
		.domain([-half, half])
		.range([labelRight + GAP + inset, width - GAP - inset]);
	const barHeight = rowHeight - 8;
	const labels = rows.map((r) =>
		stacked ? twoLines(r.label, width - 2 * GAP) : [fitText(r.label, labelRight - GAP)]
	);
	// Beside: rows of rowHeight. Above: the label's lines, the bar, 6 px between questions.
	const heights = labels.map((lines) =>
		stacked ? lines.length * LABEL_LINE + 2 + barHeight + 6 : rowHeight
	);
	const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));

	const bars = rows.map((row, i) => {
		const shares = shared[i]!;
		const colors = likertColors(shares.length);
		let at = -leftOfCentre(shares);
		const segments: LikertSegment[] = shares.map((share, level) => {
			const x0 = x(at);
			at += share;
			const w = x(at) - x0;
			const color = colors[level]!;
			const text = formatPercent(share * 100, 0, lang);
			return {
				level: level + 1,
				x: r2(x0),
				width: r2(w),
				share,
				color,
				textColor: textOn(color),
				label: text,
				cx: r2(x0 + w / 2),
				// A share is printed only where it fits.
				text: textWidth(text, 10) + 4 <= w ? text : ''
			};
		});
		const y = tops[i]!;
		const lines = labels[i]!;
		const barY = stacked ? y + lines.length * LABEL_LINE + 2 : y + 4;
		const mid = r2(barY + barHeight / 2);
		return {
			...row,
			y,
			barY,
			mid,
			// Beside the bar: centred on it (dy 0.35em); above it: the first line's baseline.
			labelY: stacked ? y + LABEL_LINE - 3 : mid,
			shownLabel: lines.join(' '),
			labelLines: lines,
			segments
		};
	});
	const tickStep = half > 0.5 ? 0.5 : half > 0.2 ? 0.25 : 0.1;
	const ticks: { pos: number; text: string }[] = [];
	for (let v = -Math.floor(half / tickStep) * tickStep; v <= half + 1e-9; v += tickStep) {
		ticks.push({ pos: r2(x(v)), text: formatPercent(Math.abs(v) * 100, 0, lang) });
	}
	return {
		width,
		height: heights.reduce((a, b) => a + b, 0) + AXIS,
		barHeight,
		lineHeight: LABEL_LINE,
		stacked,
		centre: r2(x(0)),
		labelX: stacked ? GAP : r2(labelRight - GAP),
		bars,
		ticks
	};
}

/** Legend entries for the frame: the level names the caller gives, in the palette's colours. */
export function likertLegend(levels: readonly string[]): { label: string; color: string }[] {
	const colors = likertColors(levels.length);
	return levels.map((label, i) => ({ label, color: colors[i]! }));
}

export function likertTable(
	rows: readonly LikertRow[],
	columns: { item: string; n: string },
	levels: readonly string[],
	lang: Lang = 'vi'
) {
	return {
		columns: [columns.item, ...levels, columns.n],
		rows: rows.map((r) => [
			r.label,
			...likertShares(r.counts).map((s) => formatPercent(s * 100, 1, lang)),
			formatCount(r.n ?? r.counts.reduce((a, b) => a + b, 0), lang)
		])
	};
}
