import { describe, expect, it } from 'vitest';
import { likertFixture, likertLevels } from '../fixtures';
import { renderSvg } from '../test-render';
import LikertBars from './LikertBars.svelte';

describe('LikertBars', () => {
	it('renders the fixture to a stable SVG', () => {
		expect(
			renderSvg(LikertBars, { rows: likertFixture, levels: likertLevels, width: 480 })
		).toMatchSnapshot();
	});

	it('fits 343 px: every segment inside the view box', () => {
		const svg = renderSvg(LikertBars, { rows: likertFixture, width: 343 });
		for (const m of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)) {
			expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(343.01);
		}
	});
});
