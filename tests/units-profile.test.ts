import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * Issue 10, the unit profile: every index of one unit, reached from the ranking. Across the 2025 merger a
 * province with one predecessor of the same territory (Hà Nội) keeps its line, its earlier years marked as
 * the old key's; a merged one (Hải Phòng with Hải Dương) links its predecessors and joins nothing. The
 * expectations come from the sample and registry files on disk.
 */

const csv = (file: string) =>
	fs
		.readFileSync(path.resolve(file), 'utf8')
		.trimEnd()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));

/** Years with a PAR total in the sample, per unit key. */
function parYears(unitKey: string): number[] {
	return csv('data/sample/scores-provinces.csv')
		.filter((c) => c[0] === 'PAR' && c[3] === unitKey && c[6] === '' && c[7] !== '')
		.map((c) => Number(c[2]))
		.sort((a, b) => a - b);
}

const predecessors = (newCode: string) => {
	const names = new Map(csv('data/units/provinces-gso63.csv').map((c) => [c[0], c[1]]));
	return csv('data/units/succession-2025.csv')
		.filter((c) => c[1] === newCode)
		.map((c) => names.get(c[0]!)!)
		.sort((a, b) => a.localeCompare(b, 'vi'));
};

describe('the unit profile', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;
	const parCard = () => page.locator('[data-testid=profile-cards] [data-index=PAR]');

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/rankings/`);
		await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	it('opens from the ranking, and draws Hà Nội’s line across 2025 from its old key', async () => {
		await page.getByTestId('ranking-table').getByRole('link', { name: 'Hà Nội', exact: true }).click();
		await page.waitForURL(/\/units\/\?key=qd19(%3A|:)01$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Hà Nội');
		await parCard().waitFor();
		await expect(parCard().locator('.rank').textContent()).resolves.toMatch(/^hạng \d+\/34$/);

		const lineage = page.getByTestId('lineage');
		await expect(lineage.textContent()).resolves.toMatch(
			/Trước ngày 01\/07\/2025:\s*Hà Nội\s*\(cùng địa giới\)/
		);
		await expect(lineage.getByRole('link').getAttribute('href')).resolves.toMatch(/key=gso63(%3A|:)01$/);

		const before = parYears('gso63:01');
		const own = parYears('qd19:01');
		const years = [...before, ...own];
		const spark = parCard().locator('svg.spark');
		await expect(spark.locator('title').textContent()).resolves.toContain(`${years[0]}–${years.at(-1)}`);
		const d = (await spark.locator('path').getAttribute('d'))!;
		expect(d.match(/[ML]/g)!.length).toBe(years.length);
		// PAR's method changed in 2021 and 2022: the line breaks twice, as on /trends.
		expect(d.match(/M/g)!.length).toBe(3);
		await expect(parCard().getByTestId('joined-years').textContent()).resolves.toContain(
			`Năm ${before[0]}–${before.at(-1)}: số liệu của Hà Nội (cùng địa giới).`
		);
	});

	it('links a merged province to the provinces it came from, and joins none of their years', async () => {
		await page.goto(`${baseUrl}/units/?key=qd19:31`);
		await parCard().waitFor({ timeout: 60_000 });
		const lineage = page.getByTestId('lineage');
		await expect(lineage.textContent()).resolves.toContain('Sáp nhập ngày 01/07/2025 từ:');
		const links = await lineage.getByRole('link').allTextContents();
		expect([...links].sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(predecessors('31'));
		await expect(parCard().getByTestId('joined-years').count()).resolves.toBe(0);
		// One year of its own under the new key: no line to draw.
		expect(parYears('qd19:31')).toHaveLength(1);
		await expect(parCard().locator('svg.spark').count()).resolves.toBe(0);

		await lineage.getByRole('link', { name: 'Hải Dương' }).click();
		await page.waitForURL(/key=gso63(%3A|:)30$/);
		await expect(page.getByTestId('lineage').textContent()).resolves.toMatch(
			/Từ ngày 01\/07\/2025 sáp nhập vào:\s*Hải Phòng/
		);
		await expect(parCard().locator('svg.spark').count()).resolves.toBe(1);
	});

	it('makes no request to any host but its own, and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
