import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './helpers/chromium';

/*
 * The trend and survey publications shipped with the site, as readers get them on a phone (375 px): on
 * /published/<id>/ and in /embed/<id>/, with JavaScript on and off. Neither page may load DuckDB, and a
 * survey's file and pages carry no respondent and its method caveat everywhere.
 */

const baseUrl = inject('baseUrl');
const TREND = 'trend-par-province-2018-2025';
const SURVEY = 'survey-sipas-agency-2025';
const CAVEAT = 'Phương pháp mặc định, chưa đối chiếu công thức chính thức';

let browser: Browser;

interface Watch {
	errors: string[];
	wasm: string[];
}

async function phone(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; watch: Watch }> {
	const context = await browser.newContext({
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		viewport: { width: 375, height: 740 },
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled
	});
	const watch: Watch = { errors: [], wasm: [] };
	context.on('request', (r) => {
		if (r.url().endsWith('.wasm')) watch.wasm.push(r.url());
	});
	context.on('weberror', (e) => watch.errors.push(String(e.error())));
	context.on('console', (m) => {
		if (m.type() === 'error') watch.errors.push(m.text());
	});
	return { context, watch };
}

beforeAll(async () => {
	assertChromium();
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});
afterAll(() => browser?.close());

describe.each([
	{ js: 'on', enabled: true },
	{ js: 'off', enabled: false }
])('on a 375 px phone, JavaScript $js', ({ enabled }) => {
	let context: BrowserContext;
	let watch: Watch;
	beforeAll(async () => {
		({ context, watch } = await phone(enabled));
	});
	afterAll(() => context.close());

	const noOverflow = (page: import('playwright-core').Page) =>
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

	it('lists the trend and the survey result with their kind and period', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/`);
		const list = page.getByTestId('published-list');
		await expect(list.locator(`a[href$="/published/${TREND}/"]`).textContent()).resolves.toBe(
			'Xu hướng Chỉ số CCHC 2018–2025 — các tỉnh, thành phố'
		);
		await expect(list.locator('[data-kind=trend]').textContent()).resolves.toMatch(
			/Xu hướng · PAR · 2018–2025 · 4 đơn vị/
		);
		await expect(list.locator(`a[href$="/published/${SURVEY}/"]`).textContent()).resolves.toBe(
			'Mức độ hài lòng (SIPAS) năm 2025 — các sở, ban, ngành'
		);
		await expect(list.locator('[data-kind=survey]').textContent()).resolves.toMatch(
			/Khảo sát hài lòng · SIPAS · 2025 · 14 đơn vị .*Dữ liệu mẫu/s
		);
		await page.close();
	});

	it('shows a ranking publication’s table whole, its group column beside the names', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/par-province-2025/`);
		const table = page.getByTestId('publication-table');
		await expect(table.locator('thead th').last().textContent()).resolves.toBe('Nhóm');
		const fits = await table.evaluate((t) => t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth);
		expect(fits).toBe(true);
		// The region column is hidden on a phone.
		const first = await table
			.locator('tbody tr')
			.first()
			.locator('th, td')
			.evaluateAll((cells) => cells.filter((c) => c.getClientRects().length > 0).map((c) => c.textContent));
		expect(first).toEqual(['1', 'Hải Phòng', '94,01', 'sáp nhập', 'A']);
		await page.close();
	});

	it('shows the trend: four lines and the dashed average, the method changes marked, the provenance', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/${TREND}/`);
		const svg = page.locator('svg[data-chart=trend-lines]');
		await expect(svg.isVisible()).resolves.toBe(true);
		await expect(svg.locator('[data-series]').count()).resolves.toBe(5);
		const breaks = await svg
			.locator('[data-break-kind=method]')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-break')));
		expect(breaks).toEqual(['2021', '2022']);
		await expect(svg.locator('[data-break-kind=list]').getAttribute('data-break')).resolves.toBe('2025');
		const table = page.getByTestId('publication-table');
		await expect(table.locator('tbody tr').count()).resolves.toBe(5);
		await expect(table.locator('tbody tr').first().locator('th').textContent()).resolves.toBe(
			'Trung bình cả nước'
		);
		await expect(table.locator('thead th').allTextContents()).resolves.toEqual([
			'Đơn vị',
			...['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']
		]);
		const provenance = await page.getByTestId('provenance').textContent();
		for (const expected of [
			'PAR-2012, PAR-1149-2021, PAR-876-2022',
			'2018–2025',
			'phương pháp tính đổi năm 2021, 2022',
			'danh mục đơn vị đổi năm 2025',
			'Dữ liệu mẫu: scores-provinces.csv'
		]) {
			expect(provenance).toContain(expected);
		}
		expect(await noOverflow(page)).toBeLessThanOrEqual(0);
		await page.close();
	});

	it('shows the survey: units with n and intervals, elements, items, the method caveat', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/${SURVEY}/`);
		await expect(page.getByTestId('method-note').textContent()).resolves.toBe(CAVEAT);
		const bars = page.locator('svg[data-chart=ranking-bars]');
		await expect(bars.locator('[data-key]').count()).resolves.toBe(14);
		await expect(page.locator('svg[data-chart=dot-plot]').count()).resolves.toBe(3);
		await expect(page.locator('svg[data-chart=likert] [data-key]').count()).resolves.toBe(39);
		const first = await page
			.getByTestId('publication-table')
			.locator('tbody tr')
			.first()
			.locator('td, th')
			.allTextContents();
		expect(first[0]).toBe('1');
		expect(first[2]).toMatch(/^\d{2},\d{2}$/);
		expect(first[3]).toMatch(/^\d{2},\d{2}–\d{2},\d{2}$/);
		expect(Number(first[4]!.replace('.', ''))).toBeGreaterThanOrEqual(30);
		const provenance = await page.getByTestId('provenance').textContent();
		for (const expected of [CAVEAT, 'SIPAS-1001-2023', 'Dữ liệu mẫu: survey-responses.csv', '30']) {
			expect(provenance).toContain(expected);
		}
		expect(await noOverflow(page)).toBeLessThanOrEqual(0);
		await page.close();
	});

	it.each([
		{ id: TREND, query: '', chart: 'trend-lines', marks: '[data-series]', count: 5 },
		{ id: SURVEY, query: '', chart: 'ranking-bars', marks: '[data-key]', count: 14 }
	])('embeds $id as an SVG that fits the phone', async ({ id, query, chart, marks, count }) => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/${id}/${query}`);
		const svg = page.locator(`svg[data-chart=${chart}]`);
		await expect(svg.isVisible()).resolves.toBe(true);
		await expect(svg.locator(marks).count()).resolves.toBe(count);
		// Named by the embed's heading and described by its alt text, as a chart in a ChartFrame is.
		const title = (await page.locator('h1').textContent())!;
		await expect(page.getByRole('group', { name: title }).count()).resolves.toBeGreaterThanOrEqual(1);
		const description = await svg.evaluate(
			(e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
		);
		expect(description.length).toBeGreaterThan(title.length);
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(375);
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Dữ liệu mẫu');
		await expect(page.locator('nav').count()).resolves.toBe(0);
		expect(await noOverflow(page)).toBeLessThanOrEqual(0);
		if (id === SURVEY) await expect(page.locator('.source').textContent()).resolves.toContain(CAVEAT);
		await page.close();
	});

	it('loads no DuckDB and has no error', () => {
		expect(watch.wasm).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

describe('the embed options of each kind (JavaScript on)', () => {
	it.each([
		{ id: SURVEY, query: '?chart=dots', selector: 'svg[data-chart=dot-plot]', count: 3 },
		{ id: SURVEY, query: '?chart=likert', selector: 'svg[data-chart=likert] [data-key]', count: 39 },
		{ id: SURVEY, query: '?chart=table', selector: '[data-testid=publication-table] tbody tr', count: 14 },
		{ id: TREND, query: '?chart=table', selector: '[data-testid=publication-table] tbody tr', count: 5 },
		{ id: TREND, query: '?chart=dots', selector: 'svg[data-chart=trend-lines]', count: 1 }
	])('/embed/$id/$query', async ({ id, query, selector, count }) => {
		const { context, watch } = await phone(true);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/${id}/${query}`);
		await expect.poll(() => page.locator(selector).count()).toBe(count);
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('draws the trend in English, dark and 400 px tall', async () => {
		const { context, watch } = await phone(true);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/embed/${TREND}/?lang=en&theme=dark&height=400`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('PAR Index trend 2018–2025 — provinces');
		await expect(page.locator('svg[data-chart=trend-lines]').getAttribute('height')).resolves.toBe('400');
		await expect(page.locator('svg[data-chart=trend-lines]').textContent()).resolves.toContain(
			'National average'
		);
		const background = await page.getByTestId('embed').evaluate((e) => getComputedStyle(e).backgroundColor);
		expect(background).toBe('rgb(28, 25, 23)');
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('printing a trend and a survey result', () => {
	it.each([
		{ id: TREND, chart: 'trend-lines', expected: ['Giai đoạn 2018–2025', 'PAR-876-2022', 'Ngày lập'] },
		{ id: SURVEY, chart: 'dot-plot', expected: [CAVEAT, 'Ngưỡng phiếu tối thiểu', 'SIPAS-1001-2023'] }
	])('$id: the charts, the table and the provenance on A4', async ({ id, chart, expected }) => {
		const { context, watch } = await phone(true);
		const page = await context.newPage();
		await page.goto(`${baseUrl}/published/${id}/`);
		await page.emulateMedia({ media: 'print' });
		const visible = async (selector: string) => page.locator(selector).first().isVisible();
		for (const selector of [
			`svg[data-chart=${chart}]`,
			'[data-testid=publication-table]',
			'[data-testid=provenance]'
		]) {
			expect(await visible(selector), selector).toBe(true);
		}
		expect(await page.getByTestId('publication-actions').isVisible()).toBe(false);
		const text = await page.locator('main').innerText();
		for (const words of expected) expect(text).toContain(words);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('the downloads of each kind', () => {
	it.each([
		{ id: TREND, header: 'series_key,series,is_average,year,value', lines: 1 + 5 * 8 },
		{ id: SURVEY, header: 'section,unit_key,unit,level,code,name,value,low,high,n', lines: 1 + 14 + 36 + 39 }
	])('$id as CSV for Excel', async ({ id, header, lines }) => {
		const response = await fetch(`${baseUrl}/published/${id}/data.csv`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes.subarray(3)).trimEnd().split('\r\n');
		expect(text[0]!.startsWith(header)).toBe(true);
		expect(text.length).toBe(lines);
	});
});
