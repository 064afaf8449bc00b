// Vietnam ICT Index (Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT) — DOMAIN.md §8.
// Not the separate MIC ranking of IT application / e-government, which is out of this catalog.
import type { IndexDefinition, MethodVersion } from './types';

const RATIO = { min: 0, max: 1 };

const V2005: MethodVersion = {
	id: 'ICT-3-2005',
	indexCode: 'ICT',
	years: { from: 2005, to: null },
	decisionRef: 'Bộ Thông tin và Truyền thông, Hội Tin học Việt Nam (VAIP)',
	totalRange: RATIO,
	aggregation: 'points',
	components: [
		{
			code: 'technical_infrastructure',
			nameVi: 'Hạ tầng kỹ thuật CNTT',
			nameEn: 'ICT technical infrastructure',
			level: 'subindex',
			range: RATIO,
			aliases: ['Hạ tầng kỹ thuật', 'Technical infrastructure']
		},
		{
			code: 'human_resources',
			nameVi: 'Hạ tầng nhân lực CNTT',
			nameEn: 'ICT human resources',
			level: 'subindex',
			range: RATIO,
			aliases: ['Hạ tầng nhân lực', 'Human resources infrastructure']
		},
		{
			code: 'it_application',
			nameVi: 'Ứng dụng CNTT',
			nameEn: 'IT application',
			level: 'subindex',
			range: RATIO,
			aliases: ['Ứng dụng công nghệ thông tin']
		}
	],
	unverified: [
		'Cách tổng hợp chỉ số chung từ các chỉ số thành phần chưa xác minh: lưu giá trị tổng như công bố.',
		'Số chỉ số thành phần có thể khác giữa các năm; danh mục chỉ ghi 3 chỉ số chính.',
		'Chưa rõ chỉ số còn được công bố sau khi Bộ TT&TT hợp nhất vào Bộ KH&CN (2025); kỳ mới nhất đã thấy: 2023.'
	],
	notes:
		'Công bố cho bộ, tỉnh, ngân hàng thương mại và tập đoàn, tổng công ty; danh mục chỉ dùng cấp bộ và tỉnh.'
};

export const ICT: IndexDefinition = {
	code: 'ICT',
	nameVi: 'Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin – truyền thông',
	nameEn: 'Vietnam ICT Index',
	shortVi: 'ICT Index',
	shortEn: 'ICT Index',
	publisherVi: 'Bộ Thông tin và Truyền thông, Hội Tin học Việt Nam',
	publisherEn:
		'Ministry of Information and Communications, Vietnam Association for Information Processing (VAIP)',
	levels: ['ministry', 'province'],
	unit: 'ratio',
	decimals: 4,
	higherIsBetter: true,
	versions: [V2005]
};
