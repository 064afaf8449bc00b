import { describe, expect, it } from 'vitest';
import { dotFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import DotPlot from './DotPlot.svelte';

describe('DotPlot', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(
			renderSvg(DotPlot, { rows: dotFixture, width: 480, highlight: 'local:gso63-38:tu-phap' })
		).toMatchSnapshot();
	});

	it('draws a small sample hollow and grey, and no dot for a unit without a value', () => {
		const svg = renderSvg(DotPlot, { rows: dotFixture, width: 343 });
		expect(svg.match(/<circle/g)).toHaveLength(4);
		expect(svg).toMatch(/<circle[^>]*style="fill: var\(--chart-bg[^"]*; stroke: var\(--chart-none/);
	});
});
