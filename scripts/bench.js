// `npm run bench`: builds chiso, drives it in headless Chromium, prints a table of figures (each with the
// baseline measured in the same run) and writes bench/results.json (metric → number; ms unless named).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.js';
import { withAppModule } from './vite-import.js';

const PORT = 4199;
// `npm run bench -- import` runs one part (engine, import, largefile, rankings, sipas, trends, embed or home); no argument runs them all. `import5m`
// imports a 5,000,000-row file (about 520 MB) to show the tab survives it; it is not part of a full run.
const only = process.argv[2] ?? null;
const runs = (part) => only === null || only === part;
const BASE = `http://127.0.0.1:${PORT}`;

if (!fs.existsSync(CHROMIUM)) {
	console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
	process.exit(1);
}

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore',
		detached: true
	}
);

async function waitForServer() {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('preview server did not start');
}

async function withProfile(work) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		args: ARGS,
		headless: true
	});
	try {
		return await work(context, dir);
	} finally {
		await context.close();
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const results = {};
try {
	await waitForServer();

	// In-page engine figures.
	if (runs('engine'))
		await withProfile(async (context) => {
			const page = await context.newPage();
			await page.goto(`${BASE}/bench/`);
			const pre = page.locator('[data-testid=bench-results], [data-testid=bench-error]');
			await pre.waitFor({ timeout: 300_000 });
			const text = await pre.textContent();
			if (!text?.startsWith('{')) throw new Error(`bench page failed: ${text}`);
			Object.assign(results, JSON.parse(text));
		});

	if (only === 'import5m')
		await withProfile(async (context) => {
			const page = await context.newPage();
			page.on('crash', () => console.error('the page crashed'));
			await page.goto(`${BASE}/bench/?only=import&sizes=5m`);
			const pre = page.locator('[data-testid=bench-results], [data-testid=bench-error]');
			await pre.waitFor({ timeout: 3_600_000 });
			const text = await pre.textContent();
			if (!text?.startsWith('{')) throw new Error(`5M import failed: ${text}`);
			Object.assign(results, JSON.parse(text));
		});

	// Import figures (survey files of 100k and 1M rows, 30 columns), in a fresh page.
	if (runs('import'))
		await withProfile(async (context) => {
			const page = await context.newPage();
			await page.goto(`${BASE}/bench/?only=import`);
			const pre = page.locator('[data-testid=bench-results], [data-testid=bench-error]');
			await pre.waitFor({ timeout: 1_200_000 });
			const text = await pre.textContent();
			if (!text?.startsWith('{')) throw new Error(`import bench failed: ${text}`);
			Object.assign(results, JSON.parse(text));
		});

	// A 200 MB survey file through the whole import in Node, every deliberate error on its line (a test at
	// benchmark scale, so not in `npm test`): src/lib/import/load/large-file.bench.test.ts.
	if (runs('largefile')) {
		const t0 = Date.now();
		execFileSync('npx', ['vitest', 'run', 'src/lib/import/load/large-file.bench.test.ts'], {
			stdio: 'inherit',
			env: { ...process.env, CHISO_BENCH: '1' }
		});
		results.import_200mb_node_ms = Date.now() - t0;
	}

	// Analysis figures on the sample plus a million generated responses.
	for (const part of ['rankings', 'sipas', 'trends'])
		if (runs(part))
			await withProfile(async (context) => {
				const page = await context.newPage();
				await page.goto(`${BASE}/bench/?only=${part}`);
				const pre = page.locator('[data-testid=bench-results], [data-testid=bench-error]');
				await pre.waitFor({ timeout: 600_000 });
				const text = await pre.textContent();
				if (!text?.startsWith('{')) throw new Error(`${part} bench failed: ${text}`);
				Object.assign(results, JSON.parse(text));
			});

	// The embed of the sample publication as a newspaper's readers load it: cold loads, each in a new browser
	// context, driven from Node (a page cannot empty its own cache). See src/lib/bench/measure-embed.ts.
	if (runs('embed'))
		await withAppModule('/src/lib/bench/measure-embed.ts', async ({ measureEmbed }) => {
			const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
			try {
				Object.assign(results, await measureEmbed(browser, BASE));
			} finally {
				await browser.close();
			}
		});

	// The home page as a first-time visitor (engine + sample load) and as a returning one (data on the device).
	if (runs('home'))
		await withProfile(async (context) => {
			const page = await context.newPage();
			const rows = page.locator('[data-testid=ranking-table] tbody tr');
			let t0 = Date.now();
			await page.goto(`${BASE}/`);
			await rows.first().waitFor({ timeout: 300_000 });
			results.home_first_visit_ms = Date.now() - t0;
			t0 = Date.now();
			await page.reload();
			await rows.first().waitFor({ timeout: 300_000 });
			results.home_reload_ms = Date.now() - t0;
		});
} finally {
	process.kill(-server.pid);
}

fs.mkdirSync('bench', { recursive: true });
// A partial run adds to the figures of the last full one instead of replacing them.
const file = 'bench/results.json';
const previous = only !== null && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
fs.writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');

const ratio = (a, b) => (results[a] != null && results[b] ? (results[a] / results[b]).toFixed(2) + '×' : '');
const baselines = {
	duckdb_start_ms: 'baseline_wasm_compile_ms',
	first_query_ms: 'baseline_wasm_compile_ms',
	home_first_visit_ms: 'duckdb_start_ms',
	home_reload_ms: 'home_first_visit_ms',
	import_100k_ms: 'read_csv_100k_ms',
	import_1m_ms: 'read_csv_1m_ms',
	ranking_query_ms: 'baseline_scores_read_ms',
	sipas_1m_ms: 'baseline_answers_read_ms',
	sipas_js_1m_ms: 'baseline_answers_read_ms',
	sipas_filter_ms: 'baseline_summary_read_ms',
	sipas_page_ms: 'baseline_summary_read_ms',
	trend_render_ms: 'baseline_trend_svg_ms',
	filter_update_p95_ms: 'baseline_trend_read_ms',
	filter_queries_p95_ms: 'baseline_trend_read_ms',
	embed_transfer_kb: 'baseline_publication_kb',
	embed_first_render_ms: 'baseline_static_page_ms'
};
console.log('\nmetric                         value      ratio  (to baseline)');
for (const [name, value] of Object.entries(results)) {
	const base = baselines[name];
	console.log(
		`${name.padEnd(30)} ${value.toFixed(1).padStart(9)}  ${ratio(name, base).padStart(7)}  ${base ? `(${base})` : ''}`
	);
}
console.log('\nwritten: bench/results.json');
