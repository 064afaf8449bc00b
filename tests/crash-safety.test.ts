import fs from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchProfile } from './helpers/chromium';
import { sampleSummaryText } from './helpers/sample';

/*
 * A tab closed while the sample is being written must leave the device database readable and whole: after a
 * restart the app shows either the complete sample (the write had committed) or loads it again from scratch
 * — never half of it. The sample load is one transaction; DuckDB's write-ahead log does the rest.
 */

const FULL = sampleSummaryText();

describe('a tab closed mid-save', () => {
	const baseUrl = inject('baseUrl');
	const contexts: BrowserContext[] = [];
	let profileDir = '';
	afterAll(async () => {
		for (const c of contexts) await c.close().catch(() => undefined);
		if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
	});

	it.each([0, 150, 400, 900])(
		'leaves the previous good state when closed %i ms into the write',
		async (delay) => {
			const first = await launchProfile();
			profileDir = first.profileDir;
			contexts.push(first.context);
			const page = await first.context.newPage();
			const surveyFetched = page.waitForResponse((r) => r.url().includes('survey-responses'), {
				timeout: 120_000
			});
			await page.goto(`${baseUrl}/`);
			await surveyFetched;
			await page.waitForTimeout(delay);
			await page.close({ runBeforeUnload: false });
			await first.context.close();

			const second = await launchProfile(profileDir);
			contexts.push(second.context);
			const again = await second.context.newPage();
			const errors: string[] = [];
			again.on('pageerror', (e) => errors.push(String(e)));
			await again.goto(`${baseUrl}/`);
			await again.locator('[data-testid=ranking-table] tbody tr').first().waitFor({ timeout: 120_000 });
			await expect(again.getByTestId('storage-summary').textContent()).resolves.toBe(FULL);
			expect(await again.locator('[data-testid=ranking-table] tbody tr').count()).toBe(34);
			expect(errors).toEqual([]);
			await second.context.close();
			fs.rmSync(profileDir, { recursive: true, force: true });
			profileDir = '';
		}
	);
});
