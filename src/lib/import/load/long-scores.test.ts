import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDatabase } from '$lib/db/node';
import type { Database } from '$lib/db/types';
import { getVersion, totalForVersion, type IndexCode } from '$lib/indices';
import { createRegistry } from '$lib/units';
import { setUpTables } from '$lib/workspace/setup';
import { scoresContract } from '../contracts/scores';
import { scoresLongContract } from '../contracts/scores-long';
import type { Contract } from '../contracts/field';
import { autoMap } from '../mapping/auto-map';
import { issueMessage } from '../rules/issues';
import { lazySha256 } from '../sha256';
import { makeUnitResolver } from '../units/resolve';
import { makePlan } from '../validate/plan';
import { checkPrepared } from './check';
import { commitCheck } from './commit';
import { listImports, removeImport } from './history';
import type { ImportTarget } from './targets';
import type { PreparedFile } from './prepared';

/*
 * Long score tables through check and load on the real engine: the rows that land in `index_scores`, and
 * what the analyst is told about the others. Then an independent check: the same generated numbers written
 * wide and long must land as the same rows, and the components must add up to the total.
 */

async function prepare(fileName: string, lines: string[], headerLine = 1): Promise<PreparedFile> {
	const utf8 = new TextEncoder().encode(lines.join('\n'));
	return {
		fileName,
		sha256: lazySha256(utf8),
		utf8,
		delimiter: ',',
		headerLine,
		lastDataLine: lines.length,
		skipLines: [],
		headers: lines[headerLine - 1]!.split(','),
		formats: [],
		notices: []
	};
}

