import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/chromium';

/*
 * Publications as readers and newspapers get them: the public results page, the embed (with JavaScript and
 * without), a news article that embeds the snippet on a phone and on a desktop, and the print to PDF.
 * The article is served at http://news.example and the built site at http://chiso.test (both routed by the
 * test to their files and to the preview server), so the embed works across origins as it will in print.
 */

const baseUrl = inject('baseUrl');
const SITE = 'http://chiso.test';
const ARTICLE = 'http://news.example/2025/par-index.html';
const LATEST = 'par-province-2025';
const LONG = 'par-province-2024';

interface Watch {
	errors: string[];
	wasm: string[];
	foreign: string[];
}

let browser: Browser;

async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{
	context: BrowserContext;
	watch: Watch;
}> {
	const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
	const watch: Watch = { errors: [], wasm: [], foreign: [] };
	await context.route(`${SITE}/**`, async (route) => {
		const url = new URL(route.request().url());
		route.fulfill({ response: await route.fetch({ url: baseUrl + url.pathname + url.search }) });
	});
	await context.route(ARTICLE, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: fs.readFileSync(path.resolve('tests/fixtures/article.html'))
		})
	);
	context.on('request', (request) => {
		const url = request.url();
		if (url.endsWith('.wasm')) watch.wasm.push(url);
		const origin = url.startsWith('http') ? new URL(url).origin : null;
		if (origin && ![baseUrl, SITE, 'http://news.example'].includes(origin)) watch.foreign.push(url);
	});
	context.on('weberror', (error) => watch.errors.push(String(error.error())));
	context.on('console', (message) => {
		if (message.type() === 'error') watch.errors.push(message.text());
	});
	return { context, watch };
}

