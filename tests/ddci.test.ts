import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * Issue 10, DDCI: per province, configurable sub-indices and weights, ranked separately for agencies and
 * localities. A Quảng Ninh analyst whose DDCI has a sub-index the default nine lack ("Vai trò người đứng
 * đầu"), weights 40/60 and a total on 0–10, configures it on a phone-sized screen from their own file, then
 * imports that file and sees it ranked. Worked by hand: 0,4 × 7 + 0,6 × 9 = 8,2 (the file says 8,0: warned),
 * 0,4 × 8 + 0,6 × 6 = 6,8, 0,4 × 9 + 0,6 × 9,5 = 9,3.
 */

const FILE = [
	'Đơn vị;Năm;Tính minh bạch;Vai trò người đứng đầu;Điểm DDCI',
	'Sở Tư pháp;2024;7,0;9,0;8,0',
	'Sở Y tế;2024;8,0;6,0;6,8',
	'Sở Xây dựng;2024;9,0;9,5;9,3'
].join('\n');
const csv = (name: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(FILE + '\n') });

describe('a province’s own DDCI', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
	});
	afterAll(() => launched.closeAll());

	/** Rank, unit and score of each row of the ranking shown. */
	const rankingRows = async () => {
		const table = page.getByTestId('ranking-table');
		await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
		return table
			.locator('tbody tr:not(.components)')
			.evaluateAll((rows) =>
				rows.map((r) => [
					r.querySelector('td.rank strong')?.textContent?.trim() ?? '–',
					r.querySelector('th a')?.textContent?.trim() ?? '',
					r.querySelector('td.num:not(.rank)')?.textContent?.trim() ?? ''
				])
			);
	};

	it('ranks the sample’s agencies and districts separately, and says the configuration is the default', async () => {
		await page.goto(`${baseUrl}/rankings/?index=DDCI&kind=agency`);
		const agencies = await rankingRows();
		await page.goto(`${baseUrl}/rankings/?index=DDCI&kind=district`);
		const districts = await rankingRows();
		for (const rows of [agencies, districts]) {
			expect(rows.length).toBeGreaterThan(5);
			expect(rows[0]![0]).toBe('1');
		}
		// Each list holds its own kind only, and ranks from 1 on its own.
		expect(agencies.every(([, name]) => /^(Sở|Ban|Văn phòng|Thanh tra)/.test(name!))).toBe(true);
		expect(districts.every(([, name]) => /^(Huyện|Thành phố|Thị xã)/.test(name!))).toBe(true);
		await expect(page.getByTestId('ddci-note').textContent()).resolves.toContain(
			'mặc định, chưa đối chiếu văn bản của tỉnh'
		);
	});

	it('opens the configuration from the rankings page, fitting a 375 px screen', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.getByTestId('ddci-note').getByRole('link', { name: 'Cấu hình DDCI của tỉnh' }).click();
		await page.getByTestId('ddci-form').waitFor({ timeout: 60_000 });
		await expect(page.locator('h1').textContent()).resolves.toBe('Cấu hình DDCI của tỉnh');
		await expect(page.getByTestId('ddci-status').textContent()).resolves.toContain(
			'Mặc định, chưa đối chiếu văn bản của tỉnh'
		);
		await expect(page.getByTestId('ddci-subindices').locator('fieldset.row').count()).resolves.toBe(9);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('takes the list from the province’s file, and refuses weights that do not sum to 100', async () => {
		await page.goto(`${baseUrl}/ddci/`);
		await page.getByTestId('ddci-form').waitFor({ timeout: 60_000 });
		// The sample's province stands in: make it the analyst's, so their imports follow this configuration.
		await page.getByRole('button', { name: 'Đặt Quảng Ninh là tỉnh của tôi' }).click();
		await expect
			.poll(() => page.getByTestId('ddci-province').textContent())
			.toContain('Quảng Ninh là tỉnh của bạn');
		// The answer is the analyst's, kept on the device: it outlives a reload on its own.
		await page.reload();
		await page.getByTestId('ddci-form').waitFor({ timeout: 60_000 });
		await expect
			.poll(() => page.getByTestId('ddci-province').textContent())
			.toContain('Quảng Ninh là tỉnh của bạn');
		await page.getByTestId('ddci-file').setInputFiles(csv('ddci-quang-ninh-2024.csv'));
		await expect
			.poll(() => page.getByTestId('ddci-file-message').textContent())
			.toBe('Đã lấy 2 chỉ số thành phần từ ddci-quang-ninh-2024.csv. Chưa lưu.');
		const rows = page.getByTestId('ddci-subindices').locator('fieldset.row');
		await expect(rows.count()).resolves.toBe(2);
		await expect(rows.nth(1).getByLabel('Mã').inputValue()).resolves.toBe('VTNDD');
		await expect(rows.nth(1).getByLabel('Tên', { exact: true }).inputValue()).resolves.toBe(
			'Vai trò người đứng đầu'
		);
		await page.getByLabel('Thang điểm chỉ số tổng hợp: từ 0 đến').fill('10');
		await rows.nth(0).getByLabel('Trọng số (%)').fill('40');
		await rows.nth(1).getByLabel('Trọng số (%)').fill('50');
		await expect(page.getByTestId('ddci-weight-sum').textContent()).resolves.toBe(
			'Tổng trọng số: 90 % (phải bằng 100 %)'
		);
		await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
		await expect(page.getByTestId('ddci-problems').textContent()).resolves.toContain(
			'Tổng trọng số phải bằng 100 %; hiện là 90 %.'
		);
		await expect(page.getByTestId('ddci-status').textContent()).resolves.toContain('Mặc định');
	});

	it('saves 40/60 on 0–10, and keeps it after a reload', async () => {
		const rows = page.getByTestId('ddci-subindices').locator('fieldset.row');
		await rows.nth(1).getByLabel('Trọng số (%)').fill('60');
		await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
		await expect
			.poll(() => page.getByTestId('ddci-message').textContent())
			.toBe('Đã lưu cấu hình DDCI của Quảng Ninh.');
		await expect(page.getByTestId('ddci-status').textContent()).resolves.toMatch(
			/^Cấu hình của tỉnh, lưu trên máy này lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/
		);
		await page.reload();
		await page.getByTestId('ddci-form').waitFor({ timeout: 60_000 });
		await expect(rows.count()).resolves.toBe(2);
		await expect(rows.nth(1).getByLabel('Trọng số (%)').inputValue()).resolves.toBe('60');
		await expect(page.getByLabel('Thang điểm chỉ số tổng hợp: từ 0 đến').inputValue()).resolves.toBe('10');
	});

	it('imports the file against it: the sub-index is read, the total 8,0 warned, every row loaded', async () => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
		await page.getByTestId('file-input').setInputFiles(csv('ddci-2024.csv'));
		await page.locator('.pick[data-step="mapping"] .file-name', { hasText: 'ddci-2024.csv' }).waitFor({
			timeout: 60_000
		});
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('DDCI');
		const note = page.getByTestId('ddci-config-note');
		await expect(note.textContent()).resolves.toContain('cấu hình DDCI của tỉnh');
		await expect(note.getByRole('link').getAttribute('href')).resolves.toMatch(/\/ddci\/$/);
		await expect(page.getByLabel('VTNDD – Vai trò người đứng đầu').inputValue()).resolves.toBe('3');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toMatch(/^3 dòng dữ liệu: 3 dòng hợp lệ, 0 dòng có lỗi/);
		const issues = await page.getByTestId('issue-table').locator('tbody tr').allTextContents();
		expect(issues).toHaveLength(1);
		expect(issues[0]).toContain(
			'Sở Tư pháp, năm 2024: tính từ tổng có trọng số của các thành phần được 8,20; tệp ghi 8,00.'
		);
		await page.getByRole('button', { name: 'Nạp 3 dòng hợp lệ' }).click();
		await expect(page.getByTestId('import-done').textContent()).resolves.toMatch(/^Đã nạp 3 dòng/);
	});

	it('ranks the imported agencies, on the total and on the province’s own sub-index', async () => {
		await page.goto(`${baseUrl}/rankings/?index=DDCI&kind=agency&year=2024`);
		const rows = await rankingRows();
		expect(rows.map((r) => r.slice(0, 3))).toEqual([
			['1', 'Sở Xây dựng', '9,30'],
			['2', 'Sở Tư pháp', '8,00'],
			['3', 'Sở Y tế', '6,80']
		]);
		await expect(page.getByTestId('ddci-note').textContent()).resolves.toContain(
			'Cấu hình DDCI của tỉnh, lưu trên máy này.'
		);
		const picker = page.getByTestId('ranking-filters').locator('select[name=component]');
		await expect(picker.locator('option').allTextContents()).resolves.toEqual([
			'Chỉ số tổng hợp',
			'transparency · Tính minh bạch và tiếp cận thông tin',
			'VTNDD · Vai trò người đứng đầu'
		]);
		await picker.selectOption('VTNDD');
		await expect
			.poll(async () => (await rankingRows()).map((r) => r.slice(0, 3)))
			.toEqual([
				['1', 'Sở Xây dựng', '9,50'],
				['2', 'Sở Tư pháp', '9,00'],
				['3', 'Sở Y tế', '6,00']
			]);
		await expect(page.getByTestId('ranking-summary').textContent()).resolves.toContain(
			'Vai trò người đứng đầu'
		);
	});

	it('makes no request to any host but its own, and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
