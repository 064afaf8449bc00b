import type { RankingBarRow } from './ranking-bars/layout';
import type { DotRow } from './dot-plot/layout';
import type { LikertRow } from './likert/layout';
import type { TrendSeries } from './trend-lines/layout';
import type { BumpSeries } from './bump/layout';
import type { SlopeRow } from './slope/layout';
import type { HeatmapData } from './heatmap/layout';
import type { TileRow } from './tile-map/layout';
import { GRIDS } from './tile-map/grids';

/*
 * Fixed data for the snapshot tests and the gallery (/charts). Names are real provinces, numbers invented:
 * they exercise ties, a missing value, a long name, groups and a highlighted unit.
 */

export const rankingFixture: RankingBarRow[] = [
	{ key: 'gso63:31', label: 'Hải Phòng', value: 92.39, group: 'A', rank: 1 },
	{ key: 'gso63:22', label: 'Quảng Ninh', value: 91.12, group: 'A', rank: 2 },
	{ key: 'gso63:01', label: 'Hà Nội', value: 88.1, group: 'B', rank: 3 },
	{ key: 'gso63:79', label: 'TP. Hồ Chí Minh', value: 85.32, group: 'B', rank: 4 },
	{ key: 'gso63:48', label: 'Đà Nẵng', value: 85.32, group: 'B', rank: 4 },
	{ key: 'gso63:66', label: 'Đắk Lắk', value: 79.5, group: 'C', rank: 6 },
	{ key: 'gso63:46', label: 'Thừa Thiên Huế', value: 76.04, group: 'C', rank: 7, note: 'Tên đến 31/12/2024' },
	{ key: 'gso63:77', label: 'Bà Rịa - Vũng Tàu', value: 68.9, group: 'D', rank: 8 },
	{ key: 'gso63:02', label: 'Hà Giang', value: null, group: null, rank: null }
];

export const dotFixture: DotRow[] = [
	{ key: 'local:gso63-38:noi-vu', label: 'Sở Nội vụ', value: 86.4, low: 83.1, high: 89.2, n: 420 },
	{ key: 'local:gso63-38:tu-phap', label: 'Sở Tư pháp', value: 82.75, low: 79.6, high: 85.6, n: 380 },
	{ key: 'local:gso63-38:xay-dung', label: 'Sở Xây dựng', value: 74.2, low: 70.1, high: 78.0, n: 310 },
	{
		key: 'local:gso63-38:tai-nguyen',
		label: 'Sở Tài nguyên và Môi trường',
		value: 79.9,
		low: 68.0,
		high: 88.5,
		n: 24,
		muted: true
	},
	{ key: 'local:gso63-38:y-te', label: 'Sở Y tế', value: null, low: null, high: null, n: 0, muted: true }
];

export const likertLevels = [
	'Rất không hài lòng',
	'Không hài lòng',
	'Bình thường',
	'Hài lòng',
	'Rất hài lòng'
];

export const likertFixture: LikertRow[] = [
	{ key: 'TCTT1', label: 'Thông tin thủ tục được niêm yết đầy đủ', counts: [5, 10, 40, 200, 145] },
	{ key: 'TCTT2', label: 'Hồ sơ phải nộp đúng quy định', counts: [2, 8, 30, 210, 150] },
	{ key: 'CC1', label: 'Công chức hướng dẫn tận tình', counts: [20, 45, 80, 160, 95] },
	{ key: 'KQ1', label: 'Kết quả đúng hẹn', counts: [60, 70, 90, 120, 60] }
];

const years = (from: number, values: (number | null)[], method?: (year: number) => string) =>
	values.map((value, i) => ({ year: from + i, value, method: method?.(from + i) ?? null }));
// PAR Index: the 2017 method until 2022, 876/QĐ-BNV from 2023 (a break between 2022 and 2023).
const parMethod = (year: number) => (year >= 2023 ? 'par-2023' : 'par-2017');

export const trendFixture: TrendSeries[] = [
	{
		key: 'national',
		label: 'Trung bình cả nước',
		reference: true,
		points: years(2018, [81.2, 82.5, 84.1, 85.3, 86.0, 84.7, 86.2], parMethod)
	},
	{
		key: 'gso63:31',
		label: 'Hải Phòng',
		points: years(2018, [86.4, 88.1, 90.2, 91.7, 92.4, 90.9, 92.39], parMethod)
	},
	{
		key: 'gso63:66',
		label: 'Đắk Lắk',
		points: years(2018, [78.0, 79.6, null, 80.3, 82.1, 81.0, 83.5], parMethod)
	},
	{ key: 'gso63:01', label: 'Hà Nội', points: years(2019, [83.9, 85.6, 87.0, 88.3, 87.7, 88.1], parMethod) }
];

export const bumpFixture: BumpSeries[] = [
	{
		key: 'gso63:31',
		label: 'Hải Phòng',
		points: [1, 1, 2, 1, 1].map((rank, i) => ({ year: 2020 + i, rank }))
	},
	{
		key: 'gso63:22',
		label: 'Quảng Ninh',
		points: [2, 3, 1, 2, 3].map((rank, i) => ({ year: 2020 + i, rank }))
	},
	{ key: 'gso63:01', label: 'Hà Nội', points: [4, 2, 3, 4, 2].map((rank, i) => ({ year: 2020 + i, rank })) },
	{
		key: 'gso63:66',
		label: 'Đắk Lắk',
		points: [3, 4, null, 3, 4].map((rank, i) => ({ year: 2020 + i, rank }))
	},
	{ key: 'gso63:48', label: 'Đà Nẵng', points: [5, 5, 4, 5, 5].map((rank, i) => ({ year: 2020 + i, rank })) }
];

export const slopeFixture: SlopeRow[] = [
	{ key: 'gso63:31', label: 'Hải Phòng', from: 90.9, to: 92.39 },
	{ key: 'gso63:22', label: 'Quảng Ninh', from: 91.8, to: 91.12 },
	{ key: 'gso63:01', label: 'Hà Nội', from: 87.7, to: 88.1 },
	{ key: 'gso63:66', label: 'Đắk Lắk', from: 81.0, to: 83.5 },
	{ key: 'gso63:02', label: 'Hà Giang', from: 78.2, to: null }
];

const heatUnits = [
	['gso63:31', 'Hải Phòng'],
	['gso63:22', 'Quảng Ninh'],
	['gso63:01', 'Hà Nội'],
	['gso63:66', 'Đắk Lắk']
] as const;
const heatValues = [
	[9.1, 8.7, 9.5, 8.2, 9.8, 7.9],
	[8.8, 9.2, 9.0, 8.9, 9.1, 8.4],
	[8.2, 8.0, 9.3, 7.5, null, 8.8],
	[7.1, 7.9, 8.1, 6.8, 8.5, 7.2]
];
export const heatmapFixture: HeatmapData = {
	rows: heatUnits.map(([key, label]) => ({ key, label })),
	columns: [1, 2, 3, 4, 5, 6].map((i) => ({ key: `LV${i}`, label: `Lĩnh vực ${i}`, short: `LV${i}` })),
	cells: heatUnits.flatMap(([key], i) =>
		heatValues[i]!.map((value, j) => ({ row: key, column: `LV${j + 1}`, value }))
	)
};

/** Every one of the 34 provinces with a value, from a fixed formula (no randomness). */
export const tileFixture: TileRow[] = GRIDS.qd19.map(([code, , , short], i) => ({
	key: `qd19:${code}`,
	label: short,
	value: 70 + ((i * 37) % 29),
	group: ['A', 'B', 'C', 'D'][i % 4]!
}));
