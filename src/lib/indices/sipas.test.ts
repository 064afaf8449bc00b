import { describe, expect, it } from 'vitest';
import { componentsOf, getVersion } from './catalog';
import { SIPAS_METHOD_DEFAULTS } from './sipas-method';
import { SIPAS_Q9, SIPAS_Q9_ITEMS, SIPAS_Q9_SCALE, q9Code } from './sipas-questionnaire';

describe('SIPAS Câu 9 questionnaire', () => {
	it('has 39 items coded q9_01 … q9_39 in order', () => {
		expect(SIPAS_Q9_ITEMS).toHaveLength(39);
		SIPAS_Q9_ITEMS.forEach((item, i) => {
			expect(item.no).toBe(i + 1);
			expect(item.code).toBe(q9Code(i + 1));
		});
		expect(SIPAS_Q9_ITEMS[0]?.code).toBe('q9_01');
		expect(SIPAS_Q9_ITEMS[38]?.code).toBe('q9_39');
	});

	it.each([
		['I.A', 'I', 2, 1],
		['I.B', 'I', 2, 3],
		['I.C', 'I', 9, 5],
		['I.D', 'I', 10, 14],
		['II.A', 'II', 3, 24],
		['II.B', 'II', 4, 27],
		['II.C', 'II', 3, 31],
		['II.D', 'II', 3, 34],
		['II.E', 'II', 3, 37]
	] as const)('element %s (part %s) has %i items starting at item %i', (code, part, count, first) => {
		const element = SIPAS_Q9.find((e) => e.code === code);
		expect(element?.partCode).toBe(part);
		expect(element?.items).toHaveLength(count);
		expect(element?.items[0]?.no).toBe(first);
		for (const item of element?.items ?? []) expect(item.elementCode).toBe(code);
	});

	it.each([
		['I', 23],
		['II', 16]
	])('part %s has %i items', (part, count) => {
		const items = SIPAS_Q9.filter((e) => e.partCode === part).flatMap((e) => e.items);
		expect(items).toHaveLength(count);
	});

	it('gives every item a distinct, non-empty label', () => {
		const labels = SIPAS_Q9_ITEMS.map((i) => i.labelVi);
		for (const label of labels) expect(label.trim()).not.toBe('');
		expect(new Set(labels).size).toBe(39);
	});

	it('answers on 1–5, where 4 is Hài lòng', () => {
		expect([SIPAS_Q9_SCALE.min, SIPAS_Q9_SCALE.max]).toEqual([1, 5]);
		expect(SIPAS_Q9_SCALE.labelsVi[4]).toBe('Hài lòng');
	});
});

describe('SIPAS-1001-2023 components', () => {
	it('links items → elements → parts like the questionnaire', () => {
		const items = componentsOf('SIPAS-1001-2023', 'item');
		const elements = componentsOf('SIPAS-1001-2023', 'element');
		expect(items.map((c) => [c.code, c.parent])).toEqual(SIPAS_Q9_ITEMS.map((i) => [i.code, i.elementCode]));
		expect(elements.map((c) => [c.code, c.parent])).toEqual(SIPAS_Q9.map((e) => [e.code, e.partCode]));
	});

	it('uses % (0–100) for every component', () => {
		for (const c of componentsOf('SIPAS-1001-2023')) expect(c.range).toEqual({ min: 0, max: 100 });
	});

	it.each(['SIPAS-1001-2023', 'SIPAS-2640-2017'])(
		'%s says its method is not checked against the official formula',
		(id) => {
			expect(getVersion(id).unverified[0]).toContain('chưa đối chiếu công thức chính thức');
			expect(getVersion(id).aggregation).toBe('pct_satisfied');
		}
	);
});

describe('SIPAS-2640-2017', () => {
	it('has the 5 service elements', () => {
		expect(componentsOf('SIPAS-2640-2017', 'element').map((c) => c.code)).toEqual([
			'E1',
			'E2',
			'E3',
			'E4',
			'E5'
		]);
	});
});

describe('SIPAS_METHOD_DEFAULTS', () => {
	it('is the working definition of DOMAIN.md §3.5, frozen', () => {
		expect(SIPAS_METHOD_DEFAULTS).toEqual({
			satisfiedThreshold: 4,
			itemAggregation: 'mean',
			elementAggregation: 'mean_of_elements',
			excludeIfNoExperience: false,
			roundingDigits: 2
		});
		expect(Object.isFrozen(SIPAS_METHOD_DEFAULTS)).toBe(true);
	});
});
