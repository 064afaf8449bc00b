import { rankingPublication, type RankingInputRow, type RankingMeta } from './ranking';
import { surveyPublication, type SurveyMeta } from './survey';
import { trendPublication, type TrendInputAverage, type TrendInputSeries, type TrendMeta } from './trend';

/* A small ranking, trend and survey worked by hand, shared by this folder's tests. */

export const META: RankingMeta = {
	index: {
		code: 'PAR',
		name: { vi: 'Chỉ số CCHC', en: 'PAR Index' },
		publisher: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' }
	},
	unitKind: 'province',
	scope: { vi: 'cả nước', en: 'all provinces' },
	sources: [
		{
			file_name: 'par-2024.csv',
			sha256: 'a'.repeat(64),
			imported_at: '2026-11-30T09:15:00+07:00'
		}
	],
	createdAt: '2026-12-01T10:00:00+07:00',
	notes: ['Nhóm D chưa đối chiếu văn bản chính thức'],
	decimals: 2
};

export const ROWS: RankingInputRow[] = [
	{
		unit_key: 'gso63:31',
		name: 'Hải Phòng',
		region: 'DBSH',
		value: 96.17,
		rank: 1,
		ranked_of: 3,
		year: 2024,
		is_sample: false
	},
	{
		unit_key: 'gso63:01',
		name: 'Hà Nội',
		region: 'DBSH',
		value: 92.5,
		rank: 2,
		ranked_of: 3,
		year: 2024,
		is_sample: false
	},
	{
		unit_key: 'gso63:04',
		name: 'Cao Bằng',
		region: 'TDMNPB',
		value: 81.1,
		rank: 3,
		ranked_of: 3,
		year: 2024,
		is_sample: false
	}
];

export const publication = () => rankingPublication(ROWS, META);

/* A trend of two provinces and the average, 2020–2022, the method changing in 2021 (worked by hand). */

export const TREND_META: TrendMeta = {
	index: META.index,
	unitKind: 'province',
	scope: { vi: 'các tỉnh, thành phố', en: 'provinces' },
	averageName: { vi: 'Trung bình cả nước', en: 'National average' },
	sources: META.sources,
	createdAt: '2026-12-01T10:00:00+07:00',
	isSample: false,
	notes: [],
	decimals: 2
};

export const TREND_UNITS: TrendInputSeries[] = [
	{
		key: 'gso63:01',
		name: 'Hà Nội',
		points: [
			{ year: 2021, value: 86.1, method_version: 'PAR-1149-2021', list: 'gso63', rank: 2, ranked_of: 63 },
			{ year: 2020, value: 85.5, method_version: 'PAR-2012', list: 'gso63', rank: 5, ranked_of: 63 },
			{
				year: 2022,
				value: 88.000000000001,
				method_version: 'PAR-1149-2021',
				list: 'gso63',
				rank: 1,
				ranked_of: 63
			}
		]
	},
	{
		key: 'gso63:22',
		name: 'Quảng Ninh',
		points: [
			{ year: 2020, value: 90.2, method_version: 'PAR-2012', list: 'gso63', rank: 1, ranked_of: 63 },
			{ year: 2021, value: null, method_version: 'PAR-1149-2021', list: 'gso63', rank: null, ranked_of: 63 }
		]
	}
];

export const TREND_AVERAGE: TrendInputAverage[] = [
	{ year: 2020, value: 80, n: 63, method_version: 'PAR-2012', list: 'gso63' },
	{ year: 2021, value: 81.25, n: 63, method_version: 'PAR-1149-2021', list: 'gso63' },
	{ year: 2022, value: 82.5, n: 63, method_version: 'PAR-1149-2021', list: 'gso63' }
];

export const trend = () => trendPublication(TREND_UNITS, TREND_AVERAGE, TREND_META);

/* A survey of three agencies, one of them (n = 29) under the minimum of 30. */

export const SURVEY_META: SurveyMeta = {
	index: { code: 'SIPAS', name: { vi: 'Chỉ số hài lòng', en: 'Satisfaction index' }, publisher: null },
	questionnaire: { code: 'SIPAS-1001-2023', name: { vi: 'SIPAS 1001/QĐ-BNV', en: null } },
	methodVersion: 'SIPAS-1001-2023',
	method: { satisfied_threshold: 4, item_aggregation: 'mean', element_aggregation: 'mean_of_elements' },
	methodNote: {
		vi: 'Phương pháp mặc định, chưa đối chiếu công thức chính thức',
		en: 'Default method, not yet checked against the official formula'
	},
	year: 2025,
	unitKind: 'agency',
	scope: { vi: 'các sở, ban, ngành', en: 'provincial agencies' },
	itemsScope: { vi: 'các sở, ban, ngành', en: 'provincial agencies' },
	sources: [{ file_name: 'khao-sat.csv', sha256: 'b'.repeat(64), imported_at: '2026-11-30T09:15:00+07:00' }],
	createdAt: '2026-12-01T10:00:00+07:00',
	isSample: false,
	minN: 30,
	decimals: 2
};

const unit = (key: string, name: string, value: number, n: number, rank: number | null) => ({
	unit_key: key,
	name,
	value,
	low: value - 3.25,
	high: value + 2.75,
	n,
	rank,
	overlaps_next: false
});

export const SURVEY_INPUT = {
	units: [
		unit('local:tu-phap', 'Sở Tư pháp', 91.5, 120, 1),
		unit('local:y-te', 'Sở Y tế', 84.25, 30, 2),
		// Under the minimum: the page greys it and gives it no rank; the file must hold none of its numbers.
		unit('local:xay-dung', 'Sở Xây dựng', 77.777, 29, null)
	],
	elements: [
		{
			unit_key: 'local:xay-dung',
			level: 'element',
			code: 'II.A',
			value: 73.333,
			low: 61.111,
			high: 85.555,
			n: 29
		},
		{ unit_key: 'local:tu-phap', level: 'element', code: 'II.A', value: 90, low: 85, high: 95, n: 118 },
		{ unit_key: 'local:tu-phap', level: 'element', code: 'I.A', value: 70, low: 50, high: 90, n: 12 },
		{
			unit_key: 'local:tu-phap',
			level: 'overall',
			code: 'overall',
			value: 91.5,
			low: 88.25,
			high: 94.25,
			n: 120
		}
	].map((e) => ({ ...e, level: e.level as 'element' | 'overall', name: { vi: e.code, en: null } })),
	items: [
		{
			code: 'q9_01',
			name: { vi: 'Câu 9.1', en: 'Question 9.1' },
			value: 87.5,
			mean_score: 4.25,
			n: 179,
			dist: [2.5, 2.5, 7.5, 47.5, 40]
		},
		{
			code: 'q9_02',
			name: { vi: 'Câu 9.2', en: 'Question 9.2' },
			value: 66.666,
			mean_score: 3.9,
			n: 18,
			dist: [5, 5, 23.334, 33.333, 33.333]
		}
	]
};

export const survey = () => surveyPublication(SURVEY_INPUT, SURVEY_META);
