import { describe, expect, it } from 'vitest';
import { bumpFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import BumpChart from './BumpChart.svelte';

describe('BumpChart', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(
			renderSvg(BumpChart, { series: bumpFixture, width: 480, highlight: 'gso63:66' })
		).toMatchSnapshot();
	});

	it('breaks Đắk Lắk’s line at the year it was not ranked', () => {
		const svg = renderSvg(BumpChart, { series: bumpFixture, width: 343 });
		const dakLak = /data-series="gso63:66"[\s\S]*?<\/g>/.exec(svg)![0];
		expect(dakLak.match(/<path/g)).toHaveLength(2);
	});
});
