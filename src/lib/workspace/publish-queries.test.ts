import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { publicationJson } from '$lib/publish/schema';
import { SCHEMA_SQL } from '$lib/sql/schema';
import { rankingSql, type RankingRow } from '$lib/sql/ranking-sql';
import { decorateRanking } from './ranking-view';
import {
	deletePublication,
	draftFromView,
	listPublications,
	rankingDraft,
	rankingMeta,
	savePublication,
	type RankingMetaArgs
} from './publish-queries';

const ARGS: RankingMetaArgs = {
	indexCode: 'PAR',
	component: null,
	unitKind: 'province',
	scopeName: null,
	year: 2024,
	previousYear: 2023,
	methodVersion: null,
	sources: [{ file_name: 'par.csv', sha256: 'b'.repeat(64), imported_at: '2026-12-01 03:04:05' }],
	sample: false,
	createdAt: new Date('2026-12-05T08:00:00Z')
};

describe('rankingMeta(args)', () => {
	it('names the index, its publisher and decimals from the catalog, and dates in UTC', () => {
		const meta = rankingMeta(ARGS);
		expect(meta.index).toEqual({
			code: 'PAR',
			name: { vi: 'Chỉ số cải cách hành chính', en: 'Public Administration Reform Index (PAR INDEX)' },
			publisher: {
				vi: 'Bộ Nội vụ (Ban Chỉ đạo cải cách hành chính của Chính phủ)',
				en: 'Ministry of Home Affairs (Government Steering Committee for PAR)'
			}
		});
		expect(meta.decimals).toBe(2);
		expect(meta.scope).toEqual({ vi: 'các tỉnh, thành phố', en: 'provinces' });
		expect(meta.title).toEqual({
			vi: 'Xếp hạng Chỉ số CCHC năm 2024 — các tỉnh, thành phố',
			en: 'PAR ranking 2024 — provinces'
		});
		expect(meta.sources[0]!.imported_at).toBe('2026-12-01T03:04:05.000Z');
		expect(meta.createdAt).toBe('2026-12-05T08:00:00.000Z');
	});

	it("takes the method's unverified points as notes, and names no publisher for sample data", () => {
		const meta = rankingMeta({ ...ARGS, sample: true });
		expect(meta.index.publisher).toBeNull();
		expect(meta.notes?.length).toBeGreaterThan(0);
		expect(meta.notes?.join(' ')).toMatch(/chưa (xác minh|đối chiếu)/);
	});

	it.each([
		{ args: { component: 'LV1' }, code: 'LV1', vi: 'Công tác chỉ đạo, điều hành cải cách hành chính' },
		{ args: { component: 'ZZ' }, code: 'ZZ', vi: 'ZZ' }
	])('names the component $code, in the title too', ({ args, code, vi }) => {
		const meta = rankingMeta({ ...ARGS, ...args });
		expect(meta.component).toMatchObject({ code, name: { vi } });
		expect(meta.title?.vi).toBe(`Xếp hạng ${vi} (Chỉ số CCHC) năm 2024 — các tỉnh, thành phố`);
	});

	it.each([
		{ unitKind: 'agency', scopeName: 'Quảng Ninh', scope: { vi: 'Quảng Ninh', en: 'Quảng Ninh' } },
		{ unitKind: 'district', scopeName: null, scope: { vi: 'các huyện, thị xã, thành phố', en: 'districts' } },
		{ unitKind: 'ministry', scopeName: null, scope: { vi: 'ministry', en: null } }
	])('scope of $unitKind in $scopeName', ({ unitKind, scopeName, scope }) => {
		expect(rankingMeta({ ...ARGS, unitKind, scopeName }).scope).toEqual(scope);
	});

	it('is an unknown index by its code, with two decimals', () => {
		const meta = rankingMeta({ ...ARGS, indexCode: 'XYZ' });
		expect([meta.index.name, meta.index.publisher, meta.decimals, meta.notes]).toEqual([
			{ vi: 'XYZ', en: null },
			null,
			2,
			[]
		]);
	});
});

