import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	contrast,
	GROUP_COLORS,
	GROUP_SCHEMES,
	groupColor,
	likertColors,
	NEUTRAL,
	seriesColor,
	textOn
} from './palette';

describe('contrast', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#777777', '#ffffff', 4.48]
	])('contrast(%s, %s) = %s', (a, b, ratio) => {
		expect(contrast(a, b)).toBeCloseTo(ratio, 2);
	});
});

describe('groups', () => {
	it('gives every label of every published scheme a colour, distinct within the scheme', () => {
		for (const labels of Object.values(GROUP_SCHEMES)) {
			const colors = labels.map((l) => GROUP_COLORS[l]);
			expect(colors.every(Boolean)).toBe(true);
			expect(new Set(colors).size).toBe(labels.length);
		}
	});

	it('falls back to the neutral bar colour for no group and an unknown one; custom colours win', () => {
		expect(groupColor(null)).toBe(NEUTRAL.bar);
		expect(groupColor('Nhóm lạ')).toBe(NEUTRAL.bar);
		expect(groupColor('A')).toBe('#0072B2');
		expect(groupColor('A', { A: '#123456' })).toBe('#123456');
	});

	it('cycles series colours', () => {
		expect(seriesColor(0)).toBe(seriesColor(7));
		expect(seriesColor(0)).not.toBe(seriesColor(1));
	});
});

describe('text contrast (WCAG AA, 4.5:1)', () => {
	it('picks a text colour readable on every palette colour', () => {
		for (const fill of Object.values(GROUP_COLORS)) {
			expect(contrast(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
		}
	});

	// The neutrals' light fallbacks and the dark theme's values in app.css.
	const fallback = (v: string) => /#[0-9a-f]{6}/i.exec(v)![0];
	it('light: ink and muted text on the chart background', () => {
		expect(contrast(fallback(NEUTRAL.ink), fallback(NEUTRAL.bg))).toBeGreaterThanOrEqual(4.5);
		expect(contrast(fallback(NEUTRAL.muted), fallback(NEUTRAL.bg))).toBeGreaterThanOrEqual(4.5);
	});

	it("dark: app.css's dark chart colours", () => {
		const css = fs.readFileSync('src/app.css', 'utf8');
		const dark = /\[data-theme='dark'\][^{]*\{([^}]*)\}/.exec(css)?.[1] ?? '';
		const v = (name: string) => new RegExp(`--chart-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(dark)?.[1];
		expect(v('bg')).toBeDefined();
		expect(contrast(v('ink')!, v('bg')!)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(v('muted')!, v('bg')!)).toBeGreaterThanOrEqual(4.5);
	});

	it("dark app (the shell's switch): text colours on the page and on panels", () => {
		const css = fs.readFileSync('src/app.css', 'utf8');
		const root = /:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
		const v = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)![1]!;
		for (const surface of ['bg', 'panel'])
			for (const text of ['ink', 'muted', 'accent-ink'])
				expect(contrast(v(text), v(surface)), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
		expect(contrast(v('warn-ink'), v('warn-bg'))).toBeGreaterThanOrEqual(4.5);
	});
});

describe('likertColors', () => {
	it.each([
		[5, ['#CA0020', '#F4A582', '#D9D9D9', '#92C5DE', '#0571B0']],
		[4, ['#CA0020', '#F4A582', '#92C5DE', '#0571B0']],
		[2, ['#CA0020', '#0571B0']]
	])('%i levels: red for the lowest, blue for the highest, grey in the middle', (n, colors) => {
		expect(likertColors(n)).toEqual(colors);
	});

	it.each([3, 7, 10, 11, 12])('%i levels: one distinct colour each, grey only in the middle', (n) => {
		const colors = likertColors(n);
		expect(colors).toHaveLength(n);
		expect(new Set(colors).size).toBe(n);
		expect(colors.filter((c) => c === '#D9D9D9')).toHaveLength(n % 2);
		if (n % 2 === 1) expect(colors[(n - 1) / 2]).toBe('#D9D9D9');
		for (const c of colors) expect(c).toMatch(/^#[0-9A-F]{6}$/);
	});
});
