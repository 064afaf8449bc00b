import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';
import { sampleSummaryText } from './helpers/sample';

describe('home page on a first visit', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-testid=ranking-table] tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	it('ranks at least 34 provinces on the latest PAR Index, labelled "Dữ liệu mẫu"', async () => {
		const rows = page.locator('[data-testid=ranking-table] tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(34);
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Dữ liệu mẫu');
		const first = await rows.first().locator('td, th').allTextContents();
		expect(first[0]).toBe('1');
		expect(first[3]).toMatch(/^\d{2},\d{2}$/); // vi-VN: decimal comma, two decimals
		await expect(page.locator('h1').textContent()).resolves.toBe('Bảng xếp hạng Chỉ số CCHC cấp tỉnh');
	});

	it('says where the data is and when it was saved', async () => {
		const status = page.getByTestId('storage-status');
		await expect(status.textContent()).resolves.toMatch(
			/Đã lưu trên máy này lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/
		);
		await expect(page.getByTestId('storage-summary').textContent()).resolves.toBe(sampleSummaryText());
	});

	it('switches to English and back', async () => {
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Provincial PAR Index ranking');
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Sample data');
		const indices = await page.getByTestId('index-list').locator('strong').allTextContents();
		expect(indices[0]).toBe('PAR Index');
		await page.getByRole('button', { name: 'Tiếng Việt' }).click();
		await expect
			.poll(() => page.getByTestId('index-list').locator('strong').first().textContent())
			.toBe('Chỉ số CCHC');
		await expect.poll(() => page.locator('h1').textContent()).toBe('Bảng xếp hạng Chỉ số CCHC cấp tỉnh');
	});

	it('opens a province’s profile from its name', async () => {
		const first = page.locator('[data-testid=ranking-table] tbody tr').first();
		const name = (await first.locator('th').textContent())!.trim();
		await first.getByRole('link', { name }).click();
		await page.waitForURL(/\/units\/\?key=/);
		await expect(page.locator('h1').textContent()).resolves.toBe(name);
		await page.locator('[data-testid=profile-cards] [data-index=PAR]').waitFor();
	});

	it('makes no request to any host but its own, and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
