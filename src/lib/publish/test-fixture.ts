import { rankingPublication, type RankingInputRow, type RankingMeta } from './ranking';

/* A small ranking worked by hand, shared by this folder's tests. */

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
