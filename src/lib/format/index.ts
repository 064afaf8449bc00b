export { numberLocale, type Lang } from './locale';
export { formatChange, formatCount, formatPercent, formatScore } from './number';
export { formatDate, formatDateTime } from './date';
