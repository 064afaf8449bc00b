import { median } from 'd3';
import { createMemoryDatabase } from '$lib/db';
import { runRanking } from '$lib/workspace/ranking-run';
import { loadAnalysisData } from './analysis-data';
import type { Results } from './measure';

/*
 * `ranking_query_ms`: the rankings page's ranking (one index, year and unit kind, with the previous year's
 * ranks, successions and the code-system rule: two queries and `computeRanking`) on the sample plus a million responses, median of 20.
 * Baseline: reading the same year's totals with no ranking at all, in the same page.
 */

const ROUNDS = 20;

async function medianMs(work: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const t0 = performance.now();
		await work();
		times.push(performance.now() - t0);
	}
	return median(times) ?? NaN;
}

export async function measureRankings(): Promise<Results> {
	const db = await loadAnalysisData(await createMemoryDatabase());
	try {
		const args = {
			indexCode: 'PAR',
			year: 2024,
			component: null,
			unitKind: 'province',
			scope: null,
			sample: true
		};
		const baseline = `SELECT unit_key, value FROM index_scores
			WHERE index_code = 'PAR' AND year = 2024 AND unit_kind = 'province' AND component_code IS NULL`;
		await runRanking(db, args); // warm: the first run plans and loads the tables' pages
		return {
			baseline_scores_read_ms: await medianMs(() => db.query(baseline)),
			ranking_query_ms: await medianMs(() => runRanking(db, args))
		};
	} finally {
		await db.close();
	}
}
