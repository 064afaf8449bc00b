import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/* The chart gallery (/charts/) on a phone and a desktop: every chart draws, nothing overflows, the marks answer
 * mouse and keyboard (the heatmap as one ARIA grid), the data table opens, and every chart downloads as SVG
 * and PNG with its title and source line. */

const SOURCE = 'Nguồn: số liệu cố định của thư viện biểu đồ chiso';

describe('chart gallery', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let context: BrowserContext;

	beforeAll(async () => {
		({ context } = await launched.launch());
	});
	afterAll(() => launched.closeAll());

	async function open(width: number): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }> {
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		const watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/charts/`);
		await page.locator('[data-testid=chart-frame]').first().waitFor();
		return { page, watch };
	}

	/** The file a frame's export button gives; an export that fails says why instead of timing out. */
	async function downloaded(page: Page, frame: Locator, button: string): Promise<Download> {
		const download = page.waitForEvent('download', { timeout: 60_000 });
		download.catch(() => undefined); // a failure below is the error to report
		await frame.getByRole('button', { name: button }).click();
		const alert = frame.getByRole('alert');
		const failed = alert.waitFor({ timeout: 60_000 }).then(
			() => alert.textContent(),
			() => null
		);
		const title = await frame.locator('.title').textContent();
		return Promise.race([
			download,
			failed.then((text) => (text === null ? download : Promise.reject(new Error(text))))
		]).catch((e: unknown) => {
			throw new Error(`${title}, ${button}: ${e instanceof Error ? e.message : String(e)}`);
		});
	}

	for (const width of [375, 1280]) {
		it(`draws every chart at ${width} px without horizontal overflow or page errors`, async () => {
			const { page, watch } = await open(width);
			const frames = page.locator('[data-testid=chart-frame]');
			const n = await frames.count();
			expect(n).toBeGreaterThanOrEqual(11);
			for (let i = 0; i < n; i++) {
				const svg = frames.nth(i).locator('.plot [data-chart]').first();
				await svg.waitFor();
				const box = await svg.boundingBox();
				expect(box!.width).toBeGreaterThan(100);
				expect(box!.height).toBeGreaterThan(50);
			}
			for (const chart of [
				'ranking-bars',
				'dot-plot',
				'likert',
				'trend-lines',
				'bump',
				'slope',
				'heatmap',
				'tile-map',
				'small-multiples'
			]) {
				expect(await page.locator(`[data-chart=${chart}]`).count(), chart).toBeGreaterThan(0);
			}
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `/tmp/chiso-charts-${width}.png`, fullPage: true });
			expect(watch.errors).toEqual([]);
			expect(watch.foreign).toEqual([]);
			await page.close();
		});
	}

	it('shows a tooltip on the bump and slope marks by keyboard and by mouse', async () => {
		const { page, watch } = await open(1280);
		for (const [chart, text] of [
			['bump', 'Hạng'],
			['slope', 'Thay đổi']
		] as const) {
			const svg = page.locator(`[data-chart=${chart}]`).first();
			const marks = svg.locator('[role=button][tabindex="0"]');
			expect(await marks.count(), chart).toBeGreaterThan(1);
			const tooltip = svg.locator('.tooltip');
			await marks.first().focus();
			await expect(tooltip.textContent(), chart).resolves.toContain(text);
			const label = (await marks.first().getAttribute('aria-label'))!.split('; ')[0]!;
			await expect(tooltip.textContent(), chart).resolves.toContain(label);
			await page.keyboard.press('Escape');
			await expect(tooltip.count(), chart).resolves.toBe(0);
			// A mark's own dot (lines cross, so the middle of a line's box may be another line's).
			await marks.nth(1).locator('circle').first().hover({ force: true });
			await expect(tooltip.count(), chart).resolves.toBe(1);
			await page.mouse.move(0, 0);
		}
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('takes the heatmap as one tab stop and moves its active cell with the arrow keys', async () => {
		const { page, watch } = await open(1280);
		const svg = page.locator('[data-chart=heatmap]').first();
		const grid = svg.locator('[role=grid]');
		const cells = grid.locator('[role=row] [role=gridcell]');
		await expect(cells.count()).resolves.toBe(24); // 4 units × 6 components
		await expect(grid.locator('[role=gridcell][tabindex="0"]').count()).resolves.toBe(1);
		const tooltip = svg.locator('.tooltip');
		const label = (k: number) => cells.nth(k).getAttribute('aria-label');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
		const tip = () => tooltip.textContent();

		// Tab leaves the grid from its one stop, and Shift+Tab comes back to it.
		await cells.first().focus();
		await expect(tip()).resolves.toContain('Lĩnh vực 1');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bảng số liệu');
		await page.keyboard.press('Shift+Tab');
		await expect(focused()).resolves.toBe(await label(0));

		for (const [key, k] of [
			['ArrowRight', 1], // row 0, column 1
			['ArrowDown', 7], // row 1, column 1
			['End', 11], // row 1, the last column
			['ArrowRight', 11], // the edge: stays
			['Control+End', 23], // the last cell
			['Home', 18], // the last row's first cell
			['ArrowUp', 12],
			['Control+Home', 0]
		] as const) {
			await page.keyboard.press(key);
			const expected = (await label(k))!;
			await expect(focused(), key).resolves.toBe(expected);
			await expect(tip(), key).resolves.toContain(expected.split(': ')[1]); // the cell's value
			await expect(cells.nth(k).getAttribute('tabindex'), key).resolves.toBe('0');
		}
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		await expect(tooltip.count()).resolves.toBe(0);
		await expect(focused()).resolves.toBe(await label(6)); // Escape hides the value, the focus stays
		await expect(grid.locator('[tabindex="0"]').count()).resolves.toBe(1);
		await page.keyboard.press('ArrowRight');
		await expect(tip()).resolves.toContain((await label(7))!.split(': ')[1]);

		await page.keyboard.press('Tab'); // away, then the mouse
		await cells.nth(20).hover(); // the cell's value text is part of the cell
		await expect(tip()).resolves.toContain('Lĩnh vực 3');
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('opens and closes the data table', async () => {
		const { page } = await open(375);
		const frame = page.locator('[data-testid=chart-frame]').first();
		await frame.getByRole('button', { name: 'Bảng số liệu' }).click();
		const table = frame.getByTestId('chart-table');
		await expect(table.locator('tbody tr').count()).resolves.toBe(9);
		await expect(table.locator('tbody tr').first().textContent()).resolves.toContain('92,39');
		await frame.getByRole('button', { name: 'Ẩn bảng số liệu' }).click();
		await expect(table.count()).resolves.toBe(0);
		await page.close();
	});

	it('downloads an SVG with title, sample label, source line and the font, and a 2× PNG', async () => {
		const { page, watch } = await open(1280);
		const frame = page.locator('[data-testid=chart-frame]').first();
		const svgDownload = await downloaded(page, frame, 'Tải SVG');
		expect(svgDownload.suggestedFilename()).toBe('rankingbars-chi-so-cchc-2024.svg');
		const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('RankingBars: Chỉ số CCHC 2024');
		expect(svg).toContain(SOURCE);
		expect(svg).toContain('DỮ LIỆU MẪU');
		expect(svg).toContain('>Đắk Lắk</text>');
		expect(svg).toContain('src: url(data:font/woff2;base64,');
		expect(svg).not.toContain('var(--');

		const pngDownload = await downloaded(page, frame, 'Tải PNG');
		expect(pngDownload.suggestedFilename()).toBe('rankingbars-chi-so-cchc-2024.png');
		const png = fs.readFileSync((await pngDownload.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const width = png.readUInt32BE(16);
		const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
		expect(width).toBe(svgWidth * 2);
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('labels every chart by its frame, and downloads every chart of the gallery as SVG and PNG', async () => {
		const { page, watch } = await open(1280);
		const frames = page.locator('[data-testid=chart-frame]');
		const n = await frames.count();
		expect(n).toBeGreaterThanOrEqual(11); // every chart component, the tile map twice, the dark bars
		for (let i = 0; i < n; i++) {
			const frame = frames.nth(i);
			const heading = frame.locator('.title');
			const title = (await heading.textContent())!;
			const charts = frame.locator('.plot svg[data-chart]');
			for (const labelledBy of await charts.evaluateAll((svgs) =>
				svgs.map((s) => s.getAttribute('aria-labelledby'))
			))
				expect(labelledBy, title).toBe(await heading.getAttribute('id'));

			const svgDownload = await downloaded(page, frame, 'Tải SVG');
			const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
			expect(svg, title).toContain(`>${title}</text>`);
			expect(svg, title).toContain(SOURCE);
			expect(svg, title).toContain('src: url(data:font/woff2;base64,');
			expect(svg, title).not.toContain('var(--');
			expect(svg, title).not.toContain('class="tooltip"');
			expect(svg.match(/<svg x="/g)?.length ?? 0, title).toBeGreaterThanOrEqual(1);

			const pngDownload = await downloaded(page, frame, 'Tải PNG');
			const png = fs.readFileSync((await pngDownload.path())!);
			expect(png.subarray(1, 4).toString(), title).toBe('PNG');
			expect(png.readUInt32BE(16), title).toBe(Number(/width="(\d+)"/.exec(svg)![1]) * 2);
		}
		expect(watch.errors).toEqual([]);
		await page.close();
	});
});
