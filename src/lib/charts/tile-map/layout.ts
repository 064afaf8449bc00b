import { max, scaleQuantize } from 'd3';
import { formatScore, type Lang } from '$lib/format';
import { groupColor, NEUTRAL, SEQUENTIAL, textOn } from '../palette';
import { r2 } from '../text';
import { GRIDS, type TileSystem } from './grids';

/** A province's value or group; `key` is the registry key (`gso63:01`, `qd19:79`). */
export interface TileRow {
	key: string;
	label: string;
	value?: number | null;
	group?: string | null;
}

export interface TileMapOptions {
	system: TileSystem;
	width: number;
	/** Colour by value (sequential, six steps) or by group label (the palette's group colours). */
	colorBy?: 'value' | 'group';
	domain?: [number, number];
	decimals?: number;
	lang?: Lang;
	groupColors?: Record<string, string>;
	maxTile?: number;
}

export function tileMapLayout(rows: readonly TileRow[], options: TileMapOptions) {
	const { system, width, colorBy = 'value', decimals = 2, lang = 'vi', maxTile = 40 } = options;
	const grid = GRIDS[system];
	const cols = (max(grid, (t) => t[1]) ?? 0) + 1;
	const rowsN = (max(grid, (t) => t[2]) ?? 0) + 1;
	const size = Math.floor(Math.min(maxTile, width / cols));
	const offset = r2((width - cols * size) / 2);
	const byKey = new Map(rows.map((r) => [r.key, r]));
	const values = rows.map((r) => r.value).filter((v): v is number => v != null);
	const scale = scaleQuantize<string>()
		.domain(options.domain ?? (values.length ? [Math.min(...values), Math.max(...values)] : [0, 1]))
		.range([...SEQUENTIAL]);

	const tiles = grid.map(([code, col, row, short]) => {
		const key = `${system}:${code}`;
		const data = byKey.get(key);
		const fill =
			colorBy === 'group'
				? data?.group
					? groupColor(data.group, options.groupColors)
					: null
				: data?.value != null
					? scale(data.value)
					: null;
		const hex = fill && /^#[0-9a-f]{6}$/i.test(fill) ? fill : null;
		return {
			key,
			short,
			label: data?.label ?? short,
			x: r2(offset + col * size),
			y: row * size,
			cx: r2(offset + (col + 0.5) * size),
			cy: r2((row + 0.5) * size),
			fill: fill ?? NEUTRAL.bg,
			textColor: hex ? textOn(hex) : NEUTRAL.muted,
			valueText: formatScore(data?.value, decimals, lang),
			group: data?.group ?? null,
			hasData: fill !== null
		};
	});
	return {
		width,
		height: rowsN * size,
		size,
		fontSize: size >= 36 ? 11 : 9,
		tiles,
		legend:
			colorBy === 'value'
				? scale.range().map((color) => {
						const [a, b] = scale.invertExtent(color);
						return {
							color,
							label: `${formatScore(a, decimals, lang)}–${formatScore(b, decimals, lang)}`
						};
					})
				: []
	};
}
