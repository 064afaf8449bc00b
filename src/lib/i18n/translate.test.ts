import { describe, expect, it } from 'vitest';
import { en } from './en';
import { isMessageKey, translate } from './translate';
import { vi } from './vi';

describe('translate', () => {
	it('fills parameters', () => {
		expect(translate('vi', 'storage.saved', { time: '14:05 06/04/2025' })).toBe(
			'Đã lưu trên máy này lúc 14:05 06/04/2025'
		);
		expect(translate('en', 'home.subtitle', { year: 2024, count: 63 })).toBe(
			'PAR Index 2024: 63 provinces and cities'
		);
	});
	it('leaves an unknown placeholder visible rather than blank', () => {
		expect(translate('vi', 'storage.saved')).toBe('Đã lưu trên máy này lúc {time}');
	});
	it('has the same keys and placeholders in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
		for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
			const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(vi[key]));
		}
	});
	it('knows its keys', () => {
		expect(isMessageKey('nav.overview')).toBe(true);
		expect(isMessageKey('nav.nothing')).toBe(false);
	});
});
