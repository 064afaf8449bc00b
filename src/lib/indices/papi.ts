// PAPI (Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh) — DOMAIN.md §4.
import type { ComponentDef, GroupScheme, IndexDefinition, MethodVersion } from './types';

/** Quartile groups with 16 / 16 / 15 / 16 provinces; labels from the PAPI report maps. */
export const PAPI_GROUPS: GroupScheme = {
	id: 'PAPI-QUARTILES',
	kind: 'quantile',
	labels: ['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp'],
	sizes: [16, 16, 15, 16]
};

const DIMENSION_RANGE = { min: 1, max: 10 };

function dimension(n: number, nameVi: string, nameEn: string, aliases: readonly string[] = []): ComponentDef {
	return {
		code: `D${n}`,
		nameVi,
		nameEn,
		level: 'dimension',
		range: DIMENSION_RANGE,
		aliases: [`Chỉ số nội dung ${n}`, ...aliases]
	};
}

const D1_TO_D6 = (d2Vi: string, d2Aliases: readonly string[]): ComponentDef[] => [
	dimension(1, 'Tham gia của người dân ở cấp cơ sở', 'Participation at Local Levels'),
	dimension(2, d2Vi, 'Transparency', d2Aliases),
	dimension(3, 'Trách nhiệm giải trình với người dân', 'Vertical Accountability'),
	dimension(4, 'Kiểm soát tham nhũng trong khu vực công', 'Control of Corruption', ['Kiểm soát tham nhũng']),
	dimension(5, 'Thủ tục hành chính công', 'Public Administrative Procedures'),
	dimension(6, 'Cung ứng dịch vụ công', 'Public Service Delivery')
];

const V2011: MethodVersion = {
	id: 'PAPI-6D-2011',
	indexCode: 'PAPI',
	years: { from: 2011, to: 2017 },
	decisionRef: 'Phương pháp PAPI (CECODES, VFF-CRT, RTA & UNDP), 6 chỉ số nội dung',
	totalRange: { min: 6, max: 60 },
	aggregation: 'sum',
	totalFrom: 'dimension',
	components: D1_TO_D6('Công khai, minh bạch', ['Công khai minh bạch']),
	groupScheme: PAPI_GROUPS,
	unverified: [],
	notes:
		'Tổng = tổng không trọng số của 6 chỉ số nội dung (đã kiểm tra trên số liệu). Năm 2010 (30 tỉnh) chưa có trong danh mục.'
};

const V2018: MethodVersion = {
	id: 'PAPI-8D-2018',
	indexCode: 'PAPI',
	years: { from: 2018, to: null },
	decisionRef: 'Phương pháp PAPI (CECODES, VFF-CRT, RTA & UNDP), 8 chỉ số nội dung',
	totalRange: { min: 8, max: 80 },
	aggregation: 'sum',
	totalFrom: 'dimension',
	components: [
		...D1_TO_D6('Công khai, minh bạch trong ra quyết định', ['Công khai, minh bạch', 'Công khai minh bạch']),
		dimension(7, 'Quản trị môi trường', 'Environmental Governance'),
		dimension(8, 'Quản trị điện tử', 'E-Governance')
	],
	groupScheme: PAPI_GROUPS,
	unverified: [
		'Từ kỳ 2025 PAPI có thể công bố theo 34 tỉnh, thành phố; chưa xác minh.',
		'Nội dung chỉ số thành phần của D7, D8 và thay đổi của D2, D3 lấy từ nguồn thứ cấp.'
	],
	notes: 'Tổng = tổng không trọng số của 8 chỉ số nội dung (kiểm tra 2019–2024, sai khác < 1e-4).'
};

export const PAPI: IndexDefinition = {
	code: 'PAPI',
	nameVi: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh',
	nameEn: 'Viet Nam Provincial Governance and Public Administration Performance Index (PAPI)',
	shortVi: 'PAPI',
	shortEn: 'PAPI',
	publisherVi: 'CECODES, VFF-CRT, RTA và UNDP',
	publisherEn: 'CECODES, VFF-CRT, RTA and UNDP',
	levels: ['province'],
	unit: 'points',
	decimals: 4,
	higherIsBetter: true,
	versions: [V2011, V2018]
};
