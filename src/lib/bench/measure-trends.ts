import { quantile, median } from 'd3';
import { flushSync, mount, unmount } from 'svelte';
import { TrendLines, dotsPath, trendLayout, type TrendSeries } from '$lib/charts';
import { createMemoryDatabase } from '$lib/db';
import { trendViewOn, type TrendRequest, type TrendView } from '$lib/workspace/trend-queries';
import { loadAnalysisData } from './analysis-data';
import type { Results } from './measure';

/*
 * `trend_render_ms`: TrendLines drawing 63 units × 14 years into an off-screen element (mount, flushSync and
 * the browser's layout), median of 20. Baseline `baseline_trend_svg_ms`: the same paths and dots written as a
 * bare SVG with createElementNS, the floor of putting that much SVG in the DOM.
 * `filter_update_p95_ms`: from a filter change (another index, other units) to the chart updated: the trends
 * page's statement on the sample plus a million responses, the series built and the chart drawn again (the
 * page's {#await} block draws it anew too), p95 of 20. Each change is another index than the one before, so
 * each reads its rows (the page keeps only the last index's). Baseline `baseline_trend_read_ms`: reading the
 * same index's rows with no ranking, choosing or average, p95 of 20 in the same page. `filter_queries_p95_ms`:
 * the statement and computing alone, without drawing (where the update's time goes).
 */

const ROUNDS = 20;
const WIDTH = 960;

/** 63 series × 14 years (2012–2025) of values from a fixed formula, one method change in 2022. */
export function benchSeries(units = 63, years = 14): TrendSeries[] {
	return Array.from({ length: units }, (_, u) => ({
		key: `gso63:${String(u + 1).padStart(2, '0')}`,
		label: `Tỉnh ${u + 1}`,
		points: Array.from({ length: years }, (_, i) => ({
			year: 2012 + i,
			value: 60 + ((u * 37 + i * 11) % 300) / 10,
			method: 2012 + i < 2022 ? 'A' : 'B'
		}))
	}));
}

function stage(): HTMLElement {
	const el = document.createElement('div');
	el.style.cssText = `position:absolute;left:-20000px;top:0;width:${WIDTH}px`;
	document.body.append(el);
	return el;
}

async function times(work: () => Promise<unknown> | unknown): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		const t0 = performance.now();
		await work();
		out.push(performance.now() - t0);
	}
	return out;
}

function drawChart(target: HTMLElement, series: TrendSeries[]) {
	const chart = mount(TrendLines, { target, props: { series, width: WIDTH } });
	flushSync();
	void target.offsetHeight; // layout done: the chart is on screen, not only in the DOM
	return chart;
}

function bareSvg(target: HTMLElement, series: TrendSeries[]) {
	const layout = trendLayout(series, { width: WIDTH });
	const ns = 'http://www.w3.org/2000/svg';
	const svg = document.createElementNS(ns, 'svg');
	svg.setAttribute('viewBox', `0 0 ${WIDTH} ${layout.height}`);
	for (const s of layout.series) {
		for (const d of s.paths) {
			const path = document.createElementNS(ns, 'path');
			path.setAttribute('d', d);
			path.setAttribute('fill', 'none');
			path.style.stroke = s.color;
			svg.append(path);
		}
		const dots = document.createElementNS(ns, 'path');
		dots.setAttribute('d', dotsPath(s.dots, 2.5));
		svg.append(dots);
	}
	target.append(svg);
	void target.offsetHeight;
}

/** The chart's series from a view: the average, then the chosen units (as the trends page builds them). */
function viewSeries(view: TrendView): TrendSeries[] {
	const byUnit = new Map<string, TrendSeries>();
	for (const r of view.rows) {
		const s = byUnit.get(r.unit_key) ?? { key: r.unit_key, label: r.name, points: [] };
		s.points.push({ year: r.year, value: r.value, method: r.method_version });
		byUnit.set(r.unit_key, s);
	}
	const average: TrendSeries = {
		key: 'average',
		label: 'Trung bình',
		reference: true,
		points: view.average.map((a) => ({ year: a.year, value: a.value, method: a.method_version }))
	};
	return [average, ...byUnit.values()];
}

export async function measureTrendRender(): Promise<Results> {
	const series = benchSeries();
	const target = stage();
	try {
		unmount(drawChart(target, series)); // warm: the first mount compiles templates and fonts
		const render = await times(() => unmount(drawChart(target, series)));
		const bare = await times(() => {
			bareSvg(target, series);
			target.replaceChildren();
		});
		return { baseline_trend_svg_ms: median(bare) ?? NaN, trend_render_ms: median(render) ?? NaN };
	} finally {
		target.remove();
	}
}

const INDICES = ['PAR', 'PAPI', 'PCI', 'SIPAS', 'DTI'];

/** The i-th filter change: another index each time, five 63-province units that shift with i. */
function change(i: number): TrendRequest {
	const units = Array.from(
		{ length: 5 },
		(_, k) => `gso63:${String(((i * 7 + k * 13) % 96) + 1).padStart(2, '0')}`
	);
	return {
		index: INDICES[i % INDICES.length]!,
		component: null,
		kind: 'province',
		units,
		from: null,
		to: null,
		sample: false
	};
}

export async function measureFilterUpdate(): Promise<Results> {
	const db = await loadAnalysisData(await createMemoryDatabase());
	const target = stage();
	try {
		let chart = drawChart(target, viewSeries(await trendViewOn(db, change(0)))); // warm
		let i = 1;
		const update = await times(async () => {
			const series = viewSeries(await trendViewOn(db, change(i++)));
			unmount(chart);
			chart = drawChart(target, series);
		});
		unmount(chart);
		// Where the time goes: the page's statement (the index's rows with the imports' stamp) and the
		// TypeScript after it, without drawing.
		let k = 1;
		const queries = await times(() => trendViewOn(db, change(k++)));
		let j = 1;
		const read = await times(() =>
			db.query(`SELECT unit_key, year, value FROM index_scores
				WHERE index_code = '${INDICES[j++ % INDICES.length]}' AND unit_kind = 'province' AND component_code IS NULL`)
		);
		return {
			baseline_trend_read_ms: quantile(read, 0.95) ?? NaN,
			filter_update_p95_ms: quantile(update, 0.95) ?? NaN,
			filter_queries_p95_ms: quantile(queries, 0.95) ?? NaN
		};
	} finally {
		target.remove();
		await db.close();
	}
}

export async function measureTrends(): Promise<Results> {
	return { ...(await measureTrendRender()), ...(await measureFilterUpdate()) };
}
