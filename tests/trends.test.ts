import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/* /trends/ on the demo's sample data, on a phone: find two provinces without typing diacritics, see their
 * two lines beside the national average, and the choice kept in the address; Hà Nội's line goes on into 2025. */

describe('trends page on the sample data', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		await page.setViewportSize({ width: 375, height: 800 });
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/trends/`);
		await page.getByTestId('unit-search').waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	const series = () => page.locator('[data-chart=trend-lines]').first().locator('[data-series]');

	it('shows the national average alone until units are chosen, labelled as sample data', async () => {
		await expect(series().count()).resolves.toBe(1);
		await expect(page.getByTestId('trend-pick').isVisible()).resolves.toBe(true);
		await expect(page.getByTestId('chart-sample').first().textContent()).resolves.toBe('Dữ liệu mẫu');
	});

	it('finds "Đắk Lắk" from "dak lak" and "Hà Nội" from "ha noi", and draws two lines', async () => {
		await page.getByTestId('unit-search').fill('dak lak');
		const dakLak = page.getByTestId('unit-results').getByRole('button', { name: /Đắk Lắk \(2018–2024\)/ });
		await dakLak.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('units')).toBe('gso63:66');
		await page.getByTestId('unit-search').fill('ha noi');
		await page
			.getByTestId('unit-results')
			.getByRole('button', { name: /^Thêm Hà Nội/ })
			.first()
			.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('units')).toBe('gso63:66,gso63:01');
		await expect.poll(() => series().count()).toBe(3);
		const keys = await series().evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series')));
		expect(keys).toEqual(['average', 'gso63:66', 'gso63:01']);
		await expect(page.locator('[data-chart=bump]').count()).resolves.toBe(1);
		await expect(page.locator('[data-chart=small-multiples] .panel').count()).resolves.toBe(2);
	});

	it('marks the PAR method changes in the sample and keeps the view after a reload', async () => {
		await expect(page.locator('[data-chart=trend-lines] [data-break]').count()).resolves.toBeGreaterThan(0);
		await page.reload();
		await expect.poll(() => series().count(), { timeout: 60_000 }).toBe(3);
	});

	it('goes on with Hà Nội of the 34 in 2025 (one to one), marked, and stops Đắk Lắk (merged with Phú Yên)', async () => {
		const chart = page.locator('[data-chart=trend-lines]').first();
		const dots = (key: string) =>
			chart
				.locator(`[data-series="${key}"] [data-dots]`)
				.evaluate((p) => p.getAttribute('d')!.split('M').length - 1);
		await expect(dots('gso63:01')).resolves.toBe(8); // 2018–2024 and 2025
		await expect(dots('gso63:66')).resolves.toBe(7); // 2018–2024 only
		await expect(chart.locator('[data-break-kind=list]').getAttribute('data-break')).resolves.toBe('2025');
		await expect(page.getByTestId('trend-list-note').isVisible()).resolves.toBe(true);
		// The chips say the years of each line: Hà Nội's goes on into 2025, Đắk Lắk's stops in 2024.
		const chip = (key: string) =>
			page.locator(`[data-testid=unit-chip][data-key="${key}"] span`).textContent();
		await expect(chip('gso63:01')).resolves.toBe('Hà Nội (2018–2025)');
		await expect(chip('gso63:66')).resolves.toBe('Đắk Lắk (2018–2024)');
	});

	it('switches the app to dark and keeps it after a reload (the shell’s switch), then back', async () => {
		const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? null);
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		const light = await background();
		await page.getByTestId('theme-switch').click();
		await expect.poll(theme).toBe('dark');
		await expect(page.getByTestId('theme-switch').getAttribute('aria-pressed')).resolves.toBe('true');
		await page.reload();
		await expect.poll(() => series().count(), { timeout: 60_000 }).toBe(3);
		await expect(theme()).resolves.toBe('dark');
		expect(await background()).not.toBe(light);
		await page.screenshot({ path: '/tmp/chiso-trends-375-dark.png', fullPage: true });
		await page.getByTestId('theme-switch').click();
		await expect.poll(theme).toBe(null);
		await expect.poll(background).toBe(light);
	});

	it('fits 375 px with no page error and no request elsewhere', async () => {
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: '/tmp/chiso-trends-375.png', fullPage: true });
		expect(watch.errors).toEqual([]);
		expect(watch.foreign).toEqual([]);
	});
});
