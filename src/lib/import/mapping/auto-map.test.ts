import { describe, expect, it } from 'vitest';
import { SURVEY_HEADER } from '$lib/sample/generate/survey';
import { SURVEY_CONTRACT } from '../contracts/survey';
import { autoMap, headerSignature, withColumn } from './auto-map';

describe('autoMap', () => {
	it('maps Vietnamese headers with any case and diacritics', () => {
		const headers = ['Mã phiếu', 'NĂM', 'Đơn vị', 'Giới tính', 'Nhom tuoi', 'Câu 9.1', 'cau 9.2', 'Ghi chú'];
		expect(autoMap(SURVEY_CONTRACT, headers)).toEqual({
			respondent_key: 0,
			period: 1,
			unit_key: 2,
			sex: 3,
			age_group: 4,
			q9_01: 5,
			q9_02: 6
		});
	});

	it('maps the English column names of the sample file', () => {
		const mapping = autoMap(SURVEY_CONTRACT, SURVEY_HEADER);
		const at = (name: (typeof SURVEY_HEADER)[number]) => SURVEY_HEADER.indexOf(name);
		expect(mapping.unit_key).toBe(at('unit_key')); // unit_key wins over unit_name: the first that matches
		expect(mapping.respondent_key).toBe(0);
		expect(mapping.surveyed_on).toBe(at('surveyed_on'));
		expect(mapping.q9_01).toBe(at('q9_01'));
		expect(Object.values(mapping)).not.toContain(at('unit_name'));
		expect(mapping.q9_39).toBe(at('q9_39'));
	});

	it('uses a column once', () => {
		expect(autoMap(SURVEY_CONTRACT, ['năm', 'năm'])).toEqual({ period: 0 });
	});

	it('gives one signature to headers that differ only in case and diacritics', () => {
		expect(headerSignature(['Mã phiếu', 'Năm'])).toBe(headerSignature(['MA PHIEU', 'nam']));
		expect(headerSignature(['Mã phiếu', 'Năm'])).not.toBe(headerSignature(['Năm', 'Mã phiếu']));
	});

	it.each([
		['a field to a free column', { a: 0 }, 'b', 1, { a: 0, b: 1 }],
		['a field to a column another field reads: that field leaves it', { a: 0, b: 1 }, 'b', 0, { b: 0 }],
		['a field to no column', { a: 0, b: 1 }, 'a', null, { b: 1 }],
		['a field to the column it reads already', { a: 0 }, 'a', 0, { a: 0 }]
	])('sets %s', (_, mapping, key, column, expected) => {
		expect(withColumn(mapping, key, column)).toEqual(expected);
		expect(mapping).not.toBe(expected); // a new mapping, the old one untouched
	});
});
