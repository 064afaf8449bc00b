import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * The rankings page as a leader and an analyst use it: the sample ranked with rank changes, every choice in
 * the URL, components on demand, a CSV of what is shown, a phone-sized screen; then the analyst's own PAR
 * file, which hides the sample for that index instead of being ranked with it.
 */

describe('rankings page', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;
	const table = () => page.getByTestId('ranking-table');
	const rows = () => table().locator('tbody tr:not(.components)');
	const cells = async (i: number) =>
		(await rows().nth(i).locator('td, th').allTextContents()).map((s) => s.trim());

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/rankings/`);
		await rows().first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	it('ranks the sample PAR Index of the latest year on the 34 provinces, labelled as sample data', async () => {
		await expect(page.getByTestId('ranking-summary').textContent()).resolves.toMatch(/năm 2025: 34 đơn vị/);
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Dữ liệu mẫu');
		expect(await rows().count()).toBe(34);
		const first = await cells(0);
		expect(first[0]).toBe('1/34');
		expect(first[2]).toMatch(/^\d{2},\d{2}$/);
		// 2024 ranked the 63: no rank is compared across the new list
		expect(first[3]).toMatch(/^(sáp nhập|không so sánh)$/);
		const notes = await page.getByTestId('change-note').allTextContents();
		expect(notes.join(' ')).toMatch(/địa giới tỉnh thay đổi khi sắp xếp năm 2025/);
		expect(notes.join(' ')).toMatch(/danh mục đổi từ 63 sang 34 tỉnh/);
	});

	it('keeps the year in the URL and shows rank changes against the year before', async () => {
		await page.getByTestId('ranking-filters').getByLabel('Năm').selectOption('2024');
		await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
		await expect.poll(() => rows().count()).toBe(63);
		// 2023 had the same 63: nothing to explain under the table
		expect(await page.getByTestId('change-note').count()).toBe(0);
		const changes = await table().locator('td.change').allTextContents();
		expect(changes.some((c) => /^↑\d+ bậc$/.test(c.trim()))).toBe(true);
		expect(changes.some((c) => /^↓\d+ bậc$/.test(c.trim()))).toBe(true);
		const groups = await table().locator('.badge').allTextContents();
		expect(new Set(groups).size).toBeGreaterThan(1);
		expect(groups.every((g) => ['A', 'B', 'C', 'D'].includes(g))).toBe(true);
	});

	it('draws the ranking as bars beside the table, and a bar highlights its row through the URL', async () => {
		const bars = page.locator('section.chart svg[data-chart=ranking-bars]');
		await expect(bars.count()).resolves.toBe(1);
		await expect(page.locator('section.chart').textContent()).resolves.toContain('Dữ liệu mẫu');
		await expect(bars.locator('g[data-key]').count()).resolves.toBe(63);
		await bars.locator('g[data-key]').nth(2).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toMatch(/^gso63:/);
		await expect.poll(() => table().locator('tr.highlight').count()).toBe(1);
	});

	it('sets a year of the 63 provinces under today’s 34, each new province an estimate', async () => {
		await page.getByLabel('Xếp theo 34 tỉnh, thành hiện nay (ước tính)').check();
		await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('today');
		const groups = page.getByTestId('successor-table').locator('tbody tr');
		await expect.poll(() => groups.count()).toBe(34);
		const members = await page.getByTestId('successor-table').locator('li').count();
		expect(members).toBe(63);
		await expect(page.getByTestId('successor-table').textContent()).resolves.toContain('ước tính');
		await page.getByLabel('Xếp theo 34 tỉnh, thành hiện nay (ước tính)').uncheck();
		await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBeNull();
	});

	it('shows a province’s lĩnh vực on demand', async () => {
		await rows().first().getByRole('button').click();
		const components = table().locator('tr.components dt');
		await expect(components.count()).resolves.toBe(8);
	});

	it('sorts by name through the URL', async () => {
		await table().getByRole('link', { name: 'Đơn vị' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('name');
		await expect.poll(async () => (await cells(0))[1]).toMatch(/^An Giang/);
	});

	it('ranks a province’s agencies, and downloads what is shown as CSV for Excel', async () => {
		await page.goto(`${baseUrl}/rankings/?index=PAR&kind=agency&year=2024`);
		await rows().first().waitFor();
		await expect(page.getByTestId('ranking-summary').textContent()).resolves.toMatch(/năm 2024: \d+ đơn vị/);
		await expect(
			page.getByTestId('ranking-filters').getByLabel('Thuộc tỉnh, thành').inputValue()
		).resolves.toBe('gso63:22');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('ranking-csv').click()
		]);
		const text = fs.readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFFrank,ranked_of,name')).toBe(true);
		expect(text.trimEnd().split('\r\n')).toHaveLength((await rows().count()) + 1);
		expect(download.suggestedFilename()).toBe('xep-hang-par-agency-2024-du-lieu-mau.csv');
	});

	it('classifies a province’s agencies by its own cut-offs, which the analyst can change', async () => {
		const thresholds = page.getByTestId('group-thresholds');
		await expect(thresholds.textContent()).resolves.toMatch(
			/Xuất sắc ≥ 90 · Tốt ≥ 80 · Khá ≥ 70 · Trung bình ≥ 50 · Yếu/
		);
		await page.getByLabel(/Ngưỡng xếp loại của tỉnh/).fill('95; 85; 75; 60');
		await page.getByLabel(/Ngưỡng xếp loại của tỉnh/).press('Enter');
		await expect.poll(() => new URL(page.url()).searchParams.get('cuts')).toBe('95,85,75,60');
		await expect.poll(() => thresholds.textContent()).toMatch(/Xuất sắc ≥ 95 · Tốt ≥ 85/);
	});

	it('publishes what is shown: a preview, saved on the device', async () => {
		await page.getByTestId('ranking-publish').click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByRole('heading', { name: 'Công bố kết quả' }).count()).resolves.toBe(1);
		await dialog.getByRole('button', { name: 'Lưu trên máy này' }).click();
		await expect.poll(() => dialog.getByTestId('publish-status').textContent()).toMatch(/^Đã lưu/);
		await page.goto(`${baseUrl}/publications/`);
		await expect
			.poll(() => page.locator('main').textContent(), { timeout: 60_000 })
			.toMatch(/Sở, ban, ngành|Quảng Ninh/);
	});

	it('fits a 375 px screen', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(`${baseUrl}/rankings/?index=PAPI&year=2024`);
		await rows().first().waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// Across the 2025 break every change cell is a note: the table still fits without scrolling sideways,
		// and a name like "Hải Phòng" stays on one line.
		await page.goto(`${baseUrl}/rankings/?year=2025`);
		await rows().first().waitFor();
		const fits = await table().evaluate((t) => t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth);
		expect(fits).toBe(true);
		const name = rows().first().locator('th');
		expect(await name.evaluate((th) => th.getBoundingClientRect().width)).toBeGreaterThan(90);
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('hides the sample once the analyst imports the same index, and never ranks the two together', async () => {
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
		const csv = 'Tỉnh,Năm,Tổng điểm\nHải Phòng,2024,96.17\nHà Nội,2024,91.43\n';
		await page
			.getByTestId('file-input')
			.setInputFiles({ name: 'par-2024-that.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await expect.poll(() => page.getByTestId('import-kind').inputValue(), { timeout: 60_000 }).toBe('PAR');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await page.getByRole('button', { name: 'Nạp 2 dòng hợp lệ' }).click();
		await page.getByTestId('import-done').waitFor({ timeout: 60_000 });

		await page.goto(`${baseUrl}/rankings/?index=PAR`);
		await rows().first().waitFor();
		expect(await rows().count()).toBe(2);
		expect(await cells(0)).toEqual(expect.arrayContaining(['1/2', 'Hải Phòng', '96,17']));
		await expect(page.getByTestId('sample-badge').count()).resolves.toBe(0);
		await page.getByLabel('Xem dữ liệu mẫu thay cho dữ liệu đã nhập').check();
		await expect.poll(() => new URL(page.url()).searchParams.get('sample')).toBe('1');
		await expect.poll(() => rows().count()).toBe(34);
		await expect(page.getByTestId('sample-badge').count()).resolves.toBe(1);
	});

	it('makes no request to another host and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
