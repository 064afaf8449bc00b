// Ranking and grouping maths: small pure functions, the independent twin of the ranking SQL.
export { competitionRanks, rankedCount } from './competition-ranks';
export { rankChange, rankMove, scoreChange, type RankMove } from './rank-change';
export { assignGroups, quantileGroups, quantileSizes, thresholdGroup } from './groups';
export { weightedEstimate, type WeightedEstimate } from './weighted-estimate';
