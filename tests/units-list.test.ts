import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * Issue 14: a province's own list of units, imported from an office's file and edited on the page; a file
 * with problems is reported by line and saves nothing.
 */

const FIXTURES = path.resolve('tests/fixtures/import/units');

describe('the province’s list of units', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	const names = (kind: string) =>
		page
			.locator(`[data-testid="unit-group"][data-kind="${kind}"] tbody tr[data-unit] td:first-child`)
			.allTextContents();

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').locator('tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	it('is linked beside the analyst’s province, and shows the sample’s units until a province is chosen', async () => {
		await page.getByTestId('unit-list-link').click();
		await page.waitForURL(`${baseUrl}/units/list/`);
		const province = page.getByTestId('list-province');
		await province.waitFor({ timeout: 60_000 });
		await expect(province.textContent()).resolves.toContain('danh mục của Quảng Ninh trong dữ liệu mẫu');
		await page.getByTestId('list-province-select').selectOption('gso63:86');
		await expect.poll(() => province.textContent()).toContain('Danh mục của Vĩnh Long.');
		await expect(names('agency')).resolves.toEqual([]);
	});

	it('imports an office’s list file and shows its units by kind', async () => {
		await page.getByTestId('list-file-input').setInputFiles(path.join(FIXTURES, 'danh-muc-vinh-long.csv'));
		await expect(page.getByTestId('list-ready').textContent()).resolves.toBe(
			'9 đơn vị mới, 0 đơn vị được cập nhật, 0 đơn vị đã có như trong tệp.'
		);
		await page.getByRole('button', { name: 'Lưu danh mục' }).click();
		await expect(page.getByTestId('list-saved').textContent()).resolves.toContain('9 đơn vị mới');
		await expect(names('agency')).resolves.toEqual([
			'Ban Quản lý các khu công nghiệp',
			'Sở Tư pháp',
			'Sở Xây dựng'
		]);
		await expect(names('district')).resolves.toEqual([
			'Thị xã Bình Minh',
			'UBND huyện Long Hồ',
			'UBND thành phố Vĩnh Long'
		]);
		await expect(names('commune')).resolves.toEqual(['Phường 1', 'Thị trấn Long Hồ', 'Xã Long Phước']);
		const row = page.locator('[data-kind="agency"] tr[data-unit="Sở Tư pháp"] td');
		const cells = (await row.allTextContents()).map((c) => c.trim());
		expect(cells).toEqual(['Sở Tư pháp', 'H62.05', 'đến 30/06/2025', 'Sửa']);
	});

	it('reports a list with problems by line, markup shown as text, and saves none of it', async () => {
		await page.getByTestId('list-file-input').setInputFiles(path.join(FIXTURES, 'danh-muc-co-loi.csv'));
		await expect(page.getByTestId('list-problems-title').textContent()).resolves.toBe(
			'Tệp có 15 lỗi nên chưa đơn vị nào được lưu. Hãy sửa tệp rồi chọn lại.'
		);
		const problems = page.getByTestId('list-problems');
		const markup = problems.locator('tr[data-code="markup_name"] td');
		await expect(markup.allTextContents()).resolves.toEqual([
			'9',
			'Tên đơn vị',
			'<b>Sở Công Thương</b>',
			'Tên có mã HTML (thẻ <…>); hãy ghi tên đơn vị bằng chữ.'
		]);
		await expect(problems.locator('b').count()).resolves.toBe(0);
		await expect(
			problems.locator('tr[data-code="district_after_2025"] td').first().textContent()
		).resolves.toBe('5');
		await page.getByRole('button', { name: 'Hủy' }).click();
		await expect(names('agency')).resolves.toEqual([
			'Ban Quản lý các khu công nghiệp',
			'Sở Tư pháp',
			'Sở Xây dựng'
		]);
	});

	it('gives a unit a code, refuses a province-like one, and keeps it after a reload', async () => {
		const row = page.locator('[data-kind="district"] tr[data-unit="Thị xã Bình Minh"]');
		await row.getByRole('button', { name: 'Sửa' }).click();
		const code = page.getByLabel('Mã của “Thị xã Bình Minh”');
		await code.fill('12');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await expect(page.locator('[data-kind="district"] [role="alert"]').textContent()).resolves.toMatch(
			/^Mã chỉ có 1–2 chữ số là dạng mã tỉnh/
		);
		await code.fill('H62.31');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('H62.31');
		await page.reload();
		await page.getByTestId('list-province').waitFor({ timeout: 60_000 });
		await expect
			.poll(() =>
				page.locator('[data-kind="district"] tr[data-unit="Thị xã Bình Minh"] td').nth(1).textContent()
			)
			.toBe('H62.31');
	});

	it('adds a commune under a district, and retires and takes back an agency', async () => {
		const form = page.getByTestId('add-unit');
		await form.getByLabel('Tên đơn vị').fill('Xã Thanh Đức');
		await form.getByLabel('Loại').selectOption('commune');
		await form.getByLabel('Thuộc huyện (xã trước 1/7/2025)').selectOption('UBND huyện Long Hồ');
		await form.getByRole('button', { name: 'Thêm' }).click();
		const added = page.locator('[data-kind="commune"] tr[data-unit="Xã Thanh Đức"] td');
		await expect.poll(() => added.nth(2).textContent()).toBe('UBND huyện Long Hồ');
		// The same name again is refused.
		await form.getByLabel('Tên đơn vị').fill('Sở Xây dựng');
		await form.getByLabel('Loại').selectOption('agency');
		await form.getByRole('button', { name: 'Thêm' }).click();
		await expect(page.locator('.add [role="alert"]').textContent()).resolves.toBe(
			'Đã có đơn vị cùng loại tên “Sở Xây dựng”.'
		);

		const row = page.locator('[data-kind="agency"] tr[data-unit="Sở Xây dựng"]');
		await row.getByRole('button', { name: 'Sửa' }).click();
		await page.getByLabel('Ngừng “Sở Xây dựng” từ ngày').fill('2024-12-31');
		await page.getByRole('button', { name: 'Ngừng', exact: true }).click();
		await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('đến 31/12/2024 · đã ngừng');
		await row.getByRole('button', { name: 'Dùng lại' }).click();
		await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('đến 30/06/2025');
	});

	it('fits a 375 px phone (a wide table scrolls in its own box)', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		const width = () => page.evaluate(() => document.documentElement.scrollWidth);
		await expect.poll(width).toBeLessThanOrEqual(375);
		expect(watch.errors).toEqual([]);
		expect(watch.foreign).toEqual([]);
	});
});
