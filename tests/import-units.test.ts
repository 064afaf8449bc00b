import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * Issue 14: a Vĩnh Long survey on a device that holds the sample (Quảng Ninh's agencies). Its "Sở Tư pháp"
 * must not go to Quảng Ninh: the page asks whose units the file names, then every row goes to Vĩnh Long's
 * units, and the next file with those names matches them by itself.
 */

const ITEMS = Array.from({ length: 16 }, (_, i) => `Câu 9.${i + 1}`);
const UNITS = ['Sở Tư pháp', 'Sở Xây dựng', 'UBND thành phố Vĩnh Long', 'UBND huyện Long Hồ'];

function survey(prefix: string): string {
	const rows = UNITS.flatMap((unit, u) =>
		[1, 2].map((r) => [
			`${prefix}-${u}${r}`,
			'2024',
			unit,
			...ITEMS.map((_, i) => String(((u + r + i) % 5) + 1))
		])
	);
	return [['Mã phiếu', 'Năm', 'Đơn vị', ...ITEMS], ...rows].map((r) => r.join(',')).join('\n') + '\n';
}

describe('units belong to a province', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').locator('tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	async function checkFile(name: string, csv: string) {
		await page
			.getByTestId('file-input')
			.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page
			.locator('.pick[data-step="mapping"] .file-name', { hasText: name })
			.waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
	}

	it('says the sample’s province is the sample’s, and asks for the analyst’s', async () => {
		await expect(page.getByTestId('analyst-province').textContent()).resolves.toContain(
			'Dữ liệu mẫu là của Quảng Ninh'
		);
	});

	it('asks whose units a file names when they point to two provinces, and loads nothing meanwhile', async () => {
		await checkFile('khao-sat-2024.csv', survey('A'));
		const question = page.getByTestId('file-province');
		await expect(question.textContent()).resolves.toMatch(/nhiều tỉnh \(Quảng Ninh, Vĩnh Long\)/);
		await expect(page.getByRole('button', { name: /^Nạp/ }).isDisabled()).resolves.toBe(true);
		await expect(page.getByTestId('unit-choices').count()).resolves.toBe(0);
	});

	it('matches within the province the analyst names: nothing of Quảng Ninh, no "Long An?"', async () => {
		await page.getByTestId('file-province-select').selectOption('gso63:86');
		const choices = page.getByTestId('unit-choices');
		await choices.waitFor({ timeout: 60_000 });
		await expect(page.getByTestId('file-province').textContent()).resolves.toContain('đơn vị của Vĩnh Long');
		expect((await choices.locator('tbody th').allTextContents()).sort()).toEqual([...UNITS].sort());
		// No suggestion at all: nothing of Quảng Ninh, and "UBND huyện Long Hồ" is not "Long An?".
		await expect(choices.locator('td', { hasText: 'Có phải' }).count()).resolves.toBe(0);
		await expect(choices.locator('optgroup[label="Gợi ý"]').count()).resolves.toBe(0);
		// Each is offered as a new unit of Vĩnh Long, of the kind its name says.
		for (const unit of UNITS) {
			const select = page.getByLabel(`Đơn vị cho “${unit}”`);
			await expect(select.inputValue()).resolves.toBe('__new__');
			await expect(select.locator('option:checked').textContent()).resolves.toContain('của Vĩnh Long');
		}
		const row = (unit: string) => choices.locator(`tr[data-unit="${unit}"]`);
		await expect(row('Sở Tư pháp').getByLabel('Loại đơn vị').inputValue()).resolves.toBe('agency');
		await expect(row('UBND huyện Long Hồ').getByLabel('Loại đơn vị').inputValue()).resolves.toBe('district');
		await expect(row('UBND thành phố Vĩnh Long').getByLabel('Loại đơn vị').inputValue()).resolves.toBe(
			'district'
		);
	});

	it('searches the picker without diacritics, and shows province and kind in its groups', async () => {
		const row = page.getByTestId('unit-choices').locator('tr[data-unit="Sở Tư pháp"]');
		await row.getByRole('searchbox').fill('vinh long');
		const options = await row
			.getByLabel('Đơn vị cho “Sở Tư pháp”')
			.locator('optgroup option')
			.allTextContents();
		expect(options).toEqual(['Vĩnh Long', 'Vĩnh Long']);
		const groups = await row.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
		expect(groups).toEqual(['34 tỉnh, thành (từ 1/7/2025)', '63 tỉnh, thành (đến 30/6/2025)']);
		await row.getByRole('searchbox').fill('');
	});

	it('loads every row under Vĩnh Long’s units', async () => {
		await page.getByTestId('apply-unit-choices').click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('8 dòng dữ liệu: 8 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await page.getByRole('button', { name: 'Nạp 8 dòng hợp lệ' }).click();
		await expect(page.getByTestId('import-done').textContent()).resolves.toMatch(/^Đã nạp 8 dòng/);
	});

	it('matches the next file’s names to Vĩnh Long’s units by itself, and groups them in the picker', async () => {
		await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
		await checkFile(
			'khao-sat-2024-dot-2.csv',
			survey('B') + 'B-99,2024,Sở Tư phápp,1' + ',1'.repeat(15) + '\n'
		);
		await expect(page.getByTestId('file-province').textContent()).resolves.toContain('đơn vị của Vĩnh Long');
		const choices = page.getByTestId('unit-choices');
		expect(await choices.locator('tbody th').allTextContents()).toEqual(['Sở Tư phápp']);
		const select = page.getByLabel('Đơn vị cho “Sở Tư phápp”');
		// Suggested from Vĩnh Long's agencies (not Quảng Ninh's), with province and kind.
		const suggested = await select.locator('optgroup[label="Gợi ý"] option').allTextContents();
		expect(suggested).toEqual(['Sở Tư pháp (Vĩnh Long, sở, ban, ngành)']);
		const groups = await select
			.locator('optgroup')
			.evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
		expect(groups.slice(1, 3)).toEqual([
			'Vĩnh Long · Sở, ban, ngành',
			'Vĩnh Long · Huyện, thị xã, thành phố thuộc tỉnh'
		]);
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
		expect(watch.errors).toEqual([]);
	});
});
