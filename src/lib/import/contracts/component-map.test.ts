import { describe, expect, it } from 'vitest';
import type { IndexCode } from '$lib/indices';
import { componentMap, type ComponentMatch } from './component-map';

/*
 * Component cells of long score tables → catalog codes and ranges. Expected values are read off the catalog
 * by hand: PAR lĩnh vực maxima LV1 9.5, LV2 9.5, LV3 14, LV5 13, LV8 22 (placeholders, UNVERIFIED), total
 * 0–100; PAPI dimensions 1–10, total 6–60 (2011–2017) and 8–80 (2018–), so 6–80 over the index; DTI 0–1;
 * SIPAS 0–100, with "Thủ tục hành chính" the name of E2 (2640, 2017–2021) and of II.B (1001, 2022–).
 */

const ok = (code: string | null, min: number, max: number): ComponentMatch => ({
	target: { code, min, max }
});
const unknown = (detail: string): ComponentMatch => ({ code: 'unknown_component', detail });
const ambiguous = (detail: string): ComponentMatch => ({ code: 'ambiguous_component', detail });

const PAR_CODES =
	'Mã hợp lệ: LV1, LV2, LV3, LV4, LV5, LV6, LV7, LV8; để trống hoặc ghi "Tổng" cho giá trị tổng.';

const CASES: [IndexCode, string, number | null, ComponentMatch][] = [
	// codes, any case
	['PAR', 'LV1', null, ok('LV1', 0, 9.5)],
	['PAR', 'lv3', 2023, ok('LV3', 0, 14)],
	// names with and without diacritics, upper case, English, code + name, aliases
	['PAR', 'Cải cách thể chế', 2023, ok('LV2', 0, 9.5)],
	['PAR', 'cai cach the che', 2023, ok('LV2', 0, 9.5)],
	['PAR', 'CẢI CÁCH THỂ CHẾ', 2023, ok('LV2', 0, 9.5)],
	['PAR', 'Institutional reform', 2023, ok('LV2', 0, 9.5)],
	['PAR', 'LV5. Cải cách chế độ công vụ', 2023, ok('LV5', 0, 13)],
	['PAR', 'Lĩnh vực 8', 2023, ok('LV8', 0, 22)],
	['PAR', 'Cải cách TTHC', 2023, ok('LV3', 0, 14)],
	['PAR', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 2023, ok('LV7', 0, 13)],
	// the total: blank, total words, the index's own code and names
	['PAR', '', 2023, ok(null, 0, 100)],
	['PAR', 'Tổng', 2023, ok(null, 0, 100)],
	['PAR', 'Tổng điểm', 2023, ok(null, 0, 100)],
	['PAR', 'tong cong', 2023, ok(null, 0, 100)],
	['PAR', 'Chỉ số', 2023, ok(null, 0, 100)],
	['PAR', 'PAR', 2023, ok(null, 0, 100)],
	['PAR', 'Chỉ số CCHC', 2023, ok(null, 0, 100)],
	['PAR', 'Chỉ số cải cách hành chính', 2023, ok(null, 0, 100)],
	['PAR', 'PAR INDEX', 2023, ok(null, 0, 100)],
	// unknown: near names suggested (one typo; the first words of a name), else the valid codes
	['PAR', 'Cai cach the chee', 2023, unknown('Có phải: LV2 (Cải cách thể chế)?')],
	['PAR', 'Cải cách tài chính', 2023, unknown('Có phải: LV6 (Cải cách tài chính công)?')],
	['PAR', 'PAR1', 2023, unknown(PAR_CODES)],
	// "LV9" is one step from all eight codes: the list, not three arbitrary ones
	['PAR', 'LV9', 2023, unknown(PAR_CODES)],
	['PAPI', 'D1', 2022, ok('D1', 1, 10)],
	['PAPI', 'Kiểm soát tham nhũng', 2022, ok('D4', 1, 10)],
	['PAPI', 'Cong khai minh bach', 2015, ok('D2', 1, 10)],
	['PAPI', 'E-Governance', 2022, ok('D8', 1, 10)],
	// D2 was renamed in 2018: both names are known
	['PAPI', 'Công khai, minh bạch trong ra quyết định', 2022, ok('D2', 1, 10)],
	['PAPI', 'Chỉ số nội dung 7', 2022, ok('D7', 1, 10)],
	['PAPI', 'PAPI', 2022, ok(null, 6, 80)],
	['DTI', 'NT', 2022, ok('NT', 0, 1)],
	['DTI', 'Chỉ số Nhận thức số', 2022, ok('NT', 0, 1)],
	['DTI', 'Kinh tế số', 2022, ok('KTS', 0, 1)],
	['DTI', 'DTI', 2022, ok(null, 0, 1)],
	// one name, two components in different versions: the year settles it, or it is reported
	['SIPAS', 'Thủ tục hành chính', 2019, ok('E2', 0, 100)],
	['SIPAS', 'thu tuc hanh chinh', 2024, ok('II.B', 0, 100)],
	['SIPAS', 'Kết quả', 2018, ok('E4', 0, 100)],
	['SIPAS', 'Kết quả', 2023, ok('II.D', 0, 100)],
	['SIPAS', 'Thủ tục hành chính', null, ambiguous('E2 (Thủ tục hành chính); II.B (Thủ tục hành chính)')],
	['SIPAS', 'Thủ tục hành chính', 2010, ambiguous('E2 (Thủ tục hành chính); II.B (Thủ tục hành chính)')],
	// survey items are not components of a score table
	[
		'SIPAS',
		'Câu 9.1',
		2024,
		unknown(
			'Mã hợp lệ: E1, E2, E3, E4, E5, I, II, I.A, I.B, I.C, I.D, II.A, II.B, II.C, II.D, II.E; để trống hoặc ghi "Tổng" cho giá trị tổng.'
		)
	]
];

describe('componentMap', () => {
	it.each(CASES)('%s %j (%s)', (index, text, year, expected) => {
		expect(componentMap(index).resolve(text, year)).toEqual(expected);
	});
});
