// DTI (Chỉ số đánh giá mức độ chuyển đổi số), province set — DOMAIN.md §6.
import type { ComponentDef, IndexDefinition, MethodVersion } from './types';

/** Codes of the 9 main indices (chỉ số chính) of 922/QĐ-BTTTT. */
export type DtiMainIndexCode = 'NT' | 'TC' | 'HT' | 'NL' | 'ATTT' | 'DTTM' | 'HD_CQS' | 'HD_KTS' | 'HD_XHS';

/**
 * Max points of each main index out of 1,000 (922/QĐ-BTTTT). Smart city (ĐTTM) is tracked but counts 0.
 * In the published formula the three activity indices are written CQS, KTS, XHS; here they are HD_CQS,
 * HD_KTS, HD_XHS so that CQS, KTS, XHS can name the three pillars, which are scored separately.
 */
export const DTI_922_MAX_POINTS: Readonly<Record<DtiMainIndexCode, number>> = {
	NT: 100,
	TC: 100,
	HT: 100,
	NL: 100,
	ATTT: 100,
	DTTM: 0,
	HD_CQS: 200,
	HD_KTS: 150,
	HD_XHS: 150
};

export const DTI_922_TOTAL_POINTS = 1000;

const RATIO = { min: 0, max: 1 };

const MAIN_INDICES: readonly (readonly [DtiMainIndexCode, string, string, readonly string[]])[] = [
	['NT', 'Nhận thức số', 'Digital awareness', []],
	['TC', 'Thể chế số', 'Digital institutions', []],
	['HT', 'Hạ tầng số', 'Digital infrastructure', []],
	['NL', 'Nhân lực số', 'Digital human resources', []],
	['ATTT', 'An toàn thông tin mạng', 'Cyber security', ['An toàn thông tin']],
	['DTTM', 'Đô thị thông minh', 'Smart city', []],
	['HD_CQS', 'Hoạt động chính quyền số', 'Digital government activities', []],
	['HD_KTS', 'Hoạt động kinh tế số', 'Digital economy activities', []],
	['HD_XHS', 'Hoạt động xã hội số', 'Digital society activities', []]
];

/** The three pillars (trụ cột), each 0–1 with its own published rank. */
const PILLARS: readonly ComponentDef[] = [
	{ code: 'CQS', nameVi: 'Chính quyền số', nameEn: 'Digital government', level: 'pillar', range: RATIO },
	{ code: 'KTS', nameVi: 'Kinh tế số', nameEn: 'Digital economy', level: 'pillar', range: RATIO },
	{ code: 'XHS', nameVi: 'Xã hội số', nameEn: 'Digital society', level: 'pillar', range: RATIO }
];

const MAIN_922: readonly ComponentDef[] = MAIN_INDICES.map(([code, nameVi, nameEn, aliases]) => ({
	code,
	nameVi,
	nameEn,
	level: 'subindex',
	maxPoints: DTI_922_MAX_POINTS[code],
	weight: DTI_922_MAX_POINTS[code] / DTI_922_TOTAL_POINTS,
	range: RATIO,
	aliases: [`Chỉ số ${nameVi}`, ...aliases]
}));

const PILLARS_UNVERIFIED =
	'Cách tính điểm trụ cột CQS, KTS, XHS chưa xác minh (trụ cột Chính quyền số: 7 chỉ số chính, 78 chỉ tiêu, 700 điểm); điểm trụ cột lưu như công bố.';

const V1726: MethodVersion = {
	id: 'DTI-1726-2020',
	indexCode: 'DTI',
	years: { from: 2020, to: 2020 },
	decisionRef: '1726/QĐ-BTTTT (12/10/2020)',
	totalRange: RATIO,
	aggregation: 'points',
	components: PILLARS,
	unverified: [
		'Cấu trúc chỉ số chính và điểm tối đa của DTI 2020 (306 chỉ tiêu) chưa xác minh: chỉ dùng giá trị tổng; tạm giữ 3 trụ cột CQS, KTS, XHS như bộ 922.',
		PILLARS_UNVERIFIED
	]
};

const V922: MethodVersion = {
	id: 'DTI-922-2021',
	indexCode: 'DTI',
	years: { from: 2021, to: 2024 },
	decisionRef: '922/QĐ-BTTTT (20/5/2022)',
	totalRange: RATIO,
	aggregation: 'weighted_sum',
	totalFrom: 'subindex',
	components: [...MAIN_922, ...PILLARS],
	unverified: [
		'DTI 2024 (Bộ KH&CN công bố 21/10/2025, 34 đơn vị) có thể đã chấm theo 405/QĐ-BKHCN; chưa xác minh.',
		PILLARS_UNVERIFIED
	],
	notes:
		'PDTI = [100·(NT+TC+HT+NL+ATTT) + 200·CQS + 150·KTS + 150·XHS] / 1000, mỗi chỉ số chính 0–1 (khớp top 5 DTI 2022). 98 chỉ tiêu; khối Nền tảng chung 500 điểm, khối Hoạt động 500 điểm. Bộ chỉ số cấp bộ chưa có trong danh mục.'
};

const V405: MethodVersion = {
	id: 'DTI-405-2025',
	indexCode: 'DTI',
	years: { from: 2025, to: null },
	decisionRef: '405/QĐ-BKHCN (3/4/2025)',
	totalRange: RATIO,
	aggregation: 'points',
	components: PILLARS,
	unverified: [
		'Cấu trúc bộ chỉ số 405/QĐ-BKHCN chưa xác minh: chỉ dùng giá trị tổng; tạm giữ 3 trụ cột CQS, KTS, XHS như bộ 922.',
		PILLARS_UNVERIFIED
	]
};

export const DTI: IndexDefinition = {
	code: 'DTI',
	nameVi: 'Chỉ số đánh giá mức độ chuyển đổi số',
	nameEn: 'Digital Transformation Index (DTI)',
	shortVi: 'DTI',
	shortEn: 'DTI',
	publisherVi: 'Bộ Thông tin và Truyền thông (từ 2025: Bộ Khoa học và Công nghệ)',
	publisherEn: 'Ministry of Information and Communications (from 2025: Ministry of Science and Technology)',
	levels: ['ministry', 'province'],
	unit: 'ratio',
	decimals: 4,
	higherIsBetter: true,
	versions: [V1726, V922, V405]
};
