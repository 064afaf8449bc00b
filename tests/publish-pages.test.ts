import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * "Công bố" on the trends and survey pages, as the analyst uses it on the sample: a preview of the
 * publication (its chart, table and provenance), saved on the device, then both listed under Công bố with
 * their embed code.
 */

describe('publishing a trend and a survey result from their pages', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;
	const dialog = () => page.getByTestId('publish-modal');

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
	});
	afterAll(() => launched.closeAll());

	async function save() {
		await dialog().getByRole('button', { name: 'Lưu trên máy này' }).click();
		await expect.poll(() => dialog().getByTestId('publish-status').textContent()).toMatch(/^Đã lưu/);
		await expect(dialog().getByTestId('dialog-embed').locator('textarea').inputValue()).resolves.toMatch(
			/<iframe data-chiso-embed="(trend|survey)-/
		);
	}

	it('previews the trend of the units chosen with the average and the method changes, and saves it', async () => {
		await page.goto(`${baseUrl}/trends/?units=gso63:01,gso63:22`);
		await page.getByTestId('trend-publish').waitFor({ timeout: 120_000 });
		await page.getByTestId('trend-publish').click();
		await dialog().waitFor();
		await expect(dialog().getByTestId('publication').locator('h2').first().textContent()).resolves.toBe(
			'Xu hướng Chỉ số CCHC 2018–2025 — các tỉnh, thành phố'
		);
		await expect(dialog().locator('svg[data-chart=trend-lines] [data-series]').count()).resolves.toBe(3);
		await expect(
			dialog().locator('svg[data-chart=trend-lines] [data-break-kind=method]').count()
		).resolves.toBe(2);
		await expect(dialog().getByTestId('provenance').textContent()).resolves.toContain('2018–2025');
		await save();
		await page.keyboard.press('Escape');
	});

	it('previews the SIPAS result with its method caveat and n, and saves it', async () => {
		await page.goto(`${baseUrl}/survey/?year=2024`);
		await page.getByTestId('survey-publish').waitFor({ timeout: 150_000 });
		await page.getByTestId('survey-publish').click();
		await dialog().waitFor();
		await expect(dialog().getByTestId('publication').locator('h2').first().textContent()).resolves.toBe(
			'Mức độ hài lòng (SIPAS) năm 2024 — các sở, ban, ngành'
		);
		await expect(dialog().getByTestId('method-note').textContent()).resolves.toBe(
			'Phương pháp mặc định, chưa đối chiếu công thức chính thức'
		);
		await expect(dialog().locator('svg[data-chart=dot-plot]').count()).resolves.toBe(3);
		const first = await dialog()
			.getByTestId('publication-table')
			.locator('tbody tr')
			.first()
			.locator('td, th')
			.allTextContents();
		expect(first[3]).toMatch(/^\d{2},\d{2}–\d{2},\d{2}$/);
		await save();
		await page.keyboard.press('Escape');
	});

	it('lists both under Công bố on this device', async () => {
		await page.goto(`${baseUrl}/publications/`);
		const list = page.getByTestId('saved-list');
		await list.waitFor({ timeout: 60_000 });
		const text = await list.textContent();
		expect(text).toContain('Xu hướng Chỉ số CCHC 2018–2025');
		expect(text).toContain('Mức độ hài lòng (SIPAS) năm 2024');
	});

	it('asks no other host and has no error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
