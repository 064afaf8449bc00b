import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';

/*
 * Data loaded into DuckDB stays on the device (OPFS): after a reload and after the browser is closed and
 * started again, the home page shows the same data without loading the sample again.
 */

const SAMPLE_REQUEST = /scores-provinces\..*csv/;

async function openHome(page: Page, baseUrl: string) {
	const sampleRequests: string[] = [];
	page.on('request', (r) => {
		if (SAMPLE_REQUEST.test(r.url())) sampleRequests.push(r.url());
	});
	await page.goto(`${baseUrl}/`);
	await page.locator('[data-testid=ranking-table] tbody tr').first().waitFor({ timeout: 120_000 });
	const status = (await page.getByTestId('storage-status').textContent()) ?? '';
	const firstRow = await page.locator('[data-testid=ranking-table] tbody tr').first().textContent();
	return { sampleRequests, status, firstRow };
}

describe('persistence on the device', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	afterAll(() => launched.closeAll());

	it('keeps the data across a reload and a browser restart', async () => {
		const first = await launched.launch();
		const page = await first.context.newPage();
		const visit1 = await openHome(page, baseUrl);
		expect(visit1.sampleRequests).toHaveLength(1);
		expect(visit1.status).toMatch(/^Đã lưu trên máy này lúc/);

		await page.reload();
		const visit2 = await openHome(page, baseUrl);
		expect(visit2.sampleRequests).toEqual([]); // found on the device, not loaded again
		expect(visit2.firstRow).toBe(visit1.firstRow);
		expect(visit2.status).toBe(visit1.status); // nothing new was written: the saved time is unchanged

		await first.context.close();
		const second = await launched.launch(first.profileDir);
		const visit3 = await openHome(await second.context.newPage(), baseUrl);
		expect(visit3.sampleRequests).toEqual([]);
		expect(visit3.firstRow).toBe(visit1.firstRow);
		expect(visit3.status).toBe(visit1.status);
	});
});
