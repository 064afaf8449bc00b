import { afterAll, describe, expect, inject, it } from 'vitest';
import { browsers } from './helpers/chromium';
import { sampleSummaryText } from './helpers/sample';

/*
 * A tab closed while the sample is being written must leave the device database readable and whole: after a
 * restart the app shows either the complete sample (the write had committed) or loads it again from scratch
 * — never half of it. The sample load is one transaction; DuckDB's write-ahead log does the rest.
 */

const FULL = sampleSummaryText();

describe('a tab closed mid-save', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	afterAll(() => launched.closeAll());

	it.each([0, 150, 400, 900])(
		'leaves the previous good state when closed %i ms into the write',
		async (delay) => {
			const first = await launched.launch();
			const page = await first.context.newPage();
			const surveyFetched = page.waitForResponse((r) => r.url().includes('survey-responses'), {
				timeout: 120_000
			});
			await page.goto(`${baseUrl}/`);
			await surveyFetched;
			await page.waitForTimeout(delay);
			await page.close({ runBeforeUnload: false });
			await first.context.close();

			const second = await launched.launch(first.profileDir);
			const again = await second.context.newPage();
			const errors: string[] = [];
			again.on('pageerror', (e) => errors.push(String(e)));
			await again.goto(`${baseUrl}/`);
			await again.locator('[data-testid=ranking-table] tbody tr').first().waitFor({ timeout: 120_000 });
			await expect(again.getByTestId('storage-summary').textContent()).resolves.toBe(FULL);
			expect(await again.locator('[data-testid=ranking-table] tbody tr').count()).toBe(34);
			expect(errors).toEqual([]);
			await second.context.close();
		}
	);
});
