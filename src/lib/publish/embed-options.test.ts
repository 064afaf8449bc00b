import { describe, expect, it } from 'vitest';
import { embedHeight, embedOptions, embedPath, parseEmbedOptions } from './embed-options';

describe('parseEmbedOptions(params)', () => {
	it.each([
		{ query: '', expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null } },
		{
			query: 'chart=table&lang=en&theme=dark&height=480',
			expected: { chart: 'table', lang: 'en', theme: 'dark', height: 480 }
		},
		{
			query: 'chart=pie&lang=fr&theme=blue&height=abc',
			expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null }
		},
		{ query: 'height=20', expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null } },
		{ query: 'height=480.5', expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null } },
		{ query: 'height=4001&chart=', expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null } },
		{ query: 'height=160&lang=en', expected: { chart: 'bars', lang: 'en', theme: 'light', height: 160 } }
	])('?$query', ({ query, expected }) => {
		expect(parseEmbedOptions(new URLSearchParams(query))).toEqual(expected);
	});
});

describe('embedHeight(value)', () => {
	it.each([
		{ value: '480', height: 480 },
		{ value: 480, height: 480 },
		{ value: ' 600 ', height: 600 },
		{ value: 4000, height: 4000 },
		{ value: 159, height: null },
		{ value: '', height: null },
		{ value: '   ', height: null },
		{ value: null, height: null },
		{ value: '1e3', height: 1000 },
		{ value: '12px', height: null },
		{ value: Infinity, height: null }
	])('$value → $height', ({ value, height }) => {
		expect(embedHeight(value)).toBe(height);
	});
});

describe('embedOptions(input)', () => {
	it('completes partial options and replaces wrong values by defaults', () => {
		expect(embedOptions({ lang: 'en' })).toEqual({ chart: 'bars', lang: 'en', theme: 'light', height: null });
		expect(embedOptions({ chart: 'table', theme: 'dark', height: '300', lang: 'EN' })).toEqual({
			chart: 'table',
			lang: 'vi',
			theme: 'dark',
			height: 300
		});
		expect(embedOptions({ chart: ['table'], theme: 1 })).toEqual({
			chart: 'bars',
			lang: 'vi',
			theme: 'light',
			height: null
		});
	});
});

describe('embedPath(id, options)', () => {
	it.each([
		{ options: {}, path: '/embed/par-2025/' },
		{ options: { lang: 'vi', theme: 'light', chart: 'bars', height: null }, path: '/embed/par-2025/' },
		{ options: { lang: 'en', height: 400 }, path: '/embed/par-2025/?lang=en&height=400' },
		{ options: { theme: 'dark', chart: 'table' }, path: '/embed/par-2025/?chart=table&theme=dark' }
	] as const)('$path', ({ options, path }) => {
		expect(embedPath('par-2025', options)).toBe(path);
		expect(parseEmbedOptions(new URL(path, 'http://x').searchParams)).toMatchObject(options);
	});
});