describe('on the engine', () => {
	let db: Database;
	beforeAll(async () => {
		db = await createNodeDatabase();
		for (const sql of SCHEMA_SQL) await db.exec(sql);
		await db.exec(`INSERT INTO imports (file_name, sha256, kind, is_sample, rows_read, rows_loaded, rows_rejected, imported_at)
			VALUES ('par-2023-2024.csv', '${'c'.repeat(64)}', 'scores', false, 0, 0, 0, TIMESTAMP '2026-11-30 02:00:00')`);
		await db.exec(`INSERT INTO units (unit_key, code_system, code, name, kind, region) VALUES
			('gso63:01', 'GSO-63', '01', 'Hà Nội', 'province', 'DBSH'),
			('gso63:31', 'GSO-63', '31', 'Hải Phòng', 'province', 'DBSH'),
			('gso63:04', 'GSO-63', '04', 'Cao Bằng', 'province', 'TDMNPB')`);
		await db.exec(`INSERT INTO index_scores (import_id, index_code, method_version, year, unit_key, unit_kind, component_code, value) VALUES
			(1, 'PAR', 'PAR-876-2022', 2024, 'gso63:31', 'province', NULL, 91.2),
			(1, 'PAR', 'PAR-876-2022', 2024, 'gso63:01', 'province', NULL, 85.0),
			(1, 'PAR', 'PAR-876-2022', 2024, 'gso63:04', 'province', NULL, 79.99),
			(1, 'PAR', 'PAR-876-2022', 2023, 'gso63:01', 'province', NULL, 88.0),
			(1, 'PAR', 'PAR-876-2022', 2023, 'gso63:31', 'province', NULL, 87.0)`);
	});
	afterAll(() => db.close());

	const draft = () =>
		rankingDraft(
			db,
			{ indexCode: 'PAR', year: null, component: null, unitKind: 'province', scope: null, sample: false },
			{ createdAt: new Date('2026-12-05T08:00:00Z') }
		);

	it('drafts the latest ranking with changes, groups and its source file', async () => {
		const p = await draft();
		expect(p.id).toBe('par-province-2024');
		expect(p.rows.map((r) => [r.rank, r.name, r.value, r.rank_change, r.group_label, r.change_note])).toEqual(
			[
				[1, 'Hải Phòng', 91.2, 1, 'A', null],
				[2, 'Hà Nội', 85, -1, 'B', null],
				[3, 'Cao Bằng', 79.99, null, 'C', 'new']
			]
		);
		expect(p.provenance).toMatchObject({
			year: 2024,
			previous_year: 2023,
			method_version: 'PAR-876-2022',
			is_sample: false,
			sources: [{ file_name: 'par-2023-2024.csv', imported_at: '2026-11-30T02:00:00.000Z' }]
		});
	});

	it("drafts from the rankings page's view: the rows as shown, the scope by name, the view's sources", async () => {
		const args = {
			indexCode: 'PAR',
			year: 2024,
			component: null,
			unitKind: 'province',
			scope: 'gso63:22',
			sample: false
		};
		const rows = decorateRanking(
			await db.query<RankingRow>(rankingSql({ ...args, scope: null })),
			undefined,
			false
		).filter((r) => r.region === 'DBSH');
		const view = {
			choices: {
				hasReal: true,
				hasSample: false,
				kinds: ['province'],
				years: [2023, 2024],
				scopes: [{ key: 'gso63:22', name: 'Quảng Ninh' }],
				components: [null],
				args
			},
			rows,
			version: undefined,
			scheme: undefined,
			sources: [
				{ import_id: 1, file_name: 'a.csv', sha256: 'd'.repeat(64), imported_at: '2026-11-30T02:00:00' }
			]
		};
		const p = draftFromView(view, rows, { createdAt: new Date('2026-12-05T08:00:00Z') })!;
		expect(p.rows.map((r) => r.name)).toEqual(['Hải Phòng', 'Hà Nội']);
		expect([p.provenance.scope.vi, p.provenance.previous_year, p.provenance.sources[0]!.file_name]).toEqual([
			'Quảng Ninh',
			2023,
			'a.csv'
		]);
		expect(draftFromView({ ...view, choices: { ...view.choices, args: null } }, rows)).toBeNull();
		expect(draftFromView(view, [])).toBeNull();
	});

	it('saves, lists newest first, replaces by id, and deletes', async () => {
		const p = await draft();
		const older = {
			...p,
			id: 'older',
			provenance: { ...p.provenance, created_at: '2026-01-01T00:00:00.000Z' }
		};
		await savePublication(db, older);
		await savePublication(db, p);
		await savePublication(db, { ...p, title: { vi: 'Bản sửa', en: null } });
		const saved = await listPublications(db);
		expect(saved.map((s) => [s.id, s.publication?.title.vi, s.error])).toEqual([
			['par-province-2024', 'Bản sửa', null],
			['older', p.title.vi, null]
		]);
		expect(saved[1]!.json).toBe(publicationJson(older));
		await deletePublication(db, 'older');
		expect((await listPublications(db)).map((s) => s.id)).toEqual(['par-province-2024']);
	});

	it('lists a stored text this version cannot read with the reason, instead of failing', async () => {
		await db.query('INSERT INTO publications VALUES (?, ?, ?)', [
			'broken',
			'2020-01-01T00:00:00.000Z',
			'{"x":1}'
		]);
		const broken = (await listPublications(db)).find((s) => s.id === 'broken')!;
		expect([broken.publication, broken.error]).toEqual([null, 'not a chiso-publication file']);
	});
});
