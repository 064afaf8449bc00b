import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import { createRegistry, makeLocalUnit, type Unit } from '$lib/units';
import { checkUnitList } from './check';
import { readListFile, type ListTable } from './read';

const FIXTURES = path.resolve('tests/fixtures/import');
const registry = createRegistry();
const VINH_LONG = 'gso63:86';

async function read(file: string): Promise<ListTable> {
	const result = await readListFile(
		path.basename(file),
		new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)))
	);
	if (!result.ok) throw new Error(result.problems.join('; '));
	return result.table;
}

const brief = (u: Unit) => [u.key, u.name, u.kind, u.code, u.validTo ?? ''];

describe('a province’s list of units, read from its file', () => {
	it('reads an office’s CSV: titles and section rows passed, kinds written three ways, communes under districts', async () => {
		const plan = checkUnitList(await read('units/danh-muc-vinh-long.csv'), registry, VINH_LONG, []);
		expect(plan.problems).toEqual([]);
		expect(plan.adds.map(brief)).toEqual([
			['local:gso63-86:tu-phap', 'Sở Tư pháp', 'agency', 'H62.05', ''],
			['local:gso63-86:xay-dung', 'Sở Xây dựng', 'agency', 'H62.11', ''],
			[
				'local:gso63-86:ban-quan-ly-cac-khu-cong-nghiep',
				'Ban Quản lý các khu công nghiệp',
				'agency',
				'H62.20',
				''
			],
			['local:gso63-86:long-ho', 'UBND huyện Long Hồ', 'district', 'H62.30', '2025-06-30'],
			['local:gso63-86:vinh-long', 'UBND thành phố Vĩnh Long', 'district', 'H62.29', '2025-06-30'],
			['local:gso63-86:binh-minh', 'Thị xã Bình Minh', 'district', 'binh-minh', '2025-06-30'],
			['local:gso63-86:long-ho:long-phuoc', 'Xã Long Phước', 'commune', 'long-phuoc', ''],
			['local:gso63-86:long-ho:long-ho', 'Thị trấn Long Hồ', 'commune', 'long-ho', ''],
			['local:gso63-86:vinh-long:phuong-1', 'Phường 1', 'commune', 'phuong-1', '']
		]);
		expect(plan.adds.map((u) => u.parentKey)).toEqual([
			...Array(6).fill(VINH_LONG),
			'local:gso63-86:long-ho',
			'local:gso63-86:long-ho',
			'local:gso63-86:vinh-long'
		]);
	});

	it('reads a list without STT column: the header under a title cut by a comma, a bare last name kept', async () => {
		const plan = checkUnitList(await read('units/danh-muc-khong-stt.csv'), registry, VINH_LONG, []);
		expect(plan.problems).toEqual([]);
		expect(plan.adds.map((u) => [u.name, u.kind])).toEqual([
			['Sở Tư pháp', 'agency'],
			['Sở Xây dựng', 'agency'],
			['UBND huyện Long Hồ', 'district'],
			['Thị xã Bình Minh', 'district'],
			['Xã Long Phước', 'commune']
		]);
	});

	it('reads an Excel sheet (a score table’s unit column is a list too): kinds from the names', async () => {
		const plan = checkUnitList(await read('excel/par-quang-ninh.xlsx'), registry, 'gso63:22', []);
		expect(plan.problems).toEqual([]);
		expect(plan.adds.map((u) => [u.name, u.kind])).toEqual(
			[
				'Thành phố Hạ Long',
				'Thành phố Móng Cái',
				'Thành phố Cẩm Phả',
				'Thành phố Uông Bí',
				'Thị xã Đông Triều',
				'Thị xã Quảng Yên',
				'Huyện Vân Đồn',
				'Huyện Tiên Yên',
				'Huyện Hải Hà',
				'Huyện Đầm Hà'
			].map((name) => [name, 'district'])
		);
	});

	it('reports every problem by line and column, with the cell as written, and plans nothing from those lines', async () => {
		const plan = checkUnitList(await read('units/danh-muc-co-loi.csv'), registry, VINH_LONG, []);
		expect(plan.problems.map((p) => [p.line, p.column, p.code])).toEqual([
			[3, 'Tên đơn vị', 'duplicate_name'],
			[4, 'Tên đơn vị', 'empty_name'],
			[5, 'Từ ngày', 'district_after_2025'],
			[6, 'Loại', 'unknown_kind'],
			[7, 'Loại', 'no_kind'],
			[8, 'Tên đơn vị', 'formula_name'],
			[9, 'Tên đơn vị', 'markup_name'],
			[10, 'Mã', 'code_like_province'],
			[11, 'Mã', 'duplicate_code'],
			[12, 'Thuộc', 'unknown_parent'],
			[13, 'Từ ngày', 'bad_date'],
			[16, 'Thuộc', 'parent_not_commune'],
			[17, 'Đến ngày', 'dates_reversed'],
			[18, 'Thuộc', 'commune_district_after_2025'],
			[19, 'Tên đơn vị', 'bad_name']
		]);
		const byLine = new Map(plan.problems.map((p) => [p.line, p]));
		expect(byLine.get(8)!.value).toBe('=HYPERLINK("http://x";"Sở Y tế")');
		expect(byLine.get(9)!.value).toBe('<b>Sở Công Thương</b>');
		const say = (line: number) => {
			const p = byLine.get(line)!;
			return translate('vi', `unitlist.problem.${p.code}`, p.params);
		};
		expect(say(3)).toBe('Trùng tên với đơn vị cùng loại ở dòng 2.');
		expect(say(11)).toBe('Mã này đã dùng cho đơn vị ở dòng 2.');
		expect(say(13)).toBe('Không đọc được ngày: Ngày 31/2/2024 không tồn tại.');
		expect(say(5)).toMatch(/^Từ 01\/07\/2025 không còn cấp huyện/);
		expect(plan.adds.map((u) => u.name)).toEqual(['Sở Nội vụ', 'Huyện Mang Thít', 'Xã Chánh An']);
	});

	it('asks for a name column when the header has none', () => {
		const table = { headers: ['Điểm', 'Xếp hạng'], rows: [{ line: 2, fields: ['85', '1'] }], notices: [] };
		expect(checkUnitList(table, registry, VINH_LONG, []).problems).toEqual([
			{ line: null, column: '', value: 'Điểm, Xếp hạng', code: 'no_name_column' }
		]);
	});
});

