import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_OPTIONS,
	defaultEmbedOptions,
	EMBED_CHARTS,
	embedHeight,
	embedOptions,
	embedPath,
	parseEmbedOptions,
	takesHeight
} from './embed-options';

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

describe('the charts of each kind', () => {
	it.each([
		{ kind: 'ranking', query: '', chart: 'bars' },
		{ kind: 'ranking', query: 'chart=lines', chart: 'bars' },
		{ kind: 'trend', query: '', chart: 'lines' },
		{ kind: 'trend', query: 'chart=bars', chart: 'lines' },
		{ kind: 'trend', query: 'chart=table', chart: 'table' },
		{ kind: 'survey', query: '', chart: 'bars' },
		{ kind: 'survey', query: 'chart=dots', chart: 'dots' },
		{ kind: 'survey', query: 'chart=likert', chart: 'likert' },
		{ kind: 'survey', query: 'chart=lines', chart: 'bars' }
	] as const)('$kind ?$query → $chart', ({ kind, query, chart }) => {
		expect(parseEmbedOptions(new URLSearchParams(query), kind).chart).toBe(chart);
		expect(EMBED_CHARTS[kind]).toContain(chart);
	});

	it.each([
		{ kind: 'trend', options: { chart: 'lines' }, path: '/embed/t/' },
		{ kind: 'trend', options: { chart: 'lines', height: 300 }, path: '/embed/t/?height=300' },
		{ kind: 'survey', options: { chart: 'dots', lang: 'en' }, path: '/embed/t/?chart=dots&lang=en' },
		{ kind: 'ranking', options: { chart: 'bars' }, path: '/embed/t/' }
	] as const)('$kind: $path, the kind’s default left out', ({ kind, options, path }) => {
		expect(embedPath('t', options, kind)).toBe(path);
		expect(parseEmbedOptions(new URL(path, 'http://x').searchParams, kind)).toMatchObject(options);
	});

	it.each([
		{ chart: 'bars', takes: true },
		{ chart: 'lines', takes: true },
		{ chart: 'table', takes: false },
		{ chart: 'dots', takes: false },
		{ chart: 'likert', takes: false }
	] as const)('a height applies to $chart: $takes', ({ chart, takes }) => {
		expect(takesHeight(chart)).toBe(takes);
	});

	it('defaults each kind to its first chart', () => {
		expect([
			defaultEmbedOptions('ranking'),
			defaultEmbedOptions('trend'),
			defaultEmbedOptions('survey')
		]).toEqual([DEFAULT_EMBED_OPTIONS, { ...DEFAULT_EMBED_OPTIONS, chart: 'lines' }, DEFAULT_EMBED_OPTIONS]);
	});
});
