import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/* The survey page on the sample data: SIPAS by agency with n and intervals, driven by the URL. */

const VALUE = /^\d{2},\d{2}(\s≈)?$/; // vi-VN: decimal comma, two decimals
const INTERVAL = /^\d{2},\d{2}–\d{2,3},\d{2}$/;
const COUNT = /^\d{1,3}(\.\d{3})*$/; // thousands with a dot

/** Câu 9's elements in order: 2, 2, 9, 10, 3, 4, 3, 3, 3 items (q9_01 … q9_39). */
const ELEMENT_SIZES = [2, 2, 9, 10, 3, 4, 3, 3, 3];

/**
 * Overall satisfaction of the agencies' 2024 responses dated in `months`, worked out here from the sample CSV
 * (not by the app's code): per item satisfied (4, 5) over answered, elements the mean of their items, overall
 * the mean of the elements; n the responses with any answer.
 */
function agenciesOverall(months: number[]): { value: number; n: number } {
	const read = (name: string) =>
		Papa.parse<Record<string, string>>(fs.readFileSync(path.resolve('data/sample', name), 'utf8').trimEnd(), {
			header: true
		}).data;
	const agencies = new Set(
		read('units-local.csv')
			.filter((u) => u.kind === 'agency')
			.map((u) => u.unit_key)
	);
	const rows = read('survey-responses.csv').filter(
		(r) =>
			r.year === '2024' && agencies.has(r.unit_key!) && months.includes(Number(r.surveyed_on!.split('/')[1]))
	);
	const items = Array.from({ length: 39 }, (_, i) => `q9_${String(i + 1).padStart(2, '0')}`);
	const share = (item: string) => {
		const answered = rows.filter((r) => r[item] !== '');
		return answered.length === 0
			? null
			: answered.filter((r) => Number(r[item]) >= 4).length / answered.length;
	};
	const elements: number[] = [];
	let first = 0;
	for (const size of ELEMENT_SIZES) {
		const shares = items
			.slice(first, first + size)
			.map(share)
			.filter((x): x is number => x != null);
		if (shares.length > 0) elements.push(shares.reduce((a, b) => a + b, 0) / shares.length);
		first += size;
	}
	return {
		value: (100 * elements.reduce((a, b) => a + b, 0)) / elements.length,
		n: rows.filter((r) => items.some((i) => r[i] !== '')).length
	};
}

