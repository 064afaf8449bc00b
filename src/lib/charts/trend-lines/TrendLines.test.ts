import { describe, expect, it } from 'vitest';
import { trendFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import TrendLines from './TrendLines.svelte';

describe('TrendLines', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(
			renderSvg(TrendLines, { series: trendFixture, width: 640, highlight: 'gso63:66' })
		).toMatchSnapshot();
	});

	it('dashes the reference, marks the 2023 method change, leaves gaps', () => {
		const svg = renderSvg(TrendLines, { series: trendFixture, width: 343 });
		expect(svg).toMatch(/<path[^>]*stroke-dasharray="6 4"/);
		expect(svg).toContain('data-break="2023"');
		expect(svg).toContain('Đổi phương pháp 2023');
		// Đắk Lắk: 2018–19, 2021–22 (2020 missing), then 2023–24 under the new method: three lines.
		const dakLak = /data-series="gso63:66"[\s\S]*?<\/g>/.exec(svg)![0];
		expect(dakLak.match(/<path[^>]*fill="none"/g)).toHaveLength(3);
		expect(dakLak.match(/<path[^>]*data-dots/g)).toHaveLength(1); // its dots: one path of circles
	});

	it('draws 63 units over 14 years', () => {
		const many = Array.from({ length: 63 }, (_, i) => ({
			key: `u${i}`,
			label: `Tỉnh ${i}`,
			points: Array.from({ length: 14 }, (_, y) => ({ year: 2012 + y, value: 60 + ((i * 7 + y * 3) % 35) }))
		}));
		const svg = renderSvg(TrendLines, { series: many, width: 1000 });
		expect(svg.match(/<path[^>]*fill="none"/g)).toHaveLength(63);
		expect(svg.match(/<path[^>]*data-dots/g)).toHaveLength(63);
		expect(svg).not.toContain('<circle');
	});
});
