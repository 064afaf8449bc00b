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

	it('rank the 34 provinces of 2025 and the 63 of 2024 on the PAR Index, marked as sample data', () => {
		const read = (name: string) => {
			const parsed = parsePublication(built.find((f) => f.name === name)!.text);
			if (!parsed.ok) throw new Error(parsed.error);
			return parsed.publication;
		};
		for (const [name, count, year] of [
			['par-province-2025.json', 34, 2025],
			['par-province-2024.json', 63, 2024]
		] as const) {
			const p = read(name);
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
});
