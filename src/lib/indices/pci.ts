// PCI (Chỉ số năng lực cạnh tranh cấp tỉnh) — DOMAIN.md §5.
import type { ComponentDef, GroupScheme, IndexDefinition, MethodVersion } from './types';

/** VCCI assigns the tier; its cut-offs move every year, so the label is stored as given, never computed. */
export const PCI_TIERS: GroupScheme = {
	id: 'PCI-TIERS',
	kind: 'publisher_assigned',
	labels: ['Rất tốt', 'Tốt', 'Khá', 'Trung bình', 'Tương đối thấp', 'Thấp']
};

const SUBINDEX_RANGE = { min: 0, max: 10 };

type SubIndex = readonly [code: string, vi: string, en: string, weight: number, aliases: readonly string[]];

/** The 10 sub-indices from 2013 with their weights (sum 1). */
const SUBINDICES_2013: readonly SubIndex[] = [
	['entry_costs', 'Gia nhập thị trường', 'Entry costs', 0.05, []],
	[
		'land_access',
		'Tiếp cận đất đai',
		'Land access & security of tenure',
		0.05,
		['Land access', 'Tiếp cận đất đai và sự ổn định trong sử dụng đất']
	],
	[
		'transparency',
		'Tính minh bạch',
		'Transparency & access to information',
		0.2,
		['Transparency', 'Tính minh bạch và tiếp cận thông tin']
	],
	[
		'time_costs',
		'Chi phí thời gian',
		'Time costs of regulatory compliance',
		0.05,
		['Time costs', 'Chi phí thời gian để thực hiện các quy định của Nhà nước']
	],
	['informal_charges', 'Chi phí không chính thức', 'Informal charges', 0.1, []],
	[
		'policy_bias',
		'Cạnh tranh bình đẳng',
		'Policy bias',
		0.05,
		['Equal competition', 'Policy bias / equal competition']
	],
	[
		'proactivity',
		'Tính năng động của chính quyền tỉnh',
		'Proactivity of provincial leadership',
		0.05,
		['Proactivity', 'Tính năng động', 'Tính năng động và tiên phong của lãnh đạo tỉnh']
	],
	[
		'business_support',
		'Dịch vụ hỗ trợ doanh nghiệp',
		'Business support services',
		0.2,
		['Hỗ trợ doanh nghiệp', 'Business support']
	],
	['labor_training', 'Đào tạo lao động', 'Labour training', 0.2, ['Labor training']],
	[
		'legal_institutions',
		'Thiết chế pháp lý và an ninh trật tự',
		'Legal institutions and law and order',
		0.05,
		['Thiết chế pháp lý', 'Legal institutions', 'Thiết chế pháp lý & an ninh trật tự']
	]
];

function subIndex([code, nameVi, nameEn, weight, aliases]: SubIndex, withWeight: boolean): ComponentDef {
	const def: ComponentDef = { code, nameVi, nameEn, level: 'subindex', range: SUBINDEX_RANGE, aliases };
	return withWeight ? { ...def, weight } : def;
}

const V2009: MethodVersion = {
	id: 'PCI-9-2009',
	indexCode: 'PCI',
	years: { from: 2009, to: 2012 },
	decisionRef: 'Phương pháp PCI của VCCI, 9 chỉ số thành phần',
	totalRange: { min: 0, max: 100 },
	aggregation: 'weighted_sum',
	totalFrom: 'subindex',
	components: SUBINDICES_2013.filter(([code]) => code !== 'policy_bias').map((s) => subIndex(s, false)),
	groupScheme: PCI_TIERS,
	unverified: [
		'Trọng số của 9 chỉ số thành phần giai đoạn 2009–2012 chưa xác minh: không tính lại được điểm tổng.',
		'Danh sách 9 chỉ số thành phần suy ra từ bộ 10 chỉ số (chưa có "Cạnh tranh bình đẳng"); tên gọi từng năm có thể khác.',
		'Nhãn nhóm xếp hạng các năm 2009–2012 chưa đối chiếu.'
	],
	notes: 'PCI 2005–2008 (có chỉ số "Tính nhất quán trong thực thi chính sách") chưa có trong danh mục.'
};

const V2013: MethodVersion = {
	id: 'PCI-10-2013',
	indexCode: 'PCI',
	years: { from: 2013, to: null },
	decisionRef: 'Phương pháp PCI của VCCI, 10 chỉ số thành phần',
	totalRange: { min: 0, max: 100 },
	aggregation: 'weighted_sum',
	totalFrom: 'subindex',
	components: SUBINDICES_2013.map((s) => subIndex(s, true)),
	groupScheme: PCI_TIERS,
	unverified: ['PCI 2024 là kỳ cuối theo 63 tỉnh; cách công bố từ kỳ 2025 (34 tỉnh) chưa xác minh.'],
	notes:
		'PCI = Σ trọng số × chỉ số thành phần × 10 (khớp chính xác tổng chính thức 2014–2016, khớp trong sai số làm tròn 2019, 2021).'
};

export const PCI: IndexDefinition = {
	code: 'PCI',
	nameVi: 'Chỉ số năng lực cạnh tranh cấp tỉnh',
	nameEn: 'Provincial Competitiveness Index (PCI)',
	shortVi: 'PCI',
	shortEn: 'PCI',
	publisherVi: 'Phòng Thương mại và Công nghiệp Việt Nam (VCCI)',
	publisherEn: 'Vietnam Chamber of Commerce and Industry (VCCI)',
	levels: ['province'],
	unit: 'points',
	decimals: 2,
	higherIsBetter: true,
	versions: [V2009, V2013]
};