describe('survey page', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;

	const rows = () => page.locator('[data-testid=survey-ranking] tbody tr');
	const cells = async (i: number) => rows().nth(i).locator('td, th').allInnerTexts();
	const rankingTitle = () =>
		page.locator('[data-testid=survey-ranking-section] [data-testid=chart-frame] .title');
	const ready = () => rows().first().waitFor({ timeout: 150_000 });

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		await page.goto(`${baseUrl}/survey/?year=2024`);
		await ready();
	});
	afterAll(() => launched.closeAll());

	it('ranks the 14 agencies of 2024 with value, interval and n in vi-VN, labelled as sample and default method', async () => {
		await expect(rankingTitle().textContent()).resolves.toContain('2024');
		expect(await rows().count()).toBe(14);
		for (let i = 0; i < 14; i++) {
			const [rank, name, value, interval, n] = (await cells(i)).map((c) => c.trim());
			expect(Number(rank)).toBeGreaterThanOrEqual(1);
			expect(name).toMatch(/^(Sở|Thanh tra|Văn phòng|Ban)/);
			expect(value).toMatch(VALUE);
			expect(interval).toMatch(INTERVAL);
			expect(n).toMatch(COUNT);
			const v = Number(value!.replace(/\s≈$/, '').replace(',', '.'));
			const [low, high] = interval!.split('–').map((x) => Number(x.replace(',', '.')));
			expect(low).toBeLessThan(v);
			expect(high).toBeGreaterThan(v);
		}
		await expect(page.getByTestId('sample-badge').textContent()).resolves.toContain('Dữ liệu mẫu');
		await expect(page.getByTestId('survey-method').textContent()).resolves.toContain(
			'Phương pháp mặc định, chưa đối chiếu công thức chính thức'
		);
		// Ranked bars; the elements of the first three units as dot plots (9 elements, 2 parts, overall, each
		// with a dot); the items' answers as diverging bars, whose data table lists the 39 items.
		const bars = page.locator('[data-testid=survey-ranking-section] svg[data-chart=ranking-bars]');
		expect(await bars.count()).toBe(1);
		// Each ranked unit's bar carries its 95 % interval, as in the table.
		expect(await bars.locator('path[data-interval]').count()).toBe(await rows().count());
		const dots = page.locator('[data-testid=survey-elements] svg[data-chart=dot-plot]');
		expect(await dots.count()).toBe(3);
		expect(await dots.first().locator('circle').count()).toBe(9 + 2 + 1);
		const items = page.getByTestId('survey-items');
		expect(await items.locator('svg[data-chart=likert]').count()).toBe(1);
		await items.getByRole('button', { name: 'Bảng số liệu' }).click();
		expect(await items.locator('[data-testid=chart-table] tbody tr').count()).toBe(39);
		const first = (await items.locator('[data-testid=chart-table] tbody tr').first().allInnerTexts())[0]!;
		expect(first).toMatch(/\d+,\d\t/); // shares with a decimal comma
	});

	it('changes with the year in the URL, and the year picker writes the URL', async () => {
		const in2024 = await cells(0);
		await page.goto(`${baseUrl}/survey/?year=2023`);
		await ready();
		await expect.poll(() => rankingTitle().textContent(), { timeout: 30_000 }).toContain('2023');
		expect(await cells(0)).not.toEqual(in2024);
		await page.locator('select[name=year]').selectOption('2022');
		await expect.poll(() => new URL(page.url()).searchParams.get('year'), { timeout: 30_000 }).toBe('2022');
		await expect.poll(() => rankingTitle().textContent(), { timeout: 30_000 }).toContain('2022');
	});

	it('shows districts, a selected unit and a breakdown by channel from the URL', async () => {
		await page.goto(`${baseUrl}/survey/?year=2024&kind=district&units=local:gso63-22:ha-long&by=channel`);
		await ready();
		expect(await rows().count()).toBe(13);
		// The selected district is the one dot plot of elements, and is checked in the table.
		const panels = page.locator('[data-testid=survey-elements] [data-testid=chart-frame]');
		expect(await panels.count()).toBe(1);
		await expect(panels.first().locator('.title').textContent()).resolves.toBe('Thành phố Hạ Long');
		await expect(page.getByRole('checkbox', { name: 'Chọn Thành phố Hạ Long' }).isChecked()).resolves.toBe(
			true
		);
		const breakdown = page.locator('[data-testid=survey-breakdown] tbody tr');
		expect(await breakdown.count()).toBe(4);
		const [, value, interval] = (await breakdown.first().locator('td, th').allInnerTexts()).map((c) =>
			c.trim()
		);
		expect(value).toMatch(VALUE);
		expect(interval).toMatch(INTERVAL);
	});

	it('breaks 2024 down by quarter when "Quý" is picked, Quý 1 as worked out from the sample file', async () => {
		await page.goto(`${baseUrl}/survey/?year=2024`);
		await ready();
		const by = page.locator('select[name=by]');
		expect(await by.locator('option').allInnerTexts()).toEqual(
			expect.arrayContaining(['Năm', 'Quý', 'Tháng', 'Hình thức nộp hồ sơ'])
		);
		await by.selectOption({ label: 'Quý' });
		await expect.poll(() => new URL(page.url()).searchParams.get('by'), { timeout: 30_000 }).toBe('quarter');
		const breakdown = page.locator('[data-testid=survey-breakdown] tbody tr');
		await expect
			.poll(() => breakdown.locator('th').allInnerTexts(), { timeout: 60_000 })
			.toEqual(['Quý 1', 'Quý 2', 'Quý 3', 'Quý 4']);
		await expect(page.locator('#survey-breakdown-title').textContent()).resolves.toContain(
			'Chỉ số hài lòng chung theo quý'
		);
		const [, value, interval, n] = (await breakdown.first().locator('td, th').allInnerTexts()).map((c) =>
			c.trim()
		);
		const want = agenciesOverall([1, 2, 3]);
		expect(Math.abs(Number(value!.replace(',', '.')) - want.value)).toBeLessThan(0.005 + 1e-9);
		expect(n).toBe(want.n.toLocaleString('de-DE'));
		expect(interval).toMatch(INTERVAL);
	});

	it('breaks a year down by month from the URL: twelve months in calendar order', async () => {
		await page.goto(`${baseUrl}/survey/?year=2024&by=month`);
		await ready();
		const months = page.locator('[data-testid=survey-breakdown] tbody th');
		await expect
			.poll(() => months.allInnerTexts(), { timeout: 60_000 })
			.toEqual(Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`));
	});

	it('does not overflow a 375 px screen', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(`${baseUrl}/survey/?year=2024`);
		await ready();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		// The ranking fits without scrolling sideways: interval and n move under the value, the name keeps its room.
		const table = page.getByTestId('survey-ranking');
		const fits = await table.evaluate((t) => t.scrollWidth <= (t.parentElement as HTMLElement).clientWidth);
		expect(fits).toBe(true);
		const [, name, value] = await cells(0);
		expect(value).toMatch(/\d+,\d{2}[^]*\d+,\d{2}–\d+,\d{2}[^]*\d+ phiếu/);
		const nameWidth = await rows()
			.first()
			.locator('th')
			.evaluate((th) => th.getBoundingClientRect().width);
		expect(nameWidth, name).toBeGreaterThan(120);
		// The answer bars: each question's label above its bar, whole, in one or two lines.
		const likert = page.locator('svg[data-chart=likert]');
		const labels = await likert
			.locator('g[data-key]')
			.evaluateAll((gs) =>
				gs.map((g) => [
					g.querySelector('title')!.textContent,
					[...g.querySelectorAll('text tspan')].map((t) => t.textContent).join(' ')
				])
			);
		expect(labels).toHaveLength(39);
		for (const [title, shown] of labels) expect(shown).toBe(title);
	});

	it('makes no request to any host but its own, and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