describe('a list against the units already there', () => {
	const existing = [
		{ ...makeLocalUnit({ parentKey: VINH_LONG, name: 'Sở Tư pháp', kind: 'agency' }), code: 'H62.05' },
		makeLocalUnit({ parentKey: VINH_LONG, name: 'Sở Xây dựng', kind: 'agency' }),
		makeLocalUnit({ parentKey: VINH_LONG, name: 'Huyện Long Hồ', kind: 'district' })
	];
	const list = (...rows: string[][]): ListTable => ({
		headers: ['Tên đơn vị', 'Loại', 'Mã', 'Từ ngày', 'Đến ngày'],
		rows: rows.map((fields, i) => ({ line: i + 2, fields })),
		notices: []
	});

	it.each([
		// [line, what the plan does with it]
		[['SỞ TƯ PHÁP', 'Sở', 'H62.05', '', ''], 'update: name SỞ TƯ PHÁP'],
		[['Sở Tư pháp', 'Sở', '', '', ''], 'unchanged'],
		[['Sở Xây dựng', 'Sở', 'H62.11', '', ''], 'update: code H62.11'],
		[['Sở Xây dựng', 'Sở', 'h62.05', '', ''], 'problem: code_taken'],
		[['Sở Xây dựng', 'Sở', '', '', '31/12/2024'], 'update: validTo 2024-12-31'],
		[['Xã Long Hồ', 'Xã', '', '', ''], 'add: local:gso63-86:long-ho-xa'],
		[['Sở Nội vụ', 'Sở', '', '2025', ''], 'add: local:gso63-86:noi-vu'],
		[['Sở Nội vụ', 'Sở', '', '01/07/2025', ''], 'add: local:qd19-86:noi-vu'],
		[['Sở Nội vụ', 'Sở', '', '', '2020'], 'add: local:gso63-86:noi-vu']
	])('%j → %s', (fields, outcome) => {
		const plan = checkUnitList(list(fields), registry, VINH_LONG, existing);
		const [add] = plan.adds;
		const [update] = plan.updates;
		const [problem] = plan.problems;
		const changed = (u: { before: Unit; after: Unit }) =>
			(['name', 'code', 'validTo'] as const)
				.filter((k) => u.before[k] !== u.after[k])
				.map((k) => `${k} ${u.after[k]}`)
				.join(', ');
		const said = problem
			? `problem: ${problem.code}`
			: add
				? `add: ${add.key}`
				: update
					? `update: ${changed(update)}`
					: plan.unchanged === 1
						? 'unchanged'
						: 'nothing';
		expect(said).toBe(outcome);
	});

	it('hangs units under the province of their dates when the analyst chose one of the 34', () => {
		const plan = checkUnitList(
			list(
				['Sở Tư pháp', 'Sở', '', '', ''],
				['Huyện Long Hồ', 'Huyện', '', '', ''],
				['Sở Cũ', 'Sở', '', '', '30/06/2025']
			),
			registry,
			'qd19:86',
			[]
		);
		expect(plan.adds.map((u) => [u.key, u.parentKey])).toEqual([
			['local:qd19-86:tu-phap', 'qd19:86'],
			['local:gso63-86:long-ho', 'gso63:86'],
			['local:gso63-86:cu', 'gso63:86']
		]);
	});
});
