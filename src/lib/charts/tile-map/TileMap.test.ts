import { describe, expect, it } from 'vitest';
import { tileFixture } from '../fixtures';
import { renderSvg } from '../test-render';
import TileMap from './TileMap.svelte';

describe('TileMap', () => {
	it('renders the 34-province fixture to a stable SVG', () => {
		expect(
			renderSvg(TileMap, { rows: tileFixture, system: 'qd19', width: 343, highlight: 'qd19:66' })
		).toMatchSnapshot();
	});
	it('draws all 63 tiles of the old map even with no data', () => {
		const svg = renderSvg(TileMap, { rows: [], system: 'gso63', width: 343 });
		expect(svg.match(/<rect/g)).toHaveLength(63);
		expect(svg).toContain('>HCM</text>');
	});
});
