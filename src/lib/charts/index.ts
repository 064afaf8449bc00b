export { default as ChartFrame } from './ChartFrame.svelte';
export { default as RankingBars } from './ranking-bars/RankingBars.svelte';
export { rankingBarsTable, sortRankingRows, type RankingBarRow } from './ranking-bars/layout';
export { GROUP_COLORS, GROUP_SCHEMES, NEUTRAL, OKABE_ITO, groupColor, seriesColor, textOn } from './palette';
