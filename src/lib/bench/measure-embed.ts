import { median } from 'd3';
import type { Browser, Page } from 'playwright-core';
import type { Results } from './measure';

/*
 * The embed as a newspaper reader gets it, measured from Node (scripts/bench.js runs this through Vite's
 * loader): every load in a new browser context, so the HTTP cache is cold each time.
 * - `embed_transfer_kb`: the encoded bodies of every response the embed page takes (its HTML, CSS, scripts,
 *   fonts, data), from Resource Timing once the network is idle. Baseline `baseline_publication_kb`: the
 *   publication's JSON, the data the chart is drawn from.
 * - `embed_first_render_ms`: navigation start → the chart's SVG, with its bars, on screen: the later of the
 *   frame in which it is first laid out visible (checked in requestAnimationFrame, which does not run while
 *   rendering is blocked) and the first paint (a frame can be prepared before the page's first paint).
 *   Baseline `baseline_static_page_ms`: the same on the server's smallest static document (/favicon.svg,
 *   one request, its first frame and paint).
 * - `embed_wasm_requests`: .wasm requests by the embed and the /published pages (must be 0).
 * Medians of ROUNDS loads; the transfer is the same each time (and is checked to be).
 */

const ROUNDS = 7;
const SAMPLE = 'par-province-2025';

// Runs in the page before its first byte is parsed: marks the first frame with the chart visible.
const WATCH_CHART = `(() => {
	const tick = () => {
		const svg = document.querySelector('svg[data-chart]');
		const box = svg?.getBoundingClientRect();
		if (svg && box.width > 0 && box.height > 0 && svg.querySelector('[data-key]') &&
			svg.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
			window.__chartVisibleAt = performance.now();
		} else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})();`;

// The baseline document: its first frame.
const WATCH_FIRST_FRAME = `requestAnimationFrame(() => { window.__chartVisibleAt = performance.now(); });`;

async function transferBytes(page: Page): Promise<number> {
	return page.evaluate(() =>
		[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
			.map((e) => (e as PerformanceResourceTiming).encodedBodySize)
			.reduce((a, b) => a + b, 0)
	);
}

interface Load {
	ms: number;
	bytes: number;
	wasm: number;
}

async function coldLoad(browser: Browser, url: string, watch: string): Promise<Load> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		let wasm = 0;
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.endsWith('.wasm')) wasm++;
		});
		await page.addInitScript(watch);
		await page.goto(url);
		await page.waitForFunction(() => '__chartVisibleAt' in window, null, { timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const ms = await page.evaluate(() =>
			Math.max(
				(window as unknown as { __chartVisibleAt: number }).__chartVisibleAt,
				performance.getEntriesByName('first-paint')[0]?.startTime ?? 0
			)
		);
		return { ms, bytes: await transferBytes(page), wasm };
	} finally {
		await context.close();
	}
}

/** The .wasm requests of the public pages: the list, one publication, its embed. */
async function publicWasmRequests(browser: Browser, base: string): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		let wasm = 0;
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.endsWith('.wasm')) wasm++;
		});
		for (const path of ['/published/', `/published/${SAMPLE}/`, `/embed/${SAMPLE}/`]) {
			await page.goto(base + path);
			await page.waitForLoadState('networkidle');
		}
		return wasm;
	} finally {
		await context.close();
	}
}

export async function measureEmbed(browser: Browser, base: string): Promise<Results> {
	const embed: Load[] = [];
	const bare: Load[] = [];
	// Taking turns, so a busy spell on the machine falls on both.
	for (let i = 0; i < ROUNDS; i++) {
		bare.push(await coldLoad(browser, `${base}/favicon.svg`, WATCH_FIRST_FRAME));
		embed.push(await coldLoad(browser, `${base}/embed/${SAMPLE}/`, WATCH_CHART));
	}
	const sizes = new Set(embed.map((l) => l.bytes));
	if (sizes.size !== 1)
		throw new Error(`the embed's transfer differs between loads: ${[...sizes].join(', ')}`);
	const json = await (await fetch(`${base}/published/${SAMPLE}/publication.json`)).arrayBuffer();
	return {
		baseline_publication_kb: json.byteLength / 1000,
		embed_transfer_kb: [...sizes][0]! / 1000,
		baseline_static_page_ms: median(bare.map((l) => l.ms)) ?? NaN,
		embed_first_render_ms: median(embed.map((l) => l.ms)) ?? NaN,
		embed_first_render_min_ms: Math.min(...embed.map((l) => l.ms)),
		embed_first_render_max_ms: Math.max(...embed.map((l) => l.ms)),
		embed_wasm_requests: embed.reduce((n, l) => n + l.wasm, 0) + (await publicWasmRequests(browser, base))
	};
}
