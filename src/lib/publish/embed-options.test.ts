import { describe, expect, it } from 'vitest';
import { embedPath, parseEmbedOptions } from './embed-options';

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
		{ query: 'height=480.5', expected: { chart: 'bars', lang: 'vi', theme: 'light', height: null } }
	])('?$query', ({ query, expected }) => {
		expect(parseEmbedOptions(new URLSearchParams(query))).toEqual(expected);
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
