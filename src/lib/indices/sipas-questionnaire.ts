// SIPAS questionnaire, Câu 9 (mức độ hài lòng), 1001/QĐ-BNV structure — DOMAIN.md §3.3.
// Labels are short paraphrases written for chiso, not the questionnaire's wording.

export type SipasPartCode = 'I' | 'II';
export type SipasElementCode = 'I.A' | 'I.B' | 'I.C' | 'I.D' | 'II.A' | 'II.B' | 'II.C' | 'II.D' | 'II.E';

export interface SipasQ9Item {
	/** Column code of the answer in a response file: q9_01 … q9_39. */
	code: string;
	/** Position in Câu 9, 1–39. */
	no: number;
	elementCode: SipasElementCode;
	labelVi: string;
}

export interface SipasQ9Element {
	code: SipasElementCode;
	partCode: SipasPartCode;
	items: readonly SipasQ9Item[];
}

/** Answer scale of every Câu 9 item: 1–5; 4 and 5 count as satisfied by default. */
export const SIPAS_Q9_SCALE = {
	min: 1,
	max: 5,
	labelsVi: {
		1: 'Rất không hài lòng',
		2: 'Không hài lòng',
		3: 'Bình thường',
		4: 'Hài lòng',
		5: 'Rất hài lòng'
	}
} as const;

const LABELS: readonly (readonly [SipasElementCode, readonly string[]])[] = [
	['I.A', ['Thông tin chính sách đến người dân qua nhiều kênh', 'Thông tin chính sách đầy đủ, dễ hiểu']],
	['I.B', ['Dễ góp ý khi xây dựng chính sách', 'Dễ phản hồi về việc thực hiện chính sách']],
	[
		'I.C',
		[
			'Thực hiện chính sách: phát triển kinh tế',
			'Thực hiện chính sách: khám, chữa bệnh',
			'Thực hiện chính sách: giáo dục phổ thông',
			'Thực hiện chính sách: trật tự, an toàn xã hội',
			'Thực hiện chính sách: giao thông đường bộ',
			'Thực hiện chính sách: điện sinh hoạt',
			'Thực hiện chính sách: nước sinh hoạt',
			'Thực hiện chính sách: an sinh xã hội',
			'Thực hiện chính sách: cải cách hành chính'
		]
	],
	[
		'I.D',
		[
			'Kết quả: kinh tế hộ gia đình',
			'Kết quả: kinh tế – xã hội địa phương',
			'Kết quả: bệnh viện công',
			'Kết quả: trường phổ thông công lập',
			'Kết quả: trật tự, an toàn xã hội',
			'Kết quả: đường sá, giao thông',
			'Kết quả: điện sinh hoạt',
			'Kết quả: nước sinh hoạt',
			'Kết quả: an sinh xã hội',
			'Kết quả: năng lực bộ máy và công chức'
		]
	],
	['II.A', ['Nơi tiếp nhận có biển, chỉ dẫn rõ', 'Đủ chỗ ngồi chờ và bàn viết', 'Trang thiết bị đủ và tốt']],
	[
		'II.B',
		[
			'Thủ tục được niêm yết công khai, dễ đọc',
			'Hồ sơ yêu cầu đúng quy định',
			'Phí, lệ phí thu đúng quy định',
			'Thời hạn giải quyết đúng quy định'
		]
	],
	[
		'II.C',
		['Công chức lịch sự, tôn trọng', 'Hướng dẫn hồ sơ rõ, đủ trong một lần', 'Giải quyết đúng quy định']
	],
	['II.D', ['Trả kết quả đúng hẹn', 'Kết quả có thông tin đủ, chính xác', 'Kết quả bảo đảm công bằng']],
	[
		'II.E',
		[
			'Dễ gửi phản ánh, kiến nghị',
			'Xử lý phản ánh, kiến nghị đúng quy định',
			'Báo kết quả xử lý phản ánh kịp thời'
		]
	]
];

/** Column code of Câu 9 item `no` (1–39): q9_01 … q9_39. */
export function q9Code(no: number): string {
	return `q9_${String(no).padStart(2, '0')}`;
}

function buildElements(): SipasQ9Element[] {
	let no = 0;
	return LABELS.map(([code, labels]) => ({
		code,
		partCode: code.startsWith('II') ? 'II' : 'I',
		items: labels.map((labelVi) => {
			no += 1;
			return { code: q9Code(no), no, elementCode: code, labelVi };
		})
	}));
}

/** Câu 9 grouped by element, in questionnaire order (2, 2, 9, 10, 3, 4, 3, 3, 3 = 39 items). */
export const SIPAS_Q9: readonly SipasQ9Element[] = buildElements();

/** The 39 items in questionnaire order. */
export const SIPAS_Q9_ITEMS: readonly SipasQ9Item[] = SIPAS_Q9.flatMap((e) => e.items);
