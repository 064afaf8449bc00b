import { describe, expect, it } from 'vitest';
import { heatmapFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import Heatmap from './Heatmap.svelte';

describe('Heatmap', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(renderSvg(Heatmap, { data: heatmapFixture, width: 480, highlight: 'gso63:66' })).toMatchSnapshot();
	});
	it('fits 343 px with a value in every cell that has one', () => {
		const svg = renderSvg(Heatmap, { data: heatmapFixture, width: 343 });
		expect(svg.match(/<rect/g)).toHaveLength(24);
		expect(svg).toContain('>9,8</text>');
		expect(svg).toContain('>–</text>');
	});
});
