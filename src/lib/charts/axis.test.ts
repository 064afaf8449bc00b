import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearTicks, tickCount } from './axis';

describe('linearTicks', () => {
	it('labels 0..1 in steps of 0,5 with one decimal, in vi-VN', () => {
		const ticks = linearTicks(scaleLinear().domain([0, 1]).range([0, 100]), 2);
		expect(ticks).toEqual([
			{ pos: 0, value: 0, text: '0,0' },
			{ pos: 50, value: 0.5, text: '0,5' },
			{ pos: 100, value: 1, text: '1,0' }
		]);
	});
	it('writes thousands with a dot and no decimals for whole steps', () => {
		const ticks = linearTicks(scaleLinear().domain([0, 2000]).range([0, 1]), 2, 'vi');
		expect(ticks.map((t) => t.text)).toEqual(['0', '1.000', '2.000']);
	});
});

describe('tickCount', () => {
	it.each([
		[50, 2],
		[240, 4],
		[1000, 6]
	])('%i px → %i ticks', (px, n) => expect(tickCount(px)).toBe(n));
});
