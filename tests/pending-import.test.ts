import fs from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';

/*
 * A checked file waits for the analyst with its rows already written, in a transaction of its own that is
 * not committed. DuckDB cannot save anything else while it is open (and its log alone does not survive a
 * reload), so removing an import from the history drops the waiting check first. After a reload and a
 * browser restart the removal is there and the checked rows are not.
 */

const dataRows = (name: string) =>
	fs.readFileSync(`data/sample/${name}`, 'utf8').trimEnd().split('\n').length - 1;

async function openImport(page: Page, baseUrl: string): Promise<void> {
	await page.goto(`${baseUrl}/import/`);
	await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
}

const summary = (page: Page) => page.getByTestId('storage-summary').textContent();
const AFTER_REMOVAL = /^Trên máy này: 2 lần nhập, .*, 0 phiếu khảo sát$/;

/** The example file checked: its 38 valid rows are written, not committed. */
async function checkExample(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Thử với tệp mẫu' }).click();
	await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
	await page.getByRole('button', { name: 'Nạp 38 dòng hợp lệ' }).waitFor({ timeout: 60_000 });
}

/** The survey sample removed from the history (the dialog accepted). */
async function removeSurveySample(page: Page): Promise<void> {
	const survey = page.getByTestId('import-history').locator('tbody tr', { hasText: 'survey-responses' });
	await survey.getByRole('button').click();
	await expect.poll(() => summary(page)).toMatch(AFTER_REMOVAL);
}

describe('a check waiting for the analyst', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	afterAll(() => launched.closeAll());

	it('gives way to a removal, which is saved, and leaves nothing of itself after a reload or a restart', async () => {
		const first = await launched.launch();
		const page = await first.context.newPage();
		page.on('dialog', (d) => void d.accept());
		await openImport(page, baseUrl);
		await expect.poll(() => summary(page), { timeout: 60_000 }).toMatch(/3 lần nhập/);

		await checkExample(page);
		// The survey sample removed from the history meanwhile: the check goes back to the mapping step.
		await removeSurveySample(page);
		await expect(page.getByRole('button', { name: 'Nạp 38 dòng hợp lệ' }).count()).resolves.toBe(0);
		await page.getByTestId('mapping-table').waitFor();

		await page.reload();
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
		await expect.poll(() => summary(page)).toMatch(AFTER_REMOVAL);

		await first.context.close();
		const second = await launched.launch(first.profileDir);
		const again = await second.context.newPage();
		await openImport(again, baseUrl);
		await expect.poll(() => summary(again)).toMatch(AFTER_REMOVAL);
		expect(await again.getByTestId('import-history').locator('tbody tr').allTextContents()).not.toContain(
			expect.stringContaining('survey-responses')
		);
		expect(dataRows('survey-responses.csv')).toBeGreaterThan(0); // the sample had survey rows to remove
	});

	it('is dropped when the analyst leaves the page, so what they change next is saved', async () => {
		const { context } = await launched.launch();
		const page = await context.newPage();
		page.on('dialog', (d) => void d.accept());
		await openImport(page, baseUrl);
		await expect.poll(() => summary(page), { timeout: 60_000 }).toMatch(/3 lần nhập/);
		await checkExample(page);

		// Away and back inside the app (no reload): the import page starts afresh, with no check of its own.
		await page.getByRole('link', { name: 'Tổng quan' }).click();
		await page.getByRole('link', { name: 'Nhập dữ liệu' }).click();
		await page.getByTestId('import-history').waitFor();
		await removeSurveySample(page);

		// Had the first check stayed open, DuckDB could not have saved the removal, and the reload would undo it.
		await page.reload();
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
		await expect.poll(() => summary(page)).toMatch(AFTER_REMOVAL);
	});
});
