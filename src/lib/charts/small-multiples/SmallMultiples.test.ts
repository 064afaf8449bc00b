import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import MultiplesFixture from './MultiplesFixture.svelte';

describe('SmallMultiples', () => {
	it('draws one titled panel per unit at the grid’s panel width', () => {
		const { body } = render(MultiplesFixture, { props: { width: 343 } });
		const panels = [...body.matchAll(/<div class="panel[^"]*" data-key="([^"]+)"/g)].map((m) => m[1]);
		expect(panels).toEqual(['gso63:31', 'gso63:66', 'gso63:01']);
		expect(body).toContain('--columns: 2');
		expect(body.match(/data-chart="trend-lines"/g)).toHaveLength(3);
		expect(body.match(/<svg viewBox="0 0 165 120"/g)).toHaveLength(3);
		expect(body).toContain('Đắk Lắk</text>');
	});
});