beforeAll(async () => {
	assertChromium();
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
afterAll(() => browser?.close());

describe('the public results page', () => {
	let context: BrowserContext;
	let watch: Watch;
	let page: Page;
	beforeAll(async () => {
		({ context, watch } = await newContext());
		page = await context.newPage();
	});
	afterAll(() => context.close());

	it('lists the shipped publications, marked as sample data', async () => {
		await page.goto(`${baseUrl}/published/`);
		const items = page.getByTestId('published-list').locator('li');
		// two rankings, a trend and a survey result (publish-kinds.test.ts opens the last two)
		await expect(items.count()).resolves.toBe(4);
		await expect(items.first().textContent()).resolves.toContain('Xếp hạng Chỉ số CCHC năm 2025');
		await expect(items.first().textContent()).resolves.toContain('Dữ liệu mẫu');
	});

	it('shows one with its chart, table, provenance and downloads', async () => {
		await page.getByRole('link', { name: /^Xếp hạng .* năm 2025/ }).click();
		await page.waitForURL(`${baseUrl}/published/${LATEST}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(
			'Xếp hạng Chỉ số CCHC năm 2025 — các tỉnh, thành phố'
		);
		await expect(page.locator('svg[data-chart=ranking-bars] [data-key]').count()).resolves.toBe(34);
		await expect(page.getByTestId('publication-table').locator('tbody tr').count()).resolves.toBe(34);
		const first = await page
			.getByTestId('publication-table')
			.locator('tbody tr')
			.first()
			.locator('td, th')
			.allTextContents();
		expect(first.slice(0, 2)).toEqual(['1', 'Hải Phòng']);
		expect(first[3]).toBe('94,01');
		const provenance = await page.getByTestId('provenance').textContent();
		expect(provenance).toContain('PAR-876-2022');
		expect(provenance).toContain('Dữ liệu mẫu: scores-provinces.csv');
		expect(provenance).toContain('chưa đối chiếu văn bản');
		await expect(page.getByTestId('sample-badge').first().textContent()).resolves.toContain('Dữ liệu mẫu');
		await expect(page.getByTestId('embed-snippet').locator('textarea').inputValue()).resolves.toContain(
			`src="${baseUrl}/embed/${LATEST}/"`
		);
	});

	it('downloads the table as CSV for Excel and the publication as JSON', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Bảng số liệu (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toBe(`chiso-${LATEST}.csv`);
		const bytes = fs.readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = bytes.toString('utf8').trimEnd().split('\r\n');
		expect(lines.length).toBe(35);
		expect(lines[1]).toMatch(/^1,34,qd19:31,Hải Phòng,DBSH,94\.01,/);
		const json = await (await page.request.get(`${baseUrl}/published/${LATEST}/publication.json`)).text();
		expect(json).toBe(fs.readFileSync(path.resolve(`data/published/${LATEST}.json`), 'utf8'));
	});

	it("titles each page with its own title, the app's again after going back", async () => {
		await expect(page.title()).resolves.toBe('Xếp hạng Chỉ số CCHC năm 2025 — các tỉnh, thành phố · chiso');
		await page.goBack();
		await page.waitForURL(`${baseUrl}/published/`);
		await expect.poll(() => page.title()).toBe('chiso · Chỉ số cải cách hành chính');
	});

	it('loads no DuckDB, asks no other host, and has no error', () => {
		expect(watch.wasm).toEqual([]);
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

describe('the embed', () => {
	it('shows the chart as SVG with JavaScript off', async () => {
		const { context, watch } = await newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/${LATEST}/`);
		const svg = page.locator('svg[data-chart=ranking-bars]');
		await expect(svg.isVisible()).resolves.toBe(true);
		await expect(svg.locator('[data-key]').count()).resolves.toBe(34);
		await expect(page.locator('h1').textContent()).resolves.toBe(
			'Xếp hạng Chỉ số CCHC năm 2025 — các tỉnh, thành phố'
		);
		await expect(page.locator('nav').count()).resolves.toBe(0);
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Dữ liệu mẫu');
		await page.goto(`${baseUrl}/published/${LONG}/`);
		await expect(page.getByTestId('publication-table').locator('tbody tr').count()).resolves.toBe(63);
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('fetches no stylesheet and one font weight in its latin and Vietnamese subsets', async () => {
		const { context, watch } = await newContext();
		const page = await context.newPage();
		const fetched: string[] = [];
		page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto(`${baseUrl}/embed/${LATEST}/`);
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((p) => p.endsWith('.css'))).toEqual([]);
		const fonts = fetched
			.filter((p) => p.endsWith('.woff2'))
			.map((p) => p.replace(/^.*\/|\.[\w-]+\.woff2$/g, ''));
		expect(fonts.sort()).toEqual(['be-vietnam-pro-latin-400-normal', 'be-vietnam-pro-vietnamese-400-normal']);
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('takes language, theme and height from its URL', async () => {
		const { context, watch } = await newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/${LATEST}/?lang=en&theme=dark&height=600`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('PAR ranking 2025 — provinces');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		const background = await page.getByTestId('embed').evaluate((e) => getComputedStyle(e).backgroundColor);
		expect(background).toBe('rgb(28, 25, 23)');
		const height = await page.locator('svg[data-chart=ranking-bars]').getAttribute('height');
		expect(Number(height)).toBeLessThanOrEqual(600);
		expect(Number(height)).toBeGreaterThan(560);
		expect(watch.wasm).toEqual([]);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe.each([
	{ device: 'a phone', width: 375, height: 740 },
	{ device: 'a desktop', width: 1280, height: 900 }
])('a news article embedding the snippet, on $device', ({ width, height }) => {
	let context: BrowserContext;
	let watch: Watch;
	let page: Page;
	beforeAll(async () => {
		({ context, watch } = await newContext({
			viewport: { width, height },
			isMobile: width < 500,
			hasTouch: width < 500
		}));
		page = await context.newPage();
		await page.goto(ARTICLE);
		await page.locator('iframe[data-chiso-embed]').scrollIntoViewIfNeeded();
	});
	afterAll(() => context.close());

	it('shows the chart inside the article column', async () => {
		const frame = page.frameLocator('iframe[data-chiso-embed]');
		const svg = frame.locator('svg[data-chart=ranking-bars]');
		await svg.waitFor({ state: 'visible' });
		await expect(svg.locator('[data-key]').count()).resolves.toBe(34);
		const iframe = (await page.locator('iframe[data-chiso-embed]').boundingBox())!;
		expect(iframe.width).toBeGreaterThan(300);
		expect(iframe.x + iframe.width).toBeLessThanOrEqual(width);
		const chart = (await svg.boundingBox())!;
		expect(chart.width).toBeLessThanOrEqual(iframe.width);
	});

	it('sizes the iframe to its content', async () => {
		const iframe = page.locator('iframe[data-chiso-embed]');
		const content = () =>
			page
				.frameLocator('iframe[data-chiso-embed]')
				.locator('[data-testid=embed]')
				.evaluate((e) => {
					const style = getComputedStyle(e);
					return (
						e.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
					);
				});
		await expect
			.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())), {
				timeout: 10_000
			})
			.toBeLessThanOrEqual(2);
		const scroll = await page
			.frameLocator('iframe[data-chiso-embed]')
			.locator('html')
			.evaluate((e) => e.scrollHeight - e.clientHeight);
		expect(scroll).toBeLessThanOrEqual(1);
	});

	it('loads no DuckDB, asks no other host, and has no error', () => {
		expect(watch.wasm).toEqual([]);
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

describe('printing a publication for leaders', () => {
	it('gives A4 pages with the table header repeated, the chart and the provenance', async () => {
		const { context, watch } = await newContext();
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/${LONG}/`);
		await page.locator('svg[data-chart=ranking-bars]').waitFor();
		await page.emulateMedia({ media: 'print' });
		const visible = async (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('[data-testid=publication-table]')).toBe(true);
		expect(await visible('svg[data-chart=ranking-bars]')).toBe(true);
		expect(await visible('[data-testid=provenance]')).toBe(true);
		const filters = await page.getByTestId('chart-frame').locator('.title').textContent();
		expect(filters).toBe('Chỉ số cải cách hành chính (PAR) · Năm 2024 · các tỉnh, thành phố · PAR-876-2022');
		expect(await page.locator('nav').isVisible()).toBe(false);
		expect(await page.getByTestId('publication-actions').isVisible()).toBe(false);
		expect(await page.getByTestId('chart-frame').locator('.actions').isVisible()).toBe(false);
		const thead = await page
			.locator('[data-testid=publication-table] thead')
			.evaluate((e) => getComputedStyle(e).display);
		expect(thead).toBe('table-header-group');
		const text = await page.locator('main').innerText();
		for (const expected of [
			'Hạng',
			'Hà Nội',
			'Cà Mau',
			'PAR-876-2022',
			'Dữ liệu mẫu: scores-provinces.csv'
		]) {
			expect(text).toContain(expected);
		}
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		expect(pages).toBeGreaterThan(1);
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