describe('long score tables, checked and loaded', () => {
	let db: Database;
	const resolve = makeUnitResolver(createRegistry());
	beforeAll(async () => {
		db = await setUpTables(await createNodeDatabase());
	});
	afterAll(() => db.close());

	async function load(
		file: PreparedFile,
		contract: Contract,
		target: ImportTarget,
		constants: Record<string, string> = {},
		jsLimitBytes?: number
	) {
		const plan = makePlan(contract, file.headers, autoMap(contract, file.headers), file.formats, constants);
		const outcome = await checkPrepared(db, file, plan, resolve, { jsLimitBytes, target });
		const { importId } = await commitCheck(file, plan, outcome);
		return { plan, outcome, importId };
	}

	const scores = (importId: number) =>
		db.query(
			`SELECT u.name, s.year, s.component_code AS component, s.value, s.published_rank AS rank,
				s.group_label AS "group", s.method_version AS version, s.unit_kind AS kind
			FROM index_scores s JOIN units u USING (unit_key) WHERE import_id = ?
			ORDER BY u.name, s.year, s.component_code NULLS FIRST`,
			[importId]
		);

	it('PAR: points reached and the maximum that applies are kept on their rows', async () => {
		const file = await prepare('par-diem.csv', [
			'Tỉnh,Năm,Lĩnh vực,Điểm,Điểm đạt được,Điểm tối đa',
			'Huế,2023,Tổng,84.5,76.05,90',
			'Huế,2023,LV3,12.5,12.5,14',
			'Cần Thơ,2023,Tổng,80,80,100'
		]);
		const { importId, outcome } = await load(file, scoresLongContract('PAR'), {
			kind: 'scores-long',
			indexCode: 'PAR'
		});
		expect(outcome.issueCount).toBe(0);
		const rows = await db.query(
			`SELECT u.name, s.component_code AS component, s.value, s.points, s.max_points
			FROM index_scores s JOIN units u USING (unit_key) WHERE import_id = ? ORDER BY u.name, component NULLS FIRST`,
			[importId]
		);
		expect(rows).toEqual([
			{ name: 'Cần Thơ', component: null, value: 80, points: 80, max_points: 100 },
			{ name: 'Huế', component: null, value: 84.5, points: 76.05, max_points: 90 },
			{ name: 'Huế', component: 'LV3', value: 12.5, points: 12.5, max_points: 14 }
		]);
	});

	it('PAR: codes, names, aliases and blanks; ranges per lĩnh vực; repeats', async () => {
		const file = await prepare(
			'par-doc.csv',
			[
				'KẾT QUẢ CHỈ SỐ CCHC (BẢNG DỌC)',
				'Tỉnh,Năm,Lĩnh vực,Điểm,Xếp hạng,Nhóm',
				'Quảng Ninh,2023,Tổng,92.1,1,A',
				'Quảng Ninh,2023,LV1,9.1,,',
				'Quảng Ninh,2023,Cải cách thể chế,8.75,,',
				'Quảng Ninh,2023,cai cach thu tuc hanh chinh,13.2,,',
				'Hải Phòng,2023,,91.81,2,A',
				'Hải Phòng,2023,Lĩnh vực 8,21.5,,',
				'Hải Phòng,2023,LV3,15,,',
				'Hải Phòng,2023,PAR1,9,,',
				'Hải Phòng,2023,Chỉ số CCHC,91.81,,',
				'Hà Nội,2023,LV2,9.5,,',
				'Hà Nội,2023,LV2,101,,',
				'Hà Nội,2021,LV1,8,,',
				'Hà Nội,2019,Tổng,85,,',
				'Hà Nội,2023,Cải cách tài chính,9,,'
			],
			2
		);
		// Long tables take the JavaScript path whatever their size.
		const { outcome, importId } = await load(
			file,
			scoresLongContract('PAR'),
			{ kind: 'scores-long', indexCode: 'PAR' },
			{},
			1
		);
		expect(outcome).toMatchObject({ path: 'js', rowsRead: 14, rowsValid: 9, rowsRejected: 5, issueCount: 6 });
		// Ranges of PAR-876-2022, the version of 2023: LV3 up to 14 points, LV2 up to 9.5 (placeholders, UNVERIFIED).
		expect(outcome.preview.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[9, 'Điểm', '15', 'Ngoài khoảng cho phép theo phương pháp của năm này: 0–14 (PAR-876-2022, 2022–)'],
			[
				10,
				'Lĩnh vực',
				'PAR1',
				'Không phải thành phần của chỉ số này. Mã hợp lệ: LV1, LV2, LV3, LV4, LV5, LV6, LV7, LV8; để trống hoặc ghi "Tổng" cho giá trị tổng.'
			],
			[11, 'Lĩnh vực', 'Chỉ số CCHC', 'Đơn vị, năm và thành phần trùng với dòng 7'],
			[13, 'Lĩnh vực', 'LV2', 'Đơn vị, năm và thành phần trùng với dòng 12'],
			[13, 'Điểm', '101', 'Ngoài khoảng cho phép theo phương pháp của năm này: 0–9,5 (PAR-876-2022, 2022–)'],
			[
				16,
				'Lĩnh vực',
				'Cải cách tài chính',
				'Không phải thành phần của chỉ số này. Có phải: LV6 (Cải cách tài chính công)?'
			]
		]);
		const row = (
			name: string,
			year: number,
			component: string | null,
			value: number,
			version: string,
			kind: string,
			rank: number | null = null,
			group: string | null = null
		) => ({ name, year, component, value, rank, group, version, kind });
		expect(await scores(importId)).toEqual([
			row('Hà Nội', 2019, null, 85, 'PAR-2012', 'province'),
			row('Hà Nội', 2021, 'LV1', 8, 'PAR-1149-2021', 'province'),
			row('Hà Nội', 2023, 'LV2', 9.5, 'PAR-876-2022', 'province'),
			row('Hải Phòng', 2023, null, 91.81, 'PAR-876-2022', 'province', 2, 'A'),
			row('Hải Phòng', 2023, 'LV8', 21.5, 'PAR-876-2022', 'province'),
			row('Quảng Ninh', 2023, null, 92.1, 'PAR-876-2022', 'province', 1, 'A'),
			row('Quảng Ninh', 2023, 'LV1', 9.1, 'PAR-876-2022', 'province'),
			row('Quảng Ninh', 2023, 'LV2', 8.75, 'PAR-876-2022', 'province'),
			row('Quảng Ninh', 2023, 'LV3', 13.2, 'PAR-876-2022', 'province')
		]);
		const [record] = await db.query(
			'SELECT kind, rows_read, rows_loaded, rows_rejected FROM imports WHERE import_id = ?',
			[importId]
		);
		expect(record).toEqual({ kind: 'scores', rows_read: 14, rows_loaded: 9, rows_rejected: 5 });
		expect(
			await db.query('SELECT row_no, code FROM import_errors WHERE import_id = ? ORDER BY row_no, code', [
				importId
			])
		).toEqual([
			{ row_no: 9, code: 'out_of_version_range' },
			{ row_no: 10, code: 'unknown_component' },
			{ row_no: 11, code: 'duplicate_component' },
			{ row_no: 13, code: 'duplicate_component' },
			{ row_no: 13, code: 'out_of_version_range' },
			{ row_no: 16, code: 'unknown_component' }
		]);
	});

	it('PAPI: English headers, the year typed for the whole file, dimension ranges 1–10', async () => {
		const file = await prepare('papi-2022-long.csv', [
			'Province,Dimension,Score,Rank',
			'Hà Nội,PAPI,44.5123,5',
			'Hà Nội,D1,5.1,',
			'Hà Nội,Công khai minh bạch,5.6,',
			'Hà Nội,Participation at Local Levels,5.2,',
			'Đà Nẵng,E-Governance,4.3,',
			'Đà Nẵng,D3,10.5,',
			'Đà Nẵng,D4,0.5,',
			'Đà Nẵng,Tổng,81,4',
			'Đà Nẵng,Quản trị môi trường,3.9,'
		]);
		const { outcome, importId } = await load(
			file,
			scoresLongContract('PAPI'),
			{ kind: 'scores-long', indexCode: 'PAPI' },
			{ year: '2022' }
		);
		expect(outcome).toMatchObject({ path: 'js', rowsRead: 9, rowsValid: 5, rowsRejected: 4, issueCount: 4 });
		const range = 'Ngoài khoảng cho phép theo phương pháp của năm này:';
		// Ranges of PAPI-8D-2018, the version of 2022: each dimension 1–10, the total 8–80.
		expect(outcome.preview.map((i) => [i.line, i.column, i.value, issueMessage(i)])).toEqual([
			[5, 'Dimension', 'Participation at Local Levels', 'Đơn vị, năm và thành phần trùng với dòng 3'],
			[7, 'Score', '10.5', `${range} 1–10 (PAPI-8D-2018, 2018–)`],
			[8, 'Score', '0.5', `${range} 1–10 (PAPI-8D-2018, 2018–)`],
			[9, 'Score', '81', `${range} 8–80 (PAPI-8D-2018, 2018–)`]
		]);
		const rows = await scores(importId);
		expect(rows.map((r) => [r.name, r.year, r.component, r.value, r.rank, r.version])).toEqual([
			['Hà Nội', 2022, null, 44.5123, 5, 'PAPI-8D-2018'],
			['Hà Nội', 2022, 'D1', 5.1, null, 'PAPI-8D-2018'],
			['Hà Nội', 2022, 'D2', 5.6, null, 'PAPI-8D-2018'],
			['Đà Nẵng', 2022, 'D7', 3.9, null, 'PAPI-8D-2018'],
			['Đà Nẵng', 2022, 'D8', 4.3, null, 'PAPI-8D-2018']
		]);
	});

	/** A small deterministic generator (mulberry32), so a failure can be replayed. */
	function random(seed: number): () => number {
		let a = seed;
		return () => {
			a = (a + 0x6d2b79f5) | 0;
			let t = Math.imul(a ^ (a >>> 15), 1 | a);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
	}

	it.each<[IndexCode, number, string, string]>([
		['PAR', 2023, 'PAR-876-2022', 'Tổng điểm'],
		['PAPI', 2022, 'PAPI-8D-2018', 'PAPI']
	])(
		'%s %d: the same numbers wide and long land as the same rows, and add up',
		async (code, year, versionId, totalHeader) => {
			// Each round starts from an empty workspace: the other tests loaded some of these units and years.
			for (const { import_id } of await listImports(db)) await removeImport(db, import_id);
			const components = getVersion(versionId).components;
			const next = random(year);
			const provinces = ['Hà Nội', 'Quảng Ninh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];
			const units = provinces.map((name, i) => {
				// Hundredths within each component's own range, so every value is exact in the CSV.
				const values = Object.fromEntries(
					components.map((c) => [
						c.code,
						Math.round((c.range.min + next() * (c.range.max - c.range.min)) * 100) / 100
					])
				);
				const computed = totalForVersion(versionId, values);
				if (!computed.ok || computed.total === null) throw new Error('no total');
				return { name, values, total: Math.round(computed.total * 100) / 100, rank: i + 1 };
			});
			const wide = [
				['Tỉnh', 'Năm', totalHeader, 'Xếp hạng', ...components.map((c) => c.code)].join(','),
				...units.map((u) =>
					[u.name, year, u.total, u.rank, ...components.map((c) => u.values[c.code])].join(',')
				)
			];
			// Components by code, Vietnamese name, English name and folded name in turn; the total on a blank.
			const spell = [
				(c: (typeof components)[number]) => c.code,
				(c: (typeof components)[number]) => `"${c.nameVi}"`,
				(c: (typeof components)[number]) => `"${c.nameEn}"`,
				(c: (typeof components)[number]) =>
					c.nameVi
						.normalize('NFD')
						.replace(/[\u0300-\u036f]/g, '')
						.replace(/đ/g, 'd')
						.replace(/,/g, '')
			];
			const long = [
				'Tỉnh,Năm,Thành phần,Giá trị,Xếp hạng',
				...units.flatMap((u, i) => [
					`${u.name},${year},,${u.total},${u.rank}`,
					...components.map((c, j) => `${u.name},${year},${spell[(i + j) % 4]!(c)},${u.values[c.code]},`)
				])
			];
			const stored = (importId: number) =>
				db.query(
					`SELECT index_code, method_version, year, unit_key, unit_kind, component_code, value, points,
						max_points, published_rank, group_label
					FROM index_scores WHERE import_id = ? ORDER BY unit_key, component_code NULLS FIRST`,
					[importId]
				);
			const w = await load(await prepare(`wide-${code}.csv`, wide), scoresContract(code), {
				kind: 'scores',
				indexCode: code
			});
			expect(w.outcome.preview).toEqual([]);
			const wideRows = await stored(w.importId);
			expect(wideRows).toHaveLength(units.length * (components.length + 1));
			// The long file holds the same scores: it loads once the wide import is removed, not beside it.
			await removeImport(db, w.importId);
			const l = await load(await prepare(`long-${code}.csv`, long), scoresLongContract(code), {
				kind: 'scores-long',
				indexCode: code
			});
			expect(l.outcome.preview).toEqual([]);
			expect(l.outcome.rowsValid).toBe(units.length * (components.length + 1));
			expect(await stored(l.importId)).toEqual(wideRows);
			// Points: the components stored for each unit add up to the stored total (PAR: Σ points ÷ 100 × 100;
			// PAPI: Σ dimensions), computed by DuckDB from the loaded rows, not from the generator.
			const sums = await db.query<{ unit_key: string; parts: number; total: number; n: number }>(
				`SELECT unit_key, sum(value) FILTER (WHERE component_code IS NOT NULL) AS parts,
					max(value) FILTER (WHERE component_code IS NULL) AS total,
					count(*) FILTER (WHERE component_code IS NOT NULL)::INTEGER AS n
				FROM index_scores WHERE import_id = ? GROUP BY unit_key`,
				[l.importId]
			);
			expect(sums).toHaveLength(units.length);
			for (const s of sums) {
				expect(s.n).toBe(components.length);
				expect(Math.abs(s.parts - s.total)).toBeLessThan(0.005 + 1e-9);
			}
		}
	);

	it('refuses to load a long check as a wide table, and loads nothing', async () => {
		const file = await prepare('mix.csv', ['Tỉnh,Năm,Giá trị', 'Hà Nội,2022,0.6']);
		const contract = scoresLongContract('DTI');
		const plan = makePlan(contract, file.headers, autoMap(contract, file.headers), file.formats);
		const before = await db.query('SELECT count(*)::INTEGER AS n FROM imports');
		await expect(
			checkPrepared(db, file, plan, resolve, { target: { kind: 'scores', indexCode: 'DTI' } })
		).rejects.toThrow(/chưa nhập gì/);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM imports')).toEqual(before);
	});

	it('a long table larger than the JavaScript limit is still checked in JavaScript', async () => {
		const file = await prepare('dti.csv', [
			'Tỉnh,Năm,Trụ cột,Giá trị',
			'Hà Nội,2022,CQS,0.71',
			'Hà Nội,2022,CQS,0.7'
		]);
		const { outcome } = await load(
			file,
			scoresLongContract('DTI'),
			{ kind: 'scores-long', indexCode: 'DTI' },
			{},
			0
		);
		expect(outcome.path).toBe('js');
		expect(outcome.preview.map((i) => [i.line, i.code, i.detail])).toEqual([[3, 'duplicate_component', '2']]);
	});
});
