import { describe, expect, it } from 'vitest';
import { heatmapFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import Heatmap from './Heatmap.svelte';

describe('Heatmap', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(renderSvg(Heatmap, { data: heatmapFixture, width: 480, highlight: 'gso63:66' })).toMatchSnapshot();
	});
	it('is an ARIA grid with one tab stop: the first cell', () => {
		const svg = renderSvg(Heatmap, { data: heatmapFixture, width: 480 });
		expect(svg.match(/role="grid"/g)).toHaveLength(1);
		expect(svg.match(/role="row"/g)).toHaveLength(5); // the column heads and four units
		expect(svg.match(/role="columnheader"/g)).toHaveLength(7); // the unit column and six components
		expect(svg.match(/role="rowheader"/g)).toHaveLength(4);
		expect(svg.match(/role="gridcell"/g)).toHaveLength(24);
		expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
		expect(svg.match(/tabindex="-1"/g)).toHaveLength(23);
		expect(svg).toMatch(/role="gridcell" tabindex="0" aria-label="Hải Phòng · Lĩnh vực 1: 9,1"/);
	});
	it('fits 343 px with a value in every cell that has one', () => {
		const svg = renderSvg(Heatmap, { data: heatmapFixture, width: 343 });
		expect(svg.match(/<rect/g)).toHaveLength(24);
		expect(svg).toContain('>9,8</text>');
		expect(svg).toContain('>–</text>');
	});
});
