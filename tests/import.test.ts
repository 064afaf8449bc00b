import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * The import page as an analyst uses it: choose a file, read the report (first column "Dòng"), load the
 * valid rows, find the import in the history, remove it again. Hostile text stays text.
 */

describe('import page', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;
	const dialogs: string[] = [];

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.accept();
		});
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 }); // the sample imports
	});
	afterAll(() => launched.closeAll());

	/** Chooses a file and waits until the page has read *this* file: the page keeps the last one meanwhile. */
	async function choose(file: string | { name: string; mimeType: string; buffer: Buffer }, step = 'mapping') {
		await page.getByTestId('file-input').setInputFiles(file);
		const name = typeof file === 'string' ? path.basename(file) : file.name;
		await page
			.locator(`.pick[data-step="${step}"] .file-name`, { hasText: name })
			.waitFor({ timeout: 60_000 });
	}

	/** A CSV written here, chosen as a file. */
	const chooseCsv = (name: string, csv: string) =>
		choose({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

	it('checks the example file and reports problems by line', async () => {
		await page.getByRole('button', { name: 'Thử với tệp mẫu' }).click();
		await page.getByTestId('mapping-table').waitFor();
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('survey');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await report.waitFor({ timeout: 60_000 });
		await expect(report.locator('.summary').textContent()).resolves.toBe(
			'40 dòng dữ liệu: 38 dòng hợp lệ, 2 dòng có lỗi (2 lỗi).'
		);
		const head = await page.getByTestId('issue-table').locator('thead th').allTextContents();
		expect(head).toEqual(['Dòng', 'Cột', 'Giá trị', 'Lỗi']);
		const rows = await page.getByTestId('issue-table').locator('tbody tr').allTextContents();
		expect(rows[0]).toContain('Ngoài thang đo 1–5');
		expect(rows[1]).toContain('Mã phiếu trùng với dòng');
	});

	it('loads the valid rows and lists the import in the history', async () => {
		await page.getByRole('button', { name: 'Nạp 38 dòng hợp lệ' }).click();
		await expect(page.getByTestId('import-done').textContent()).resolves.toMatch(/^Đã nạp 38 dòng/);
		const first = await page.getByTestId('import-history').locator('tbody tr').first().textContent();
		expect(first).toContain('khao-sat-vi-du.csv');
		await expect.poll(() => page.getByTestId('storage-summary').textContent()).toMatch(/4 lần nhập/);
	});

	it('recognises the same file chosen again', async () => {
		await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
		await page.getByRole('button', { name: 'Thử với tệp mẫu' }).click();
		await expect(page.getByTestId('same-file').textContent()).resolves.toMatch(/đã được nhập lúc/);
		// Loading it saved the column mapping for files with this header.
		await expect(page.getByTestId('mapping-remembered').textContent()).resolves.toMatch(
			/Đã dùng lại cách ghép cột của lần nhập số \d+ \(khao-sat-vi-du\.csv,/
		);
	});

	it('removes an import and exactly its rows', async () => {
		await page.getByTestId('import-history').locator('tbody tr').first().getByRole('button').click();
		await expect.poll(() => page.getByTestId('storage-summary').textContent()).toMatch(/3 lần nhập/);
		await expect.poll(() => page.getByTestId('import-history').locator('tbody tr').count()).toBe(3);
		expect(dialogs.at(-1)).toBe('Xóa lần nhập "khao-sat-vi-du.csv" và đúng 38 dòng của nó?');
	});

	it('shows a binary file named .csv as a clear problem', async () => {
		await choose(path.resolve('tests/fixtures/import/binary.csv'), 'failed');
		await expect(page.getByTestId('import-failed').textContent()).resolves.toMatch(/Không nhập được tệp/);
	});

	it('asks about unit names the registry does not know, remembers the answers and checks again', async () => {
		const csv =
			'Mã phiếu,Năm,Đơn vị,Câu 9.1\nP1,2024,Trung tâm Chuyển đổi số,5\nP2,2024,Quảng Nnh,4\nP3,2024,Hà Nội,3\n';
		await chooseCsv('don-vi.csv', csv);
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		// Its agency fits no province the device knows: the page asks whose it is before anything else.
		await page.getByTestId('file-province-select').selectOption('gso63:22');
		const choices = page.getByTestId('unit-choices');
		await choices.waitFor({ timeout: 60_000 });
		const names = await choices.locator('tbody th').allTextContents();
		expect(names.sort()).toEqual(['Quảng Nnh', 'Trung tâm Chuyển đổi số']);
		await page.getByLabel('Đơn vị cho “Quảng Nnh”').selectOption('gso63:22');
		await page.getByLabel('Đơn vị cho “Trung tâm Chuyển đổi số”').selectOption('__new__');
		await page.getByTestId('apply-unit-choices').click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('3 dòng dữ liệu: 3 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await expect(choices.count()).resolves.toBe(0);
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('asks how to read "1.234" when nothing in the file tells, and checks with the answer', async () => {
		const csv = 'Tỉnh,Năm,Tổng điểm\nHà Nội,2024,81.234\nHuế,2024,75.678\nCần Thơ,2024,79.500\n';
		await chooseCsv('par-index-2024.csv', csv);
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('PAR');
		const question = page.getByTestId('ambiguous-numbers');
		await expect(question.textContent()).resolves.toContain('“81.234” là');
		const check = page.getByRole('button', { name: 'Kiểm tra dữ liệu' });
		const summary = page.getByTestId('import-report').locator('.summary');
		// Read the Vietnamese way (81 234) the scores are far above 100: every row is out of range.
		await check.click();
		await expect
			.poll(() => summary.textContent(), { timeout: 60_000 })
			.toMatch(/0 dòng hợp lệ, 3 dòng có lỗi/);
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
		await question.getByLabel(/dấu chấm là dấu thập phân/).check();
		await check.click();
		await expect
			.poll(() => summary.textContent(), { timeout: 60_000 })
			.toBe('3 dòng dữ liệu: 3 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('recognises a sample file as imported already: the stored hash is the hash of its bytes', async () => {
		await choose(path.resolve('data/sample/scores-provinces.csv'));
		await expect(page.getByTestId('same-file').textContent()).resolves.toMatch(/đã được nhập lúc/);
	});

	it("shows each import's SHA-256, as node:crypto computes it, for checking a file by hand", async () => {
		const bytes = fs.readFileSync('data/sample/survey-responses.csv');
		const cell = page.getByTestId('import-history').locator('td', { hasText: 'survey-responses.csv' });
		await expect(cell.getAttribute('title')).resolves.toBe(
			`SHA-256 ${createHash('sha256').update(bytes).digest('hex')}`
		);
	});

	it('asks the same of "81,234", read the Vietnamese way until told otherwise', async () => {
		const csv = 'Tỉnh;Năm;Tổng điểm\nHà Nội;2024;81,234\nHuế;2024;75,678\nCần Thơ;2024;79,500\n';
		await chooseCsv('par-index-2024-phay.csv', csv);
		const question = page.getByTestId('ambiguous-numbers');
		await expect(question.getByLabel(/dấu phẩy là dấu thập phân/).isChecked()).resolves.toBe(true);
		await expect(question.textContent()).resolves.toContain('81234 (dấu phẩy ngăn hàng nghìn)');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await expect
			.poll(() => page.getByTestId('import-report').locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('3 dòng dữ liệu: 3 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('imports a long score table: one row per unit, year and component', async () => {
		const csv =
			'Tỉnh;Năm;Lĩnh vực;Điểm\nHà Nội;2023;Tổng;85,52\nHà Nội;2023;LV3;12,5\nHuế;2023;;80,1\nHuế;2023;LV99;3\n';
		await chooseCsv('par-doc-2023.csv', csv);
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('PAR');
		await expect(page.getByTestId('import-format').inputValue()).resolves.toBe('long');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('4 dòng dữ liệu: 3 dòng hợp lệ, 1 dòng có lỗi (1 lỗi).');
		const row = await page.getByTestId('issue-table').locator('tbody tr').first().textContent();
		expect(row).toContain('LV99');
		expect(row).toContain('Không phải thành phần của chỉ số này');
		await page.getByRole('button', { name: 'Nạp 3 dòng hợp lệ' }).click();
		await expect(page.getByTestId('import-done').textContent()).resolves.toMatch(/^Đã nạp 3 dòng/);
		await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
	});

	it('offers the year a title gives ("… NĂM 2021"), says so, and lets the analyst change it', async () => {
		const csv =
			'UBND TỈNH QUẢNG NINH,\nBẢNG TỔNG HỢP CHỈ SỐ CCHC NĂM 2021,\n,\nTỉnh,Chỉ số CCHC\nHà Nội,88.1\nHuế,86.2\n';
		await chooseCsv('par-tieu-de-2021.csv', csv);
		const year = page.getByTestId('import-year');
		await expect(year.inputValue()).resolves.toBe('2021');
		await expect(page.getByTestId('year-from-title').textContent()).resolves.toContain(
			'Năm 2021 lấy từ tiêu đề của tệp (dòng 2)'
		);
		await expect(page.getByTestId('missing-required').count()).resolves.toBe(0);
		await year.fill('2022');
		await expect.poll(() => page.getByTestId('year-from-title').count()).toBe(0);
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await expect
			.poll(() => page.getByTestId('import-report').locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('2 dòng dữ liệu: 2 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('takes each row’s year from its date when no column gives it, and lists the rows with no date to read', async () => {
		await choose(path.resolve('tests/fixtures/import/survey-dates-no-year.csv'));
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('survey');
		const note = page.getByTestId('year-from-date');
		await expect(note.textContent()).resolves.toContain(
			'Năm khảo sát của mỗi dòng lấy theo năm của ngày ở cột “Dấu thời gian” (tệp không có cột năm)'
		);
		// No year box until asked for, and nothing missing: the date gives the year.
		await expect(page.getByTestId('import-year').count()).resolves.toBe(0);
		await expect(page.getByTestId('missing-required').count()).resolves.toBe(0);
		const yearOption = page.getByLabel('Năm khảo sát', { exact: true }).locator('option:checked');
		await expect(yearOption.textContent().then((t) => t?.trim())).resolves.toBe(
			'— theo năm của ngày khảo sát —'
		);
		await page.getByRole('button', { name: 'English' }).click();
		await expect(note.textContent()).resolves.toContain(
			'Each row’s survey year is the year of its date in column “Dấu thời gian” (the file has no year column)'
		);
		await page.getByRole('button', { name: 'Tiếng Việt' }).click();
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('11 dòng dữ liệu: 9 dòng hợp lệ, 2 dòng có lỗi (2 lỗi).');
		const rows = page.getByTestId('issue-table').locator('tbody tr');
		const cells = async (i: number) => rows.nth(i).locator('td').allTextContents();
		const fromDate =
			'nên dòng này không có năm khảo sát: tệp không có cột năm, năm của mỗi dòng lấy từ cột ngày này';
		await expect(rows.count()).resolves.toBe(2);
		await expect(cells(0)).resolves.toEqual(['7', 'Dấu thời gian', '', `Ô ngày để trống ${fromDate}`]);
		await expect(cells(1)).resolves.toEqual([
			'11',
			'Dấu thời gian',
			'01/13/2025 10:00:00',
			`Không đọc được ngày (cần dạng ngày/tháng/năm, ví dụ 05/12/2024) ${fromDate}`
		]);
		// A year typed for the whole file wins over the dates: the blank date is then no error.
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
		await note.getByRole('button', { name: 'Nhập một năm cho cả tệp' }).click();
		await page.getByTestId('import-year').fill('2024');
		await expect.poll(() => note.count()).toBe(0);
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('11 dòng dữ liệu: 10 dòng hợp lệ, 1 dòng có lỗi (1 lỗi).');
		await expect(page.getByTestId('import-warnings').textContent()).resolves.toMatch(/^4 cảnh báo/);
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('warns about a total that disagrees with its components, and loads the row', async () => {
		const csv =
			'Tỉnh,Năm,D1,D2,D3,D4,D5,D6,Chỉ số PAPI\nHà Nội,2015,1,1,1,1,1,1,59\nHuế,2015,5,5,5,5,5,5,30\n';
		await chooseCsv('papi-2015.csv', csv);
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('PAPI');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('2 dòng dữ liệu: 2 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await expect(page.getByTestId('import-warnings').textContent()).resolves.toMatch(/^1 cảnh báo/);
		const row = await page.getByTestId('issue-table').locator('tbody tr').first().textContent();
		expect(row).toContain('Hà Nội, năm 2015: tính từ tổng các thành phần được 6,0000; tệp ghi 59,0000.');
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
	});

	it('uses the mapping of the last file with the same header again, names that import, and can drop it', async () => {
		const header = 'Mã phiếu,Năm,Đơn vị,Ý kiến 1,Ý kiến 2,Ý kiến 3';
		await chooseCsv('y-kien-quy-1.csv', `${header}\nA1,2024,Hà Nội,5,4,3\nA2,2024,Huế,4,4,4\n`);
		await page.getByTestId('import-kind').selectOption('survey');
		// Its answer columns are no SIPAS 1001 items, so the page offers to define its own questionnaire: mapped
		// by hand to SIPAS 1001 here.
		await page.getByTestId('questionnaire-choice').selectOption('SIPAS-1001-2023');
		for (const n of [1, 2, 3]) {
			await page.getByLabel(new RegExp(`^Câu 9\\.${n}:`)).selectOption({ label: `Ý kiến ${n}` });
		}
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await page.getByRole('button', { name: 'Nạp 2 dòng hợp lệ' }).click({ timeout: 60_000 });
		const done = await page.getByTestId('import-done').textContent();
		const id = /lần nhập số (\d+)/.exec(done ?? '')?.[1];
		await page.getByRole('button', { name: 'Nhập tệp khác' }).click();

		await chooseCsv('y-kien-quy-2.csv', `${header}\nB1,2024,Hà Nội,3,3,5\n`);
		const note = page.getByTestId('mapping-remembered');
		await expect(note.textContent()).resolves.toContain(
			`Đã dùng lại cách ghép cột của lần nhập số ${id} (y-kien-quy-1.csv,`
		);
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('survey');
		await expect(page.getByLabel(/^Câu 9\.3:/).inputValue()).resolves.toBe('5');
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await expect
			.poll(() => page.getByTestId('import-report').locator('.summary').textContent(), { timeout: 60_000 })
			.toBe('1 dòng dữ liệu: 1 dòng hợp lệ, 0 dòng có lỗi (0 lỗi).');
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
		await note.getByRole('button', { name: 'Ghép cột lại từ đầu' }).click();
		await expect(note.count()).resolves.toBe(0);
		await expect(page.getByLabel(/^Câu 9\.3:/).count()).resolves.toBe(0); // guessed as a score table again
		// Back to where the other tests left the history.
		await page.getByTestId('import-history').locator('tbody tr').first().getByRole('button').click();
		await expect.poll(() => page.getByTestId('import-history').locator('tbody tr').count()).toBe(4);
	});

	it('on a 375 px phone: says it is opening while the database opens, and nothing overflows', async () => {
		await page.setViewportSize({ width: 375, height: 800 });
		// Records whether "no imports yet" is ever on the page while it starts: the sample imports are there.
		await page.addInitScript(() => {
			const w = window as unknown as { sawEmpty: boolean };
			w.sawEmpty = false;
			new MutationObserver(() => {
				if (document.body?.textContent?.includes('Chưa có lần nhập nào')) w.sawEmpty = true;
			}).observe(document, { subtree: true, childList: true, characterData: true });
		});
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').waitFor({ timeout: 120_000 });
		await expect(page.evaluate(() => (window as unknown as { sawEmpty: boolean }).sawEmpty)).resolves.toBe(
			false
		);
		// The page's width, and the elements that stick out (named, so a failure says which).
		const width = () => page.evaluate(() => document.documentElement.scrollWidth);
		const sticking = () =>
			page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((e) => e.getBoundingClientRect().right > 375.5 && !e.closest('.scroll'))
					.map(
						(e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${e.textContent?.slice(0, 30)}`
					)
			);
		await expect(width()).resolves.toBeLessThanOrEqual(375);
		await choose(path.resolve('tests/fixtures/import/scores-papi-wide-versions.csv'));
		await expect(sticking()).resolves.toEqual([]);
		await expect(width()).resolves.toBeLessThanOrEqual(375);
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
		await expect(width()).resolves.toBeLessThanOrEqual(375);
		await page.getByRole('button', { name: 'Hủy, để sửa tệp' }).click();
		await page.setViewportSize({ width: 1280, height: 900 });
	});

	it('makes no request to another host and has no page error', () => {
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
