import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublication } from '$lib/publish/schema';
import { buildShippedPublications, PUBLISHED_DIR } from './shipped-publications';

describe('the publications shipped in data/published', () => {
	let built: { name: string; text: string }[];
	beforeAll(async () => {
		built = await buildShippedPublications();
	});

	it('are exactly what the script makes from the sample (run `npm run publications` after a change)', () => {
		const committed = fs.readdirSync(path.resolve(PUBLISHED_DIR)).filter((f) => f.endsWith('.json'));
		expect(committed.sort()).toEqual(built.map((f) => f.name).sort());
		for (const file of built) {
			expect(fs.readFileSync(path.resolve(PUBLISHED_DIR, file.name), 'utf8'), file.name).toBe(file.text);
		}
	});

	const read = (name: string) => {
		const parsed = parsePublication(built.find((f) => f.name === name)!.text);
		if (!parsed.ok) throw new Error(parsed.error);
		return parsed.publication;
	};

	it('rank the 34 provinces of 2025 and the 63 of 2024 on the PAR Index, marked as sample data', () => {
		for (const [name, count, year] of [
			['par-province-2025.json', 34, 2025],
			['par-province-2024.json', 63, 2024]
		] as const) {
			const p = read(name);
			if (p.kind !== 'ranking') throw new Error(`${name} is a ${p.kind}`);
			expect([p.rows.length, p.provenance.year, p.provenance.is_sample, p.provenance.index.code]).toEqual([
				count,
				year,
				true,
				'PAR'
			]);
			expect(p.rows.every((r) => r.ranked_of === count && r.value !== null)).toBe(true);
			expect(p.rows[0]!.rank).toBe(1);
		}
	});

	it('follow four provinces on the PAR Index from 2018 to 2025 with the average, across both method changes and the 2025 list', () => {
		const p = read('trend-par-province-2018-2025.json');
		if (p.kind !== 'trend') throw new Error(`a ${p.kind}`);
		expect(p.rows.map((r) => r.name.vi)).toEqual(['Hà Nội', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An']);
		expect(p.provenance).toMatchObject({ from_year: 2018, to_year: 2025, is_sample: true });
		for (const line of [...p.rows, p.average!]) {
			expect(line.points.map((pt) => pt.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
			expect([...new Set(line.points.map((pt) => pt.method))]).toEqual([
				'PAR-2012',
				'PAR-1149-2021',
				'PAR-876-2022'
			]);
			expect(line.points.at(-1)!.list).toBe('qd19');
		}
		expect(p.average!.points.map((pt) => pt.n)).toEqual([63, 63, 63, 63, 63, 63, 63, 34]);
	});

	it("give the agencies' satisfaction of 2025 with n and intervals, and no respondent", () => {
		const p = read('survey-sipas-agency-2025.json');
		if (p.kind !== 'survey') throw new Error(`a ${p.kind}`);
		expect([p.provenance.year, p.provenance.unit_kind, p.provenance.min_n, p.provenance.is_sample]).toEqual([
			2025,
			'agency',
			30,
			true
		]);
		expect(p.rows.length).toBe(14);
		expect(p.rows.every((r) => !r.suppressed && r.n >= 30 && r.low !== null && r.high !== null)).toBe(true);
		expect(p.items.length).toBe(39);
		const text = built.find((f) => f.name === 'survey-sipas-agency-2025.json')!.text;
		// Nothing of a respondent row: no respondent id, answer column, service or sex.
		for (const raw of ['respondent', 'QN-2025-', 'q9_01":', 'Nam', 'Trực tiếp'])
			expect(text).not.toContain(raw);
	});
});
