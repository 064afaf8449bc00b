import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/* The chart gallery (/charts/) on a phone and a desktop: every chart draws, nothing overflows, the data
 * table opens, and both exports download files that carry the title and the source line. */

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

	it('shows a tooltip on the bump, slope and heatmap marks by keyboard and by mouse', async () => {
		const { page, watch } = await open(1280);
		for (const [chart, text] of [
			['bump', 'Hạng'],
			['slope', 'Thay đổi'],
			['heatmap', ':']
		] as const) {
			const svg = page.locator(`[data-chart=${chart}]`).first();
			const marks = svg.locator('[role=button][tabindex="0"]');
			expect(await marks.count(), chart).toBeGreaterThan(1);
			const tooltip = svg.locator('.tooltip');
			await marks.first().focus();
			await expect(tooltip.textContent(), chart).resolves.toContain(text);
			const label = (await marks.first().getAttribute('aria-label'))!.split('; ')[0]!;
			await expect(tooltip.textContent(), chart).resolves.toContain(label.split(' · ')[0]);
			await page.keyboard.press('Escape');
			await expect(tooltip.count(), chart).resolves.toBe(0);
			// A mark's own dot or cell (lines cross, so the middle of a line's box may be another line's).
			await marks.nth(1).locator('circle, rect').first().hover({ force: true });
			await expect(tooltip.count(), chart).resolves.toBe(1);
			await page.mouse.move(0, 0);
		}
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
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			frame.getByRole('button', { name: 'Tải SVG' }).click()
		]);
		expect(svgDownload.suggestedFilename()).toBe('rankingbars-chi-so-cchc-2024.svg');
		const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
		expect(svg).toContain('RankingBars: Chỉ số CCHC 2024');
		expect(svg).toContain(SOURCE);
		expect(svg).toContain('DỮ LIỆU MẪU');
		expect(svg).toContain('>Đắk Lắk</text>');
		expect(svg).toContain('src: url(data:font/woff2;base64,');
		expect(svg).not.toContain('var(--');

		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			frame.getByRole('button', { name: 'Tải PNG' }).click()
		]);
		expect(pngDownload.suggestedFilename()).toBe('rankingbars-chi-so-cchc-2024.png');
		const png = fs.readFileSync((await pngDownload.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const width = png.readUInt32BE(16);
		const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
		expect(width).toBe(svgWidth * 2);
		expect(watch.errors).toEqual([]);
		await page.close();
	});
});
