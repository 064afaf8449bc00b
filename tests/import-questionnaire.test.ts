import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browsers } from './helpers/chromium';
import { watchPage } from './helpers/page-watch';

/*
 * Issue 12: an office's own survey — Bình Định, not the sample's Quảng Ninh; 16 questions named "Câu 1. Nơi
 * tiếp nhận hồ sơ…", answers written as numbers, as labels ("Hài lòng") and as both ("4 - Hài lòng"), blanks
 * and "Không trả lời" — imported with a questionnaire defined on the import page. /survey must then give what a
 * spreadsheet gives from the same file, and the next file with the same header must need no mapping at all.
 */

const DIR = path.resolve('tests/fixtures/import/questionnaire');
const FIRST = path.join(DIR, 'khao-sat-hai-long-binh-dinh-2024.csv');
const SECOND = path.join(DIR, 'khao-sat-hai-long-binh-dinh-2024-dot-2.csv');

/** The four elements the analyst names, and which questions (1-based) each holds. */
const ELEMENTS = [
	{ code: 'E1', name: 'Tiếp cận dịch vụ', questions: [1, 2, 3, 4] },
	{ code: 'E2', name: 'Thủ tục hành chính', questions: [5, 6, 7, 8] },
	{ code: 'E3', name: 'Công chức giải quyết công việc', questions: [9, 10, 11, 12] },
	{ code: 'E4', name: 'Kết quả giải quyết', questions: [13, 14, 15, 16] }
];
const QUESTIONNAIRE = 'Phiếu hài lòng một cửa Bình Định';
const LABELS: Record<string, number> = {
	'rất không hài lòng': 1,
	'không hài lòng': 2,
	'bình thường': 3,
	'hài lòng': 4,
	'rất hài lòng': 5
};
const THRESHOLD = 4;

/** An answer as a spreadsheet would count it: a number, a label, "4 - Hài lòng"; blank and "Không trả lời" are none. */
function answer(cell: string): number | null {
	const text = cell.trim();
	if (text === '' || text.toLowerCase() === 'không trả lời') return null;
	const numbered = /^(\d)(?:\s*-\s*(.+))?$/.exec(text);
	if (numbered) {
		if (numbered[2] !== undefined) expect(LABELS[numbered[2].toLowerCase()]).toBe(Number(numbered[1]));
		return Number(numbered[1]);
	}
	const value = LABELS[text.toLowerCase()];
	expect(value, `"${text}" is an answer`).toBeDefined();
	return value!;
}

interface Sheet {
	headers: string[];
	/** Unit name → the answers of each respondent to the 16 questions. */
	units: Map<string, (number | null)[][]>;
}

function readSheet(file: string): Sheet {
	const rows = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
	const headers = rows[1]!; // a title row, then the header
	const first = headers.findIndex((h) => h.startsWith('Câu 1.'));
	const units = new Map<string, (number | null)[][]>();
	for (const row of rows.slice(2)) {
		const answers = row.slice(first, first + 16).map(answer);
		units.set(row[3]!, [...(units.get(row[3]!) ?? []), answers]);
	}
	return { headers, units };
}

