/*
 * The publications shipped with the site (data/published/), built from the sample data in the Node build of
 * DuckDB exactly as the analyst's browser would: schema, registry, sample files, then the rankings query, the
 * trends page's view and lines, and the survey page's data, each made a draft as its page's "Công bố" does.
 * `npm run publications` writes them; shipped-publications.test.ts fails when they drift from this code.
 * Run through Vite's loader (scripts/vite-import.js) or Vitest, for the `$lib` aliases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createNodeDatabase } from '$lib/db/node';
import { publicationJson } from '$lib/publish/schema';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { SURVEY_METHOD_DEFAULTS } from '$lib/survey';
import { surveyDraft, trendDraft } from '$lib/workspace/publish-drafts';
import { rankingDraft } from '$lib/workspace/publish-queries';
import { setUpTables } from '$lib/workspace/setup';
import { ensureSipasSummary, surveyPageDataIn } from '$lib/workspace/survey-queries';
import { trendViewOn } from '$lib/workspace/trend-queries';
// The trends page's own grouping of a unit and its one-to-one successor into one line (a route helper, used
// here so that the shipped trend is what the page would publish).
import { unitSeries } from '../src/routes/trends/series';

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

/**
 * The PAR Index of four provinces against the national average, every year of the sample (id
 * trend-par-province-2018-2025): two method changes (2021, 2022) and the 2025 list, where each of these
 * provinces goes on, one to one, as a province of the 34.
 */
const TREND_UNITS = ['gso63:01', 'gso63:22', 'gso63:38', 'gso63:40'];

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
		const request = {
			index: 'PAR',
			component: null,
			kind: 'province',
			units: TREND_UNITS,
			from: null,
			to: null
		};
		const view = await trendViewOn(db, { ...request, sample: false });
		const trend = await trendDraft(db, view, unitSeries(view.rows, TREND_UNITS, view.links), {
			createdAt: CREATED_AT
		});
		if (!trend) throw new Error('buildShippedPublications: the sample has no PAR trend');
		out.push({ name: `${trend.id}.json`, text: publicationJson(trend) });
		// SIPAS of the agencies in the latest year (id survey-sipas-agency-2025), with the page's default method.
		const method = { ...SURVEY_METHOD_DEFAULTS };
		await ensureSipasSummary(db, method);
		const filters = { importId: null, year: null, kind: 'agency', units: [], by: 'none' } as const;
		const data = await surveyPageDataIn(db, filters, method);
		const survey = await surveyDraft(db, data, [], method, { createdAt: CREATED_AT });
		if (!survey) throw new Error('buildShippedPublications: the sample has no survey result');
		out.push({ name: `${survey.id}.json`, text: publicationJson(survey) });
		return out;
	} finally {
		await db.close();
	}
}
