// PAR Index (Chỉ số cải cách hành chính), province set — DOMAIN.md §2.
import type { ComponentDef, GroupScheme, IndexDefinition, MethodVersion } from './types';

/**
 * Nhóm A ≥ 90 %, B 80–<90 %, C 70–<80 % (published); D < 70 % presumed, never seen (UNVERIFIED).
 * Fixed thresholds, so the app may compute them; the maths lives elsewhere.
 */
export const PAR_GROUPS: GroupScheme = {
	id: 'PAR-ABCD',
	kind: 'fixed_thresholds',
	groups: [
		{ label: 'A', min: 90 },
		{ label: 'B', min: 80 },
		{ label: 'C', min: 70 },
		{ label: 'D', min: null, unverified: true }
	]
};

/**
 * Default maximum points per lĩnh vực, province set. UNVERIFIED: placeholders that sum to 100 until someone
 * reads the tables of 876/QĐ-BNV. The 32 survey points are spread over the lĩnh vực, not a lĩnh vực of their own.
 */
export const PAR_DOMAIN_MAX_POINTS_DEFAULT: Readonly<Record<string, number>> = {
	LV1: 9.5,
	LV2: 9.5,
	LV3: 14,
	LV4: 9.5,
	LV5: 13,
	LV6: 9.5,
	LV7: 13,
	LV8: 22
};

const DOMAIN_NAMES: readonly (readonly [code: string, vi: string, en: string, aliases: readonly string[]])[] =
	[
		[
			'LV1',
			'Công tác chỉ đạo, điều hành cải cách hành chính',
			'Direction and management of PAR',
			['Chỉ đạo, điều hành CCHC', 'Công tác chỉ đạo điều hành']
		],
		['LV2', 'Cải cách thể chế', 'Institutional reform', []],
		['LV3', 'Cải cách thủ tục hành chính', 'Administrative procedure reform', ['Cải cách TTHC']],
		[
			'LV4',
			'Cải cách tổ chức bộ máy hành chính nhà nước',
			'Reform of the state administrative apparatus',
			['Cải cách tổ chức bộ máy']
		],
		['LV5', 'Cải cách chế độ công vụ', 'Civil service reform', []],
		['LV6', 'Cải cách tài chính công', 'Public finance reform', []],
		[
			'LV7',
			'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
			'E-government and digital government',
			[
				'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
				'Chính phủ điện tử, Chính phủ số',
				'Chính quyền điện tử, chính quyền số'
			]
		],
		[
			'LV8',
			'Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế – xã hội của tỉnh',
			'Impact of PAR on people, organisations and socio-economic development',
			['Tác động của cải cách hành chính', 'Tác động của CCHC']
		]
	];

/** The 8 lĩnh vực of the province set, values in points out of the default maxima. */
function parDomains(): ComponentDef[] {
	return DOMAIN_NAMES.map(([code, nameVi, nameEn, extra], i) => {
		const maxPoints = PAR_DOMAIN_MAX_POINTS_DEFAULT[code] ?? 0;
		return {
			code,
			nameVi,
			nameEn,
			level: 'domain',
			maxPoints,
			range: { min: 0, max: maxPoints },
			aliases: [`Lĩnh vực ${i + 1}`, ...extra]
		};
	});
}

const DOMAIN_POINTS_UNVERIFIED =
	'Điểm tối đa của từng lĩnh vực là giá trị mặc định tạm tính (tổng 100), chưa đối chiếu văn bản; 32 điểm điều tra xã hội học được phân bổ vào các lĩnh vực.';
const DOMAIN_FORMAT_UNVERIFIED =
	'Chưa rõ bảng của Bộ Nội vụ công bố kết quả lĩnh vực theo điểm hay theo % điểm tối đa; danh mục ghi theo điểm.';
const GROUP_D_UNVERIFIED = 'Nhóm D (dưới 70%) chưa thấy trong kết quả công bố.';

const LEGACY: MethodVersion = {
	id: 'PAR-2012',
	indexCode: 'PAR',
	years: { from: 2012, to: 2020 },
	decisionRef: 'Bộ chỉ số trước 1149/QĐ-BNV (văn bản chưa xác minh)',
	totalRange: { min: 0, max: 100 },
	aggregation: 'max_points_sum',
	components: [],
	unverified: [
		'Cấu trúc lĩnh vực, tiêu chí của Chỉ số CCHC 2012–2020 chưa xác minh: chỉ dùng giá trị tổng.',
		'Cách phân nhóm các năm 2012–2020 chưa xác minh.'
	],
	notes: 'Chỉ có giá trị tổng; không ánh xạ cột lĩnh vực cho các năm này.'
};

