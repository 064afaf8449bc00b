import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSvg, escapeXml, exportFileName, resolveVars } from './compose';
import { inlineFontCss } from './font';

describe('resolveVars', () => {
	it.each([
		['fill: var(--chart-ink, #1c1917);', 'fill: #1c1917;'],
		['fill: var(--a, var(--b, #fff))', 'fill: #fff'],
		['fill: #0072B2', 'fill: #0072B2']
	])('%s → %s', (input, out) => expect(resolveVars(input)).toBe(out));
});

describe('exportFileName', () => {
	it.each([
		['Chỉ số CCHC năm 2024', 'svg', 'chi-so-cchc-nam-2024.svg'],
		['Đắk Lắk: SIPAS', 'png', 'dak-lak-sipas.png'],
		['…', 'png', 'bieu-do.png']
	] as const)('%s', (title, ext, name) => expect(exportFileName(title, ext)).toBe(name));
});

describe('composeSvg', () => {
	const parts = {
		width: 300,
		title: 'Chỉ số CCHC <2024> & Đắk Lắk',
		legend: [
			{ label: 'Nhóm A', color: '#0072B2' },
			{ label: 'Trung bình', color: 'var(--chart-ink, #1c1917)' }
		],
		source: 'Nguồn: Bộ Nội vụ',
		sampleLabel: 'Dữ liệu mẫu',
		charts: [
			{
				x: 0,
				y: 0,
				width: 300,
				height: 100,
				viewBox: '0 0 300 100',
				inner: '<rect style="fill: var(--chart-bar, #0072B2)"/>'
			}
		]
	};
	const { svg, width, height } = composeSvg(parts);

	it('carries the title (escaped), sample label, legend and source line', () => {
		expect(svg).toContain('Chỉ số CCHC &lt;2024&gt; &amp; Đắk Lắk');
		expect(svg).toContain('DỮ LIỆU MẪU');
		expect(svg).toContain('>Nhóm A</text>');
		expect(svg).toContain('fill="#1c1917"/><text'); // a theme colour in the legend resolved too
		expect(svg).toContain('>Nguồn: Bộ Nội vụ</text>');
	});

	it('nests the chart with theme variables resolved, and pads the page by 16 px', () => {
		expect(svg).toContain('<svg x="16" y="');
		expect(svg).toContain('<rect style="fill: #0072B2"/>');
		expect(width).toBe(332);
		expect(height).toBeGreaterThan(100 + 16 * 2);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="332"')).toBe(true);
	});

	it('escapes what XML reserves', () => expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;'));
});

describe('inlineFontCss', () => {
	const css = fs.readFileSync('node_modules/@fontsource/be-vietnam-pro/400.css', 'utf8');
	it('keeps one face per subset with its unicode range, sourced from the given data URL', () => {
		const out = inlineFontCss(css, {
			'be-vietnam-pro-vietnamese-400-normal.woff2': 'data:font/woff2;base64,VVVV',
			'be-vietnam-pro-latin-400-normal.woff2': 'data:font/woff2;base64,TTTT'
		});
		const faces = out.split('@font-face').filter(Boolean);
		expect(faces).toHaveLength(2);
		expect(out).toContain("src: url(data:font/woff2;base64,VVVV) format('woff2');");
		expect(out).toContain('U+1EA0-1EF9'); // the Vietnamese letters with stacked marks
		expect(out).not.toContain('./files/');
	});
});
