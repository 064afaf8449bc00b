import { makeLocalUnit, type Unit } from '$lib/units';

/*
 * The sample province's own units. Quảng Ninh (code 22) is unchanged by the 2025 merger, which keeps the
 * sample simple; the agencies and districts are real names, the scores invented. Districts end on
 * 30/06/2025 with the district level; agencies are registered again under the QĐ 19/2025 code from 1/7/2025
 * (DOMAIN.md §10.2: a local unit lives as long as its province's code).
 */

export const SAMPLE_PROVINCE = { before: 'gso63:22', after: 'qd19:22', name: 'Quảng Ninh' } as const;

const AGENCIES = [
	'Sở Nội vụ',
	'Sở Tư pháp',
	'Sở Tài chính',
	'Sở Xây dựng',
	'Sở Công Thương',
	'Sở Nông nghiệp và Môi trường',
	'Sở Giáo dục và Đào tạo',
	'Sở Y tế',
	'Sở Văn hóa, Thể thao và Du lịch',
	'Sở Khoa học và Công nghệ',
	'Sở Dân tộc và Tôn giáo',
	'Thanh tra tỉnh',
	'Văn phòng UBND tỉnh',
	'Ban Quản lý Khu kinh tế'
];

const DISTRICTS = [
	'Thành phố Hạ Long',
	'Thành phố Móng Cái',
	'Thành phố Cẩm Phả',
	'Thành phố Uông Bí',
	'Thành phố Đông Triều',
	'Thị xã Quảng Yên',
	'Huyện Vân Đồn',
	'Huyện Tiên Yên',
	'Huyện Đầm Hà',
	'Huyện Hải Hà',
	'Huyện Bình Liêu',
	'Huyện Ba Chẽ',
	'Huyện Cô Tô'
];

export function sampleLocalUnits(): Unit[] {
	return [
		...AGENCIES.map((name) =>
			makeLocalUnit({ parentKey: SAMPLE_PROVINCE.before, name, kind: 'agency', validTo: '2025-06-30' })
		),
		...DISTRICTS.map((name) =>
			makeLocalUnit({ parentKey: SAMPLE_PROVINCE.before, name, kind: 'district', validTo: '2025-06-30' })
		),
		...AGENCIES.map((name) =>
			makeLocalUnit({ parentKey: SAMPLE_PROVINCE.after, name, kind: 'agency', validFrom: '2025-07-01' })
		)
	];
}

/** The sample units that exist in the index round of `year` (a year stands for its 31 December). */
export function localUnitsForYear(units: readonly Unit[], year: number): Unit[] {
	const date = `${year}-12-31`;
	return units.filter((u) => (!u.validFrom || u.validFrom <= date) && (!u.validTo || u.validTo >= date));
}