const V1149: MethodVersion = {
	id: 'PAR-1149-2021',
	indexCode: 'PAR',
	years: { from: 2021, to: 2021 },
	decisionRef: '1149/QĐ-BNV (30/12/2020)',
	totalRange: { min: 0, max: 100 },
	aggregation: 'max_points_sum',
	totalFrom: 'domain',
	components: parDomains(),
	groupScheme: PAR_GROUPS,
	unverified: [
		'Phạm vi và cấu trúc bộ tiêu chí 1149/QĐ-BNV chưa xác minh; tạm dùng 8 lĩnh vực như 876/QĐ-BNV.',
		DOMAIN_POINTS_UNVERIFIED,
		GROUP_D_UNVERIFIED
	]
};

const V876: MethodVersion = {
	id: 'PAR-876-2022',
	indexCode: 'PAR',
	years: { from: 2022, to: null },
	decisionRef: '876/QĐ-BNV (10/11/2022), giai đoạn 2022–2030',
	totalRange: { min: 0, max: 100 },
	aggregation: 'max_points_sum',
	totalFrom: 'domain',
	components: parDomains(),
	groupScheme: PAR_GROUPS,
	unverified: [
		'Tên và điểm tối đa của lĩnh vực 8 chưa xác minh (dự kiến: tác động của CCHC đến người dân, tổ chức và phát triển kinh tế – xã hội của tỉnh).',
		DOMAIN_POINTS_UNVERIFIED,
		DOMAIN_FORMAT_UNVERIFIED,
		GROUP_D_UNVERIFIED
	],
	notes:
		'Bộ tiêu chí cấp tỉnh: 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần, 100 điểm (32 điểm điều tra xã hội học). Cấp bộ (7 lĩnh vực, 38 tiêu chí, 97 TCTP) chưa có trong danh mục. Đơn vị không áp dụng một số tiêu chí: chỉ số = điểm ÷ điểm tối đa áp dụng × 100.'
};

export const PAR: IndexDefinition = {
	code: 'PAR',
	nameVi: 'Chỉ số cải cách hành chính',
	nameEn: 'Public Administration Reform Index (PAR INDEX)',
	shortVi: 'Chỉ số CCHC',
	shortEn: 'PAR Index',
	publisherVi: 'Bộ Nội vụ (Ban Chỉ đạo cải cách hành chính của Chính phủ)',
	publisherEn: 'Ministry of Home Affairs (Government Steering Committee for PAR)',
	levels: ['ministry', 'province', 'agency', 'district', 'commune'],
	unit: 'percent',
	decimals: 2,
	higherIsBetter: true,
	versions: [LEGACY, V1149, V876]
};

/**
 * A province's own classification of its agencies, districts and communes (DOMAIN.md §2.5: Xuất sắc / Tốt / Khá
 * / Trung bình / Yếu, or Tốt / Khá / Trung bình / Kém…). Each province sets its labels and cut-offs, so these
 * cut-offs are chiso's defaults (UNVERIFIED), to be replaced by the province's own through `withCutoffs`.
 */
export const PAR_LOCAL_GROUPS: GroupScheme = {
	id: 'PAR-LOCAL-5',
	kind: 'fixed_thresholds',
	groups: [
		{ label: 'Xuất sắc', min: 90, unverified: true },
		{ label: 'Tốt', min: 80, unverified: true },
		{ label: 'Khá', min: 70, unverified: true },
		{ label: 'Trung bình', min: 50, unverified: true },
		{ label: 'Yếu', min: null, unverified: true }
	]
};

/**
 * `scheme` with its lower bounds replaced by `cutoffs` (best group first; the last group keeps "everything
 * below"). Undefined when the cut-offs do not fit: wrong count, not finite, or not strictly falling.
 */
export function withCutoffs(scheme: GroupScheme, cutoffs: readonly number[]): GroupScheme | undefined {
	if (scheme.kind !== 'fixed_thresholds') return undefined;
	const bounded = scheme.groups.filter((g) => g.min !== null);
	if (cutoffs.length !== bounded.length) return undefined;
	if (cutoffs.some((c, i) => !Number.isFinite(c) || (i > 0 && c >= cutoffs[i - 1]!))) return undefined;
	let i = 0;
	const groups = scheme.groups.map((g) => (g.min === null ? g : { ...g, min: cutoffs[i++]! }));
	return { ...scheme, id: `${scheme.id}:${cutoffs.join('-')}`, groups };
}
