import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEQUENTIAL } from '../palette';
import { GRIDS, type TileSystem } from './grids';
import { tileMapLayout } from './layout';

const codes = (file: string) => [
	...new Set(
		fs
			.readFileSync(`data/units/${file}`, 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split(',')[0]!)
	)
];

describe('GRIDS', () => {
	it.each([
		['gso63', 'provinces-gso63.csv', 63],
		['qd19', 'provinces-qd19-2025.csv', 34]
	] as const)('%s: one tile for each of the registry’s %s codes, one code per cell', (system, file, n) => {
		const grid = GRIDS[system as TileSystem];
		expect(grid).toHaveLength(n);
		expect(grid.map((t) => t[0]).sort()).toEqual(codes(file).sort());
		expect(new Set(grid.map((t) => `${t[1]},${t[2]}`)).size).toBe(n);
		expect(new Set(grid.map((t) => t[3])).size).toBe(n); // short labels tell tiles apart
	});

	it('keeps the north above the south: Hà Nội’s row before TP. Hồ Chí Minh’s, Cà Mau last', () => {
		for (const grid of Object.values(GRIDS)) {
			const row = (code: string) => grid.find((t) => t[0] === code)![2];
			expect(row('01')).toBeLessThan(row('79'));
			expect(row('96')).toBe(Math.max(...grid.map((t) => t[2])));
		}
	});
});

describe('tileMapLayout', () => {
	const rows = [
		{ key: 'qd19:01', label: 'Hà Nội', value: 10, group: 'A' },
		{ key: 'qd19:79', label: 'TP. Hồ Chí Minh', value: 70, group: 'B' }
	];

	it('sizes tiles to the width (5 columns in 343 px → 40 px, capped) and centres the grid', () => {
		const l = tileMapLayout(rows, { system: 'qd19', width: 343 });
		expect(l.size).toBe(40);
		expect(l.height).toBe(18 * 40);
		const hn = l.tiles.find((t) => t.key === 'qd19:01')!;
		expect([hn.x, hn.y]).toEqual([71.5 + 2 * 40, 2 * 40]); // offset (343 − 200) / 2
	});

	it('colours by value from the lightest to the darkest step, and leaves units without data blank', () => {
		const l = tileMapLayout(rows, { system: 'qd19', width: 200 });
		expect(l.size).toBe(40);
		expect(l.tiles.find((t) => t.key === 'qd19:01')!.fill).toBe(SEQUENTIAL[0]);
		expect(l.tiles.find((t) => t.key === 'qd19:79')!.fill).toBe(SEQUENTIAL[5]);
		expect(l.tiles.find((t) => t.key === 'qd19:96')!.hasData).toBe(false);
		expect(l.legend).toHaveLength(6);
	});

	it('colours by group with the palette', () => {
		const l = tileMapLayout(rows, { system: 'qd19', width: 200, colorBy: 'group' });
		expect(l.tiles.find((t) => t.key === 'qd19:01')!.fill).toBe('#0072B2');
		expect(l.legend).toEqual([]);
	});
});
