import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { parsePublication, publicationJson } from '$lib/publish/schema';
import { loadSample, SAMPLE_FILE_NAMES } from '$lib/sample/load';
import { SURVEY_METHOD_DEFAULTS } from '$lib/survey';
import { importSourcesSql, surveyDraft, trendDraft, trendSourcesSql } from './publish-drafts';
import { setUpTables } from './setup';
import { ensureSipasSummary, surveyPageDataIn } from './survey-queries';
import { trendViewOn } from './trend-queries';

/* Trend and survey drafts from the sample, as the trends and survey pages would publish them. */

describe('publish drafts on the sample data', () => {
	let db: Database;
	const method = { ...SURVEY_METHOD_DEFAULTS };
	const createdAt = new Date('2026-12-05T05:00:00Z');
	const QN = {
		index: 'PAR',
		component: null,
		kind: null,
		units: ['gso63:22'],
		from: null,
		to: null,
		sample: false
	};

	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
		const files = SAMPLE_FILE_NAMES.map((name) => ({
			name,
			bytes: new Uint8Array(fs.readFileSync(path.resolve('data/sample', name)))
		}));
		await loadSample(db, files);
		await ensureSipasSummary(db, method);
	}, 120_000);
	afterAll(() => db.close());

	it('drafts a trend of Quảng Ninh with the national average, the method changes kept on the points', async () => {
		const view = await trendViewOn(db, QN);
		const rows = view.rows.filter((r) => r.unit_key === 'gso63:22');
		const p = await trendDraft(db, view, [{ key: 'gso63:22', label: 'Quảng Ninh', rows }], { createdAt });
		expect(p).not.toBeNull();
		expect(p!.provenance).toMatchObject({
			from_year: 2018,
			to_year: 2025,
			method_version: 'PAR-2012, PAR-1149-2021, PAR-876-2022',
			is_sample: true,
			unit_kind: 'province',
			sources: [{ file_name: 'Dữ liệu mẫu: scores-provinces.csv' }]
		});
		expect(p!.provenance.index.publisher).toBeNull();
		expect(p!.provenance.notes.length).toBeGreaterThan(0);
		const points = p!.rows[0]!.points;
		expect(points.map((pt) => pt.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(points.every((pt) => pt.list === 'gso63' && pt.ranked_of === 63 && pt.rank !== null)).toBe(true);
		// The average of 2025 is over the 34 provinces, of 2024 over the 63.
		const average = p!.average!.points;
		expect([average.at(-2)!.n, average.at(-1)!.n, average.at(-1)!.list]).toEqual([63, 34, 'qd19']);
		expect(p!.average!.name.vi).toBe('Trung bình cả nước');
		expect(parsePublication(publicationJson(p!)).ok).toBe(true);
	});

	it('drafts nothing for an index without data, or a view without a single year', async () => {
		const choices = { args: null, kinds: [], components: [], years: [], hasReal: false, hasSample: false };
		const none = { choices, units: [], rows: [], average: [], links: [] };
		expect(await trendDraft(db, none, [], { createdAt })).toBeNull();
		const view = await trendViewOn(db, { ...QN, units: [] });
		expect(await trendDraft(db, { ...view, average: [] }, [], { createdAt })).toBeNull();
	});

	it('drafts the survey of the agencies: every unit with n and interval, the top three’s elements, the items', async () => {
		const filters = { importId: null, year: null, kind: 'agency', units: [], by: 'none' as const };
		const data = await surveyPageDataIn(db, filters, method);
		const p = await surveyDraft(db, data, [], method, { createdAt });
		expect(p).not.toBeNull();
		expect(p!.provenance).toMatchObject({
			year: 2025,
			unit_kind: 'agency',
			min_n: 30,
			is_sample: true,
			method_version: 'SIPAS-1001-2023',
			questionnaire: { code: 'SIPAS-1001-2023' },
			method: { satisfied_threshold: 4 },
			method_note: { vi: 'Phương pháp mặc định, chưa đối chiếu công thức chính thức' },
			sources: [{ file_name: 'Dữ liệu mẫu: survey-responses.csv' }]
		});
		expect(p!.rows.length).toBe(data.ranking.length);
		const first = p!.rows[0]!;
		expect(first.suppressed).toBe(false);
		if (!first.suppressed) {
			expect(first.rank).toBe(1);
			expect(first.low! < first.value! && first.value! < first.high!).toBe(true);
			expect(first.n).toBeGreaterThanOrEqual(30);
		}
		expect(new Set(p!.elements.map((e) => e.unit_key)).size).toBe(3);
		expect(p!.elements.find((e) => e.level === 'overall')?.name.vi).toBe('Chỉ số hài lòng chung');
		expect(p!.items.length).toBe(39);
		// An import with no questionnaire recorded is named as SIPAS 1001, in both languages.
		const unnamed = await surveyDraft(db, { ...data, questionnaire: null }, [], method, { createdAt });
		expect(unnamed!.provenance.questionnaire).toEqual({
			code: 'SIPAS-1001-2023',
			name: {
				vi: 'SIPAS theo Quyết định 1001/QĐ-BNV (2023–2026), Câu 9',
				en: 'SIPAS of Decision 1001/QĐ-BNV (2023–2026), question 9'
			}
		});
		const item = p!.items[0]!;
		expect(item.suppressed || item.name.en).toBeTruthy();
		expect(p!.items_scope.vi).toBe('các sở, ban, ngành');
	});

	it('pools the items of the units chosen, and withholds the cells of a unit under the minimum', async () => {
		const filters = { importId: null, year: null, kind: 'agency', units: [], by: 'none' as const };
		const data = await surveyPageDataIn(db, filters, method);
		const chosen = data.ranking[1]!.row;
		const p = await surveyDraft(db, data, [chosen.key], { ...method, minN: chosen.n + 1 }, { createdAt });
		expect(p!.items_scope.vi).toBe(chosen.name);
		const row = p!.rows.find((r) => r.unit_key === chosen.key)!;
		expect(row).toEqual({
			unit_key: chosen.key,
			name: chosen.name,
			suppressed: true,
			note: `n < ${chosen.n + 1}`
		});
	});

	it('builds its source queries from quoted values', () => {
		const args = {
			indexCode: "PA'R",
			component: null,
			unitKind: 'province',
			sample: true,
			yearFrom: null,
			yearTo: null
		};
		expect(trendSourcesSql(args, 2018, 2025)).toContain("s.index_code = 'PA''R'");
		expect(importSourcesSql([])).toContain('IN (NULL)');
	});
});
