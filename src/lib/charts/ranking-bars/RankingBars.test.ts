import { describe, expect, it } from 'vitest';
import { rankingFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import RankingBars from './RankingBars.svelte';

describe('RankingBars', () => {
	it('renders the fixture to a stable SVG', () => {
		const svg = renderSvg(RankingBars, { rows: rankingFixture, highlight: 'gso63:48', width: 480 });
		expect(svg).toMatchSnapshot();
	});

	it('fits 375 px: every bar and value label inside the view box', () => {
		const svg = renderSvg(RankingBars, { rows: rankingFixture, width: 343 });
		expect(svg).toContain('viewBox="0 0 343 218"');
		const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)];
		expect(rects).toHaveLength(8); // no bar for the unit without a value
		for (const m of rects) expect(Number(m[1]) + Number(m[2]) + 38).toBeLessThanOrEqual(343);
	});

	it('writes values the Vietnamese way, a dash for a unit without one, and outlines the highlight', () => {
		const svg = renderSvg(RankingBars, { rows: rankingFixture, width: 480, highlight: 'gso63:48' });
		expect(svg).toContain('>85,32</text>');
		expect(svg).toContain('>–</text>');
		expect(svg).not.toContain('85.32');
		expect(svg).toMatch(/data-key="gso63:48"[\s\S]*?font-weight="700"/);
	});
});
