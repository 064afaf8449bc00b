export { default as ChartFrame } from './ChartFrame.svelte';
export { default as RankingBars } from './ranking-bars/RankingBars.svelte';
export { rankingBarsTable, sortRankingRows, type RankingBarRow } from './ranking-bars/layout';
export { default as DotPlot } from './dot-plot/DotPlot.svelte';
export { dotPlotTable, type DotRow } from './dot-plot/layout';
export { default as LikertBars } from './likert/LikertBars.svelte';
export { likertLegend, likertShares, likertTable, type LikertRow } from './likert/layout';
export { default as TrendLines } from './trend-lines/TrendLines.svelte';
export {
	dotsPath,
	methodBreaks,
	trendLayout,
	trendTable,
	type TrendPoint,
	type TrendSeries
} from './trend-lines/layout';
export { default as BumpChart } from './bump/BumpChart.svelte';
export { bumpTable, type BumpSeries } from './bump/layout';
export { default as SlopeChart } from './slope/SlopeChart.svelte';
export { slopeTable, type SlopeRow } from './slope/layout';
export { default as Heatmap } from './heatmap/Heatmap.svelte';
export { heatmapLegend, heatmapTable, type HeatmapData } from './heatmap/layout';
export { default as TileMap } from './tile-map/TileMap.svelte';
export { tileMapLayout, type TileRow } from './tile-map/layout';
export type { TileSystem } from './tile-map/grids';
export { default as SmallMultiples } from './small-multiples/SmallMultiples.svelte';
export {
	GROUP_COLORS,
	GROUP_SCHEMES,
	LIKERT_COLORS,
	NEUTRAL,
	OKABE_ITO,
	SEQUENTIAL,
	groupColor,
	seriesColor,
	textOn
} from './palette';
