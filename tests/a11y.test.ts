import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';

/*
 * Every page of the app and of the public site checked by axe-core in the real Chromium, with the site's
 * Content-Security-Policy in force (axe is evaluated through the DevTools protocol, not a <script>): no
 * serious or critical violation, in Vietnamese and in English, on a desktop and on a phone.
 *
 * One rule result is set aside: label-content-name-mismatch on a chart mark (a bar, a dot). The checker reads
 * an SVG mark's separate <text> elements as one run without spaces ("1Hải Phòng94,01"), which no label can
 * contain; the mark's label ("1. Hải Phòng: 94,01") has each visible word, in order.
 */

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
	'/',
	'/rankings/',
	'/rankings/?index=PAPI&year=2024',
	'/survey/',
	'/trends/?units=gso63:01,gso63:22',
	'/units/?key=qd19:01',
	'/units/list/',
	'/import/',
	'/ddci/',
	'/publications/',
	'/published/',
	'/published/par-province-2025/',
	'/published/survey-sipas-agency-2025/',
	'/embed/par-province-2025/'
];

interface Finding {
	id: string;
	impact: string;
	help: string;
	targets: string[];
}

async function serious(page: Page): Promise<Finding[]> {
	await page.evaluate(AXE);
	const found = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: unknown[] }> } })
			.axe;
		const { violations } = await axe.run(document);
		return (
			violations as {
				id: string;
				impact: string;
				help: string;
				nodes: { target: string[]; html: string }[];
			}[]
		).map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes
				.filter((n) => !(v.id === 'label-content-name-mismatch' && /^<g role="button"/.test(n.html)))
				.map((n) => n.target.join(' '))
		}));
	});
	return found.filter((f) => (f.impact === 'serious' || f.impact === 'critical') && f.targets.length > 0);
}

describe.each([
	{ lang: 'vi', width: 1280 },
	{ lang: 'en', width: 375 }
])('accessibility in $lang at $width px', ({ lang, width }) => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${baseUrl}/`);
		await page.evaluate((l) => localStorage.setItem('chiso.lang', l), lang);
		await page.goto(`${baseUrl}/`);
		await page.getByTestId('ranking-table').locator('tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	it.each(PAGES)('%s has no serious or critical violation', async (path) => {
		await page.goto(`${baseUrl}${path}`);
		// Loaded: the page's heading is there and nothing says it is still opening the database.
		await page.locator('h1').first().waitFor();
		await expect.poll(() => page.locator('[aria-busy=true]').count(), { timeout: 60_000 }).toBe(0);
		expect(await serious(page)).toEqual([]);
	});
});