/** An item's share: satisfied answers over valid answers, in percent. */
function share(answers: (number | null)[]): number {
	const valid = answers.filter((a): a is number => a !== null);
	return (100 * valid.filter((a) => a >= THRESHOLD).length) / valid.length;
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const column = (respondents: (number | null)[][], q: number) => respondents.map((r) => r[q - 1]!);

/** Each element of one unit: the mean of its items' shares; overall: the mean of the elements. */
function unitValues(respondents: (number | null)[][]) {
	const elements = ELEMENTS.map((e) => mean(e.questions.map((q) => share(column(respondents, q)))));
	return { elements, overall: mean(elements) };
}

/** "85,32" (vi-VN), possibly followed by "≈" (intervals overlap), as a number. */
const number = (text: string) => {
	expect(text.trim()).toMatch(/^\d{1,3},\d{2}(\s≈)?$/);
	return Number(text.trim().replace(/\s≈$/, '').replace(',', '.'));
};

describe('an office questionnaire defined on the import page', () => {
	const baseUrl = inject('baseUrl');
	const launched = browsers();
	let page: Page;
	let watch: ReturnType<typeof watchPage>;
	let firstImport = '';
	let questionnaireId = '';
	const first = readSheet(FIRST);

	beforeAll(async () => {
		const { context } = await launched.launch();
		page = await context.newPage();
		watch = watchPage(page, baseUrl);
		page.on('dialog', (d) => void d.accept());
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').locator('tbody tr').first().waitFor({ timeout: 120_000 });
	});
	afterAll(() => launched.closeAll());

	const historyRows = () => page.getByTestId('import-history').locator('tbody tr').count();
	const choice = () => page.getByTestId('questionnaire-choice');

	async function choose(file: string) {
		await page.getByTestId('file-input').setInputFiles(file);
		await page
			.locator('.pick[data-step="mapping"] .file-name', { hasText: path.basename(file) })
			.waitFor({ timeout: 60_000 });
	}

	/** Checks the file; its units are Bình Định's own, offered as new units the first time. */
	async function checkAndLoad(rows: number): Promise<string> {
		await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
		const report = page.getByTestId('import-report');
		await report.waitFor({ timeout: 90_000 });
		const choices = page.getByTestId('unit-choices');
		if ((await choices.count()) > 0) {
			await expect(page.getByTestId('file-province').textContent()).resolves.toContain('Bình Định');
			await page.getByTestId('apply-unit-choices').click();
			await expect.poll(() => choices.count(), { timeout: 90_000 }).toBe(0);
		}
		await expect
			.poll(() => report.locator('.summary').textContent(), { timeout: 90_000 })
			.toBe(`${rows} dòng dữ liệu: ${rows} dòng hợp lệ, 0 dòng có lỗi (0 lỗi).`);
		await page.getByRole('button', { name: `Nạp ${rows} dòng hợp lệ` }).click();
		const done = await page.getByTestId('import-done').textContent({ timeout: 60_000 });
		return /lần nhập số (\d+)/.exec(done ?? '')![1]!;
	}

	it('offers to define a questionnaire for a survey whose columns are no SIPAS 1001 items', async () => {
		await choose(FIRST);
		await expect(page.getByTestId('import-kind').inputValue()).resolves.toBe('survey');
		await expect(choice().inputValue()).resolves.toBe('define');
		// Its 16 Likert columns are the questions, codes and short labels from their headers.
		await expect(page.getByTestId('questionnaire-count').textContent()).resolves.toBe('16 cột là câu hỏi');
		await expect(
			page.getByLabel('Mã câu hỏi của cột “Câu 1. Nơi tiếp nhận hồ sơ có biển chỉ dẫn rõ ràng”').inputValue()
		).resolves.toBe('C1');
		await expect(
			page
				.getByLabel('Tên ngắn của cột “Câu 16. Góp ý, phản ánh được tiếp nhận và trả lời kịp thời”')
				.inputValue()
		).resolves.toBe('Góp ý, phản ánh được tiếp nhận và trả lời kịp thời');
		// The row number and the free-text column are offered, not ticked; the respondent's columns are not offered.
		for (const other of ['STT', 'Ý kiến khác']) {
			await expect(page.getByLabel(`Cột “${other}” là câu hỏi`).isChecked()).resolves.toBe(false);
		}
		for (const respondent of ['Mã phiếu', 'Năm', 'Đơn vị được khảo sát', 'Giới tính']) {
			await expect(page.getByLabel(`Cột “${respondent}” là câu hỏi`).count()).resolves.toBe(0);
		}
	});

	it('refuses the file as SIPAS 1001, where no column is an item, and imports nothing', async () => {
		const before = await historyRows();
		await choice().selectOption('SIPAS-1001-2023');
		const refusal = page.getByTestId('no-item-mapped');
		await expect(refusal.textContent()).resolves.toContain(
			'Chưa nhập được tệp khảo sát này: không có cột nào được ghép với một câu hỏi của bảng hỏi'
		);
		await expect(refusal.textContent()).resolves.toContain('hoặc chọn “Bảng hỏi riêng”');
		await expect(page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).isDisabled()).resolves.toBe(true);
		await expect(page.getByTestId('import-report').count()).resolves.toBe(0);
		expect(await historyRows()).toBe(before);
		await choice().selectOption('define');
		await expect(refusal.count()).resolves.toBe(0);
	});

	it('defines the questionnaire: name, four named elements, each question’s element; scale 1–5, satisfied from 4', async () => {
		await page.getByLabel('Tên bảng hỏi').fill(QUESTIONNAIRE);
		await page.getByLabel('Tên phần P1').fill('Cung ứng dịch vụ hành chính công');
		for (const [i, e] of ELEMENTS.entries()) {
			if (i > 0) await page.getByRole('button', { name: 'Thêm yếu tố' }).click();
			await page.getByLabel(`Tên yếu tố ${e.code}`).fill(e.name);
			for (const q of e.questions) {
				await page
					.getByLabel(`Yếu tố của cột “${first.headers.find((h) => h.startsWith(`Câu ${q}.`))}”`)
					.selectOption(e.code);
			}
		}
		await expect(page.getByLabel('Thang trả lời').inputValue()).resolves.toBe('5');
		await expect(page.getByLabel('Hài lòng khi trả lời từ').inputValue()).resolves.toBe('4');
		await expect(page.getByLabel('Nhãn của mức 4').inputValue()).resolves.toBe('Hài lòng');
		await expect(page.getByTestId('questionnaire-problems').count()).resolves.toBe(0);
		// A problem is said in words and holds the check up until it is put right.
		await page.getByLabel('Tên yếu tố E2').fill('');
		await expect(page.getByTestId('questionnaire-problems').textContent()).resolves.toContain(
			'Yếu tố E2 cần có tên.'
		);
		await expect(page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).isDisabled()).resolves.toBe(true);
		await page.getByLabel('Tên yếu tố E2').fill(ELEMENTS[1]!.name);
	});

	it('loads every row, labelled answers read by the questionnaire’s scale', async () => {
		const rows = [...first.units.values()].reduce((n, r) => n + r.length, 0);
		firstImport = await checkAndLoad(rows);
		// Offered for the next file: saved with the import.
		await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
	});

	it('shows on /survey the overall value, elements and items a spreadsheet gives', async () => {
		await page.goto(`${baseUrl}/survey/?import=${firstImport}&kind=district&year=2024`);
		const ranking = page.locator('[data-testid=survey-ranking] tbody tr');
		await ranking.first().waitFor({ timeout: 150_000 });
		await expect(page.locator('.subtitle').textContent()).resolves.toContain(QUESTIONNAIRE);
		expect(await ranking.count()).toBe(first.units.size);
		for (const [unit, respondents] of first.units) {
			const place = unit.replace(/^UBND (thành phố|thị xã|huyện) /, '');
			const [, , value, , n] = await ranking.filter({ hasText: place }).locator('td, th').allInnerTexts();
			expect(number(value!)).toBeCloseTo(unitValues(respondents).overall, 2);
			expect(n!.trim()).toBe(String(respondents.length));
		}

		// The elements of each unit (the three are the focus when none is chosen).
		const panels = page.locator('[data-testid=survey-elements] [data-testid=chart-frame]');
		expect(await panels.count()).toBe(first.units.size);
		for (let p = 0; p < first.units.size; p++) {
			const panel = panels.nth(p);
			const title = (await panel.locator('.title').textContent())!;
			const [, respondents] = [...first.units].find(([unit]) =>
				unit.endsWith(title.replace(/^(Thành phố|Thị xã|Huyện) /, ''))
			)!;
			const expected = unitValues(respondents);
			await panel.getByRole('button', { name: 'Bảng số liệu' }).click();
			const cells = await panel
				.locator('[data-testid=chart-table] tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()))
				);
			for (const [i, e] of ELEMENTS.entries()) {
				const row = cells.find((c) => c[0] === `${e.code}. ${e.name}`)!;
				expect(number(row[1]!)).toBeCloseTo(expected.elements[i]!, 2);
			}
			const overall = cells.find((c) => c[0] === 'Chỉ số hài lòng chung')!;
			expect(number(overall[1]!)).toBeCloseTo(expected.overall, 2);
		}

		// The items, every unit pooled: satisfied answers over valid answers of all respondents.
		const items = page.getByTestId('survey-items');
		await items.getByRole('button', { name: 'Bảng số liệu' }).click();
		const itemRows = await items
			.locator('[data-testid=chart-table] tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()))
			);
		expect(itemRows.length).toBe(16);
		const everyone = [...first.units.values()].flat();
		for (let q = 1; q <= 16; q++) {
			const header = first.headers.find((h) => h.startsWith(`Câu ${q}.`))!;
			const label = header.replace(/^Câu \d+\.\s*/, '');
			const row = itemRows.find((r) => r[0] === label)!;
			expect(row, label).toBeDefined();
			const answers = column(everyone, q);
			expect(number(row.at(-3)!)).toBeCloseTo(share(answers), 2);
			expect(row.at(-1)).toBe(String(answers.filter((a) => a !== null).length));
		}
	});

	it('imports the next file with the same header with no mapping, under the same questionnaire', async () => {
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').locator('tbody tr').first().waitFor({ timeout: 120_000 });
		await choose(SECOND);
		await expect(page.getByTestId('mapping-remembered').textContent()).resolves.toContain(
			`Đã dùng lại cách ghép cột của lần nhập số ${firstImport} (${path.basename(FIRST)},`
		);
		questionnaireId = await choice().inputValue();
		expect(questionnaireId).toMatch(/^custom-[0-9a-f]{16}$/);
		await expect(choice().locator('option:checked').textContent()).resolves.toContain(QUESTIONNAIRE);
		await expect(page.getByTestId('questionnaire-summary').textContent()).resolves.toBe(
			'16 câu hỏi trong 4 yếu tố; thang 1–5, hài lòng từ 4.'
		);
		const second = readSheet(SECOND);
		const id = await checkAndLoad([...second.units.values()].reduce((n, r) => n + r.length, 0));

		await page.goto(`${baseUrl}/survey/?import=${id}&kind=district&year=2024`);
		const items = page.getByTestId('survey-items');
		await items.waitFor({ timeout: 150_000 });
		await expect(page.locator('.subtitle').textContent()).resolves.toContain(QUESTIONNAIRE);
		await items.getByRole('button', { name: 'Bảng số liệu' }).click();
		const itemRows = await items
			.locator('[data-testid=chart-table] tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim()))
			);
		const everyone = [...second.units.values()].flat();
		expect(itemRows.map((r) => r[0])).toEqual(
			Array.from({ length: 16 }, (_, i) =>
				second.headers.find((h) => h.startsWith(`Câu ${i + 1}.`))!.replace(/^Câu \d+\.\s*/, '')
			)
		);
		for (let q = 1; q <= 16; q++) {
			expect(number(itemRows[q - 1]!.at(-3)!)).toBeCloseTo(share(column(everyone, q)), 2);
		}
	});

	it('offers the saved questionnaire by name on the next visit, once', async () => {
		await page.goto(`${baseUrl}/import/`);
		await page.getByTestId('import-history').locator('tbody tr').first().waitFor({ timeout: 120_000 });
		await choose(FIRST);
		const saved = await choice().locator(`option[value="${questionnaireId}"]`).textContent();
		expect(saved).toMatch(new RegExp(`^${QUESTIONNAIRE} \\(đã lưu \\d\\d/\\d\\d/\\d{4}, 2 lần nhập\\)$`));
		expect(await choice().locator('option', { hasText: QUESTIONNAIRE }).count()).toBe(1);
		expect(watch.foreign).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
