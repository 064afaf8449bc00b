// SIPAS (Chỉ số hài lòng về sự phục vụ hành chính) — DOMAIN.md §3.
import { SIPAS_METHOD_LABEL_VI } from './sipas-method';
import { SIPAS_Q9_ITEMS } from './sipas-questionnaire';
import type { ComponentDef, IndexDefinition, MethodVersion } from './types';

const PCT = { min: 0, max: 100 };

const ELEMENTS_2017: readonly ComponentDef[] = [
	{
		code: 'E1',
		nameVi: 'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước',
		nameEn: 'Access to public administrative services',
		level: 'element',
		range: PCT,
		aliases: ['Tiếp cận dịch vụ', 'Yếu tố 1']
	},
	{
		code: 'E2',
		nameVi: 'Thủ tục hành chính',
		nameEn: 'Administrative procedures',
		level: 'element',
		range: PCT,
		aliases: ['Yếu tố 2']
	},
	{
		code: 'E3',
		nameVi: 'Công chức trực tiếp giải quyết công việc',
		nameEn: 'Civil servants handling the case',
		level: 'element',
		range: PCT,
		aliases: ['Công chức', 'Yếu tố 3']
	},
	{
		code: 'E4',
		nameVi: 'Kết quả cung ứng dịch vụ hành chính công',
		nameEn: 'Results of service delivery',
		level: 'element',
		range: PCT,
		aliases: ['Kết quả', 'Yếu tố 4']
	},
	{
		code: 'E5',
		nameVi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị',
		nameEn: 'Handling of comments, feedback and petitions',
		level: 'element',
		range: PCT,
		aliases: ['Góp ý, phản ánh, kiến nghị', 'Yếu tố 5']
	}
];

const PARTS_AND_ELEMENTS_2023: readonly ComponentDef[] = [
	{
		code: 'I',
		nameVi: 'Việc xây dựng, tổ chức thực hiện chính sách công',
		nameEn: 'Making and implementing public policies',
		level: 'part',
		range: PCT,
		aliases: ['Phần I', 'Chính sách công']
	},
	{
		code: 'II',
		nameVi: 'Việc cung ứng dịch vụ hành chính công',
		nameEn: 'Delivery of public administrative services',
		level: 'part',
		range: PCT,
		aliases: ['Phần II', 'Dịch vụ hành chính công']
	},
	{
		code: 'I.A',
		parent: 'I',
		nameVi: 'Trách nhiệm giải trình của chính quyền về chính sách',
		nameEn: 'Government accountability for policies',
		level: 'element',
		range: PCT
	},
	{
		code: 'I.B',
		parent: 'I',
		nameVi: 'Sự tham gia của người dân vào quá trình xây dựng, tổ chức thực hiện chính sách',
		nameEn: 'Citizen participation in making and implementing policies',
		level: 'element',
		range: PCT
	},
	{
		code: 'I.C',
		parent: 'I',
		nameVi: 'Chất lượng tổ chức thực hiện chính sách',
		nameEn: 'Quality of policy implementation',
		level: 'element',
		range: PCT
	},
	{
		code: 'I.D',
		parent: 'I',
		nameVi: 'Kết quả, tác động của chính sách',
		nameEn: 'Results and impact of policies',
		level: 'element',
		range: PCT
	},
	{
		code: 'II.A',
		parent: 'II',
		nameVi: 'Tiếp cận dịch vụ',
		nameEn: 'Access to services',
		level: 'element',
		range: PCT
	},
	{
		code: 'II.B',
		parent: 'II',
		nameVi: 'Thủ tục hành chính',
		nameEn: 'Administrative procedures',
		level: 'element',
		range: PCT
	},
	{
		code: 'II.C',
		parent: 'II',
		nameVi: 'Công chức trực tiếp giải quyết công việc',
		nameEn: 'Civil servants handling the case',
		level: 'element',
		range: PCT
	},
	{
		code: 'II.D',
		parent: 'II',
		nameVi: 'Kết quả giải quyết thủ tục hành chính',
		nameEn: 'Results of administrative procedures',
		level: 'element',
		range: PCT,
		aliases: ['Kết quả']
	},
	{
		code: 'II.E',
		parent: 'II',
		nameVi: 'Việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân',
		nameEn: 'Receiving and handling feedback and petitions',
		level: 'element',
		range: PCT
	}
];

/** Câu 9 items as components: a published item value is the % satisfied with that item. */
const ITEMS_2023: readonly ComponentDef[] = SIPAS_Q9_ITEMS.map((item) => ({
	code: item.code,
	parent: item.elementCode,
	nameVi: item.labelVi,
	nameEn: `Question 9.${item.no}`,
	level: 'item',
	range: PCT,
	aliases: [`q9_${item.no}`, `Câu 9.${item.no}`]
}));

const V2640: MethodVersion = {
	id: 'SIPAS-2640-2017',
	indexCode: 'SIPAS',
	years: { from: 2017, to: 2021 },
	decisionRef: '2640/QĐ-BNV (10/10/2017), giai đoạn 2017–2020',
	totalRange: PCT,
	aggregation: 'pct_satisfied',
	totalFrom: 'element',
	components: ELEMENTS_2017,
	unverified: [
		`${SIPAS_METHOD_LABEL_VI} (2640/QĐ-BNV).`,
		'Tên 22 tiêu chí chưa xác định: do bảng hỏi của từng tỉnh quy định.',
		'Năm 2021 tạm xếp vào phương pháp này (bảng hỏi mới dùng từ 2022).'
	],
	notes:
		'5 yếu tố, 22 tiêu chí. Năm yếu tố này tương ứng về khái niệm (không hoàn toàn) với II.A–II.E của phương pháp 1001/QĐ-BNV.'
};

const V1001: MethodVersion = {
	id: 'SIPAS-1001-2023',
	indexCode: 'SIPAS',
	years: { from: 2022, to: null },
	decisionRef: '1001/QĐ-BNV (11/12/2023), giai đoạn 2023–2026',
	totalRange: PCT,
	aggregation: 'pct_satisfied',
	totalFrom: 'element',
	components: [...PARTS_AND_ELEMENTS_2023, ...ITEMS_2023],
	unverified: [
		`${SIPAS_METHOD_LABEL_VI} (1001/QĐ-BNV, Phụ lục Phương pháp đo lường).`,
		'Cách gộp câu hỏi → yếu tố → phần → chỉ số chung và trọng số giữa phần I và phần II chưa xác minh.',
		'Giá trị "nói chung" của mỗi yếu tố có thể là câu hỏi riêng chứ không phải giá trị tính toán.',
		'Năm 2022 dùng bảng hỏi mới trước khi 1001/QĐ-BNV được ban hành.'
	],
	notes:
		'Câu 9: 39 câu hỏi, thang 1–5; phần I (chính sách công) 4 yếu tố, 23 câu; phần II (dịch vụ hành chính công) 5 yếu tố, 16 câu.'
};

export const SIPAS: IndexDefinition = {
	code: 'SIPAS',
	nameVi: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
	nameEn: 'Satisfaction Index of Public Administrative Services (SIPAS)',
	shortVi: 'SIPAS',
	shortEn: 'SIPAS',
	publisherVi: 'Bộ Nội vụ, Ủy ban Trung ương MTTQ Việt Nam, Hội Cựu chiến binh Việt Nam',
	publisherEn: "Ministry of Home Affairs, Vietnam Fatherland Front, Veterans' Association of Vietnam",
	levels: ['province', 'agency', 'district', 'commune'],
	unit: 'percent',
	decimals: 2,
	higherIsBetter: true,
	versions: [V2640, V1001]
};
