import { describe, expect, it } from 'vitest';
import { scoresContract } from './contracts/scores';
import { guessFormat, guessTarget, parseTargetName, targetName } from './flow-targets';
import { autoMap } from './mapping/auto-map';
import { prepareText } from './load/prepare';

/* Issue 14 item 2: what a file is, from what its columns hold and what it is called. */

const PCI_2016 = [
	'gso_code',
	'unit_name',
	'year',
	'Gia nhập thị trường (Entry costs)',
	'Tiếp cận đất đai (Land access)',
	'Tính minh bạch (Transparency)',
	'Chi phí thời gian (Time costs)',
	'Chi phí không chính thức (Informal charges)',
	'Cạnh tranh bình đẳng (Policy bias)',
	'Tính năng động (Proactivity)',
	'Dịch vụ hỗ trợ doanh nghiệp (Business support services)',
	'Đào tạo lao động (Labor training)',
	'Thiết chế pháp lý (Legal institutions)',
	'pci_score',
	'rank',
	'tier'
];

const encode = (text: string) => new TextEncoder().encode(text);

describe('guessTarget', () => {
	it.each<[string, string[], number, { target: string; sure: boolean }]>([
		['pci_2016.csv', PCI_2016, 0, { target: 'PCI', sure: true }],
		['bang-diem.csv', PCI_2016, 0, { target: 'PCI', sure: true }], // "pci_score", not the "par" of transparency
		['papi-2020.xlsx', ['Tỉnh', 'Năm', 'Tổng'], 0, { target: 'PAPI', sure: true }],
		['ket-qua.csv', ['Tỉnh', 'Năm', 'DTI score'], 0, { target: 'DTI', sure: true }],
		['transparency.csv', ['Tỉnh', 'Năm', 'Điểm'], 0, { target: 'PAR', sure: false }],
		[
			'phieu.csv',
			['ID', 'Năm', 'Đơn vị', ...Array.from({ length: 16 }, (_, i) => `Q${i + 1}`)],
			16,
			{
				target: 'survey',
				sure: true
			}
		],
		['phieu-nho.csv', ['ID', 'Năm', 'Đơn vị', 'A', 'B', 'C', 'D'], 4, { target: 'survey', sure: false }]
	])('%s → %j', (fileName, headers, likert, expected) => {
		expect(guessTarget(fileName, headers, likert)).toEqual(expected);
	});

	it('reads 16 Likert columns (numbers or labels) from the content of a survey with plain headers', async () => {
		const items = Array.from({ length: 16 }, (_, i) => `Q${i + 1}`);
		const labels = ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'];
		const rows = Array.from({ length: 20 }, (_, r) =>
			[
				`R${r}`,
				'2024',
				'Sở Tư pháp',
				...items.map((_, i) => (i % 2 ? String(((r + i) % 5) + 1) : labels[(r + i) % 4]))
			].join(',')
		);
		const csv = [['ID', 'Năm', 'Đơn vị', ...items].join(','), ...rows].join('\n');
		const prepared = await prepareText('ket-qua.csv', encode(csv));
		expect(prepared.ok).toBe(true);
		if (!prepared.ok) return;
		expect(prepared.file.likertColumns).toBe(16);
		expect(guessTarget('ket-qua.csv', prepared.file.headers, prepared.file.likertColumns)).toEqual({
			target: 'survey',
			sure: true
		});
	});
});

describe('the PCI 2016 table maps to PCI’s fields', () => {
	it('maps the ten sub-indices with an English qualifier, the score, the rank and the tier', () => {
		const mapping = autoMap(scoresContract('PCI'), PCI_2016);
		expect(guessFormat('PCI', PCI_2016)).toBe('wide');
		expect(mapping).toMatchObject({
			unit_key: 1,
			year: 2,
			'component:entry_costs': 3,
			'component:land_access': 4,
			'component:transparency': 5,
			'component:time_costs': 6,
			'component:informal_charges': 7,
			'component:policy_bias': 8,
			'component:proactivity': 9,
			'component:business_support': 10,
			'component:labor_training': 11,
			'component:legal_institutions': 12,
			total: 13,
			published_rank: 14,
			group_label: 15
		});
	});
});

describe('the kind a remembered mapping names', () => {
	it.each([
		['survey', 'wide', 'custom-0123456789abcdef', 'survey:custom-0123456789abcdef'],
		['survey', 'wide', 'SIPAS-1001-2023', 'survey:SIPAS-1001-2023'],
		['PAR', 'wide', undefined, 'PAR'],
		['PCI', 'long', undefined, 'PCI:long']
	] as const)('%s (%s, questionnaire %s) is remembered as %s and read back', (target, format, q, name) => {
		expect(targetName(target, format, q)).toBe(name);
		expect(parseTargetName(name)).toEqual({ target, format, ...(q ? { questionnaireId: q } : {}) });
	});

	it.each([
		// Remembered before questionnaires were: those surveys followed SIPAS 1001.
		['survey', { target: 'survey', format: 'wide', questionnaireId: 'SIPAS-1001-2023' }],
		['PAR:wide', null],
		['XYZ', null]
	])('reads %j as %j', (name, expected) => {
		expect(parseTargetName(name)).toEqual(expected);
	});

	it('takes a Part II export (II.A.1 …) for a survey', () => {
		expect(guessTarget('ket-qua.csv', ['Mã phiếu', 'Năm', 'Đơn vị', 'II.A.1', 'II.A.2', 'II.B.1'])).toEqual({
			target: 'survey',
			sure: true
		});
	});
});
