/*
 * The publications shipped with the site (data/published/), built from the sample data in the Node build of
 * DuckDB exactly as the analyst's browser would: schema, registry, sample files, the rankings query.
 * `npm run publications` writes them; shipped-publications.test.ts fails when they drift from this code.
 * Run through Vite's loader (scripts/vite-import.js) or Vitest, for the `$lib` aliases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createNodeDatabase } from '$lib/db/node';
import { publicationJson } from '$lib/publish/schema';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { rankingDraft } from '$lib/workspace/publish-queries';
import { setUpTables } from '$lib/workspace/setup';

export const PUBLISHED_DIR = 'data/published';

/*
 * A fixed creation time, so the same code and sample give the same bytes. The sample is imported for the
 * build, so its files carry that time as their import date too.
 */
const CREATED_AT = new Date('2026-12-05T05:00:00Z');

/**
 * PAR Index of the provinces (ids par-province-<year>): the latest year (34 provinces after the 2025 merger) and 2024 (63 provinces,
 * the last year of the old list, which also shows a long table across printed pages).
 */
const SHIPPED_YEARS = [null, 2024] as const;

export async function buildShippedPublications(): Promise<{ name: string; text: string }[]> {
	const db = await createNodeDatabase();
	try {
		await setUpTables(db);
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		await db.exec(`UPDATE imports SET imported_at = TIMESTAMP '${CREATED_AT.toISOString().slice(0, 19)}'`);
		const out = [];
		for (const year of SHIPPED_YEARS) {
			const args = {
				indexCode: 'PAR',
				year,
				component: null,
				unitKind: 'province',
				scope: null,
				sample: true
			};
			const publication = await rankingDraft(db, args, { createdAt: CREATED_AT });
			out.push({ name: `${publication.id}.json`, text: publicationJson(publication) });
		}
		return out;
	} finally {
		await db.close();
	}
}
