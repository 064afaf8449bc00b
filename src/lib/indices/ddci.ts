// DDCI (Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương), generic province-run index — DOMAIN.md §7.
import type { ComponentDef, GroupScheme, IndexDefinition, MethodVersion } from './types';

/** Labels seen (Hải Phòng); lower groups and their cut-offs are each province's own. */
export const DDCI_GROUPS: GroupScheme = {
	id: 'DDCI-LABELS',
	kind: 'publisher_assigned',
	labels: ['Rất tốt', 'Tốt', 'Khá']
};

const SUBINDICES: readonly (readonly [code: string, vi: string, en: string, aliases: readonly string[]])[] = [
	[
		'transparency',
		'Tính minh bạch và tiếp cận thông tin',
		'Transparency and access to information',
		['Tính minh bạch']
	],
	['proactivity', 'Tính năng động của lãnh đạo', 'Proactivity of leaders', ['Tính năng động']],
	['time_costs', 'Chi phí thời gian', 'Time costs', []],
	['informal_charges', 'Chi phí không chính thức', 'Informal charges', []],
	['equal_competition', 'Cạnh tranh bình đẳng', 'Equal competition', []],
	['business_support', 'Hỗ trợ doanh nghiệp', 'Business support', []],
	['legal_institutions', 'Thiết chế pháp lý', 'Legal institutions', []],
	['it_application', 'Ứng dụng công nghệ thông tin', 'IT application', ['Ứng dụng CNTT']],
	['land_access', 'Tiếp cận đất đai', 'Land access', []]
];

/** Default weight of each sub-index: equal (UNVERIFIED; provinces set their own, often PCI-style). */
export const DDCI_DEFAULT_WEIGHT = 1 / SUBINDICES.length;

const COMPONENTS: readonly ComponentDef[] = SUBINDICES.map(([code, nameVi, nameEn, aliases]) => ({
	code,
	nameVi,
	nameEn,
	level: 'subindex',
	weight: DDCI_DEFAULT_WEIGHT,
	range: { min: 0, max: 10 },
	aliases
}));

const GENERIC: MethodVersion = {
	id: 'DDCI-9-GENERIC',
	indexCode: 'DDCI',
	years: { from: 2018, to: null },
	decisionRef: 'Mỗi tỉnh ban hành riêng; mẫu 9 chỉ số thành phần theo Đồng Tháp 843/QĐ-UBND (15/8/2019)',
	totalRange: { min: 0, max: 100 },
	aggregation: 'weighted_sum',
	totalFrom: 'subindex',
	components: COMPONENTS,
	groupScheme: DDCI_GROUPS,
	unverified: [
		'Trọng số mặc định bằng nhau giữa 9 chỉ số thành phần; trọng số thực do từng tỉnh quy định.',
		'Danh sách chỉ số thành phần theo mẫu Đồng Tháp; tỉnh khác có thể khác.',
		'Nhãn xếp loại dưới "Khá" và ngưỡng của từng nhóm do từng tỉnh quy định.'
	],
	notes:
		'Xếp hạng riêng theo loại đơn vị (sở, ban, ngành; huyện, từ 7/2025 xã, phường). Từ 2025 phương pháp có thể thay đổi vì bỏ cấp huyện.'
};

export const DDCI: IndexDefinition = {
	code: 'DDCI',
	nameVi: 'Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương',
	nameEn: 'Department and District Competitiveness Index (DDCI)',
	shortVi: 'DDCI',
	shortEn: 'DDCI',
	publisherVi: 'Ủy ban nhân dân tỉnh, thành phố (từng địa phương)',
	publisherEn: "Each province's People's Committee",
	levels: ['agency', 'district', 'commune'],
	unit: 'points',
	decimals: 2,
	higherIsBetter: true,
	versions: [GENERIC]
};
