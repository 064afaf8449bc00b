import { describe, expect, it } from 'vitest';
import { componentForColumn } from './column-names';

describe('componentForColumn', () => {
	it.each([
		// PAPI: code, Vietnamese, English, ASCII, the publisher's combined header
		['PAPI-8D-2018', 'D1', 'D1'],
		['PAPI-8D-2018', 'd1', 'D1'],
		['PAPI-8D-2018', 'Tham gia của người dân ở cấp cơ sở', 'D1'],
		['PAPI-8D-2018', 'THAM GIA CUA NGUOI DAN O CAP CO SO', 'D1'],
		['PAPI-8D-2018', 'tham_gia_cua_nguoi_dan_o_cap_co_so', 'D1'],
		['PAPI-8D-2018', 'Participation at Local Levels', 'D1'],
		['PAPI-8D-2018', 'D1 Tham gia của người dân ở cấp cơ sở (Participation at Local Levels)', 'D1'],
		['PAPI-8D-2018', 'D7 Quản trị môi trường (Environmental Governance)', 'D7'],
		['PAPI-8D-2018', 'Quan tri dien tu', 'D8'],
		['PAPI-8D-2018', 'Công khai, minh bạch', 'D2'],
		['PAPI-8D-2018', 'Chỉ số nội dung 6', 'D6'],
		// PCI
		['PCI-10-2013', 'Gia nhập thị trường (Entry costs)', 'entry_costs'],
		['PCI-10-2013', 'Cạnh tranh bình đẳng (Policy bias / equal competition)', 'policy_bias'],
		['PCI-10-2013', 'Tính năng động (Proactivity)', 'proactivity'],
		['PCI-10-2013', 'Thiết chế pháp lý (Legal institutions)', 'legal_institutions'],
		['PCI-10-2013', 'Dao tao lao dong', 'labor_training'],
		['PCI-10-2013', 'Labor training', 'labor_training'],
		['PCI-10-2013', 'labour training', 'labor_training'],
		['PCI-10-2013', 'chi_phi_khong_chinh_thuc', 'informal_charges'],
		// DTI: the activity index and the pillar of the same name stay apart
		['DTI-922-2021', 'Chỉ số Nhận thức số', 'NT'],
		['DTI-922-2021', 'An toàn thông tin mạng', 'ATTT'],
		['DTI-922-2021', 'Hoạt động chính quyền số', 'HD_CQS'],
		['DTI-922-2021', 'Chính quyền số', 'CQS'],
		['DTI-922-2021', 'hd_cqs', 'HD_CQS'],
		['DTI-922-2021', 'ĐÔ THỊ THÔNG MINH', 'DTTM'],
		['DTI-922-2021', 'Digital economy activities', 'HD_KTS'],
		// SIPAS
		['SIPAS-1001-2023', 'I.A', 'I.A'],
		['SIPAS-1001-2023', 'II.E', 'II.E'],
		['SIPAS-1001-2023', 'I.A Trách nhiệm giải trình của chính quyền về chính sách', 'I.A'],
		['SIPAS-1001-2023', 'Tiếp cận dịch vụ (%)', 'II.A'],
		['SIPAS-1001-2023', 'Access to services', 'II.A'],
		['SIPAS-1001-2023', 'q9_01', 'q9_01'],
		['SIPAS-1001-2023', 'Q9_1', 'q9_01'],
		['SIPAS-1001-2023', 'Câu 9.39', 'q9_39'],
		['SIPAS-1001-2023', 'Phần II', 'II'],
		['SIPAS-1001-2023', 'Kết quả', 'II.D'],
		['SIPAS-2640-2017', 'Thủ tục hành chính', 'E2'],
		['SIPAS-2640-2017', 'Kết quả', 'E4'],
		// PAR
		['PAR-876-2022', 'Cải cách TTHC', 'LV3'],
		['PAR-876-2022', 'Lĩnh vực 8', 'LV8'],
		['PAR-876-2022', 'Chính quyền điện tử, chính quyền số', 'LV7'],
		['PAR-876-2022', 'cai cach the che', 'LV2'],
		['PAR-876-2022', 'Public finance reform', 'LV6'],
		// DDCI, ICT
		['DDCI-9-GENERIC', 'Ứng dụng CNTT', 'it_application'],
		['ICT-3-2005', 'Hạ tầng nhân lực', 'human_resources']
	])('%s: %j → %s', (versionId, header, code) => {
		expect(componentForColumn(versionId, header)).toBe(code);
	});

	it.each([
		['PAPI-8D-2018', 'total_papi', 'not a component'],
		['PAPI-8D-2018', 'D1 Công khai minh bạch', 'code and name disagree'],
		['PAPI-8D-2018', 'Tham gia của người dân ở cấp cơ sở (xếp hạng)', 'a qualifier that names nothing'],
		['PAPI-6D-2011', 'Quản trị môi trường', 'D7 did not exist before 2018'],
		['PCI-10-2013', 'pci_score', 'the total'],
		['PCI-9-2009', 'Cạnh tranh bình đẳng', 'no policy bias before 2013'],
		['PAR-2012', 'Cải cách thể chế', 'no components for 2012–2020'],
		['SIPAS-1001-2023', '', 'an empty header'],
		['SIPAS-1001-2023', '%', 'punctuation only']
	])('%s: %j → undefined (%s)', (versionId, header) => {
		expect(componentForColumn(versionId, header)).toBeUndefined();
	});

	it('throws for an unknown version', () => {
		expect(() => componentForColumn('PAPI-1999', 'D1')).toThrow(/Unknown method version/);
	});
});
