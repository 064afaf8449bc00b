import { describe, expect, it } from 'vitest';
import { slopeFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import SlopeChart from './SlopeChart.svelte';

describe('SlopeChart', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(renderSvg(SlopeChart, { rows: slopeFixture, years: [2023, 2024], width: 480 })).toMatchSnapshot();
	});
	it('draws a line for each unit with both years only', () => {
		const svg = renderSvg(SlopeChart, { rows: slopeFixture, years: [2023, 2024], width: 343 });
		expect(svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="[\d.]+" y2="[\d.]+" stroke-width/g)).toHaveLength(4);
	});
});
