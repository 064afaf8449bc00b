import { describe, expect, it } from 'vitest';
import { ddciDefaultConfig, type DdciConfig } from '$lib/indices';
import {
	checkForm,
	configOf,
	formOf,
	readNumber,
	renamed,
	weightSum,
	withEqualWeights,
	withGrouping,
	withNewRow,
	type DdciForm
} from './form';

/* The editor's form ↔ the configuration, worked by hand. */

const TWO: DdciConfig = {
	format: 1,
	source: '15/QĐ-UBND',
	totalMax: 10,
	subIndices: [
		{ code: 'TMB', nameVi: 'Tính minh bạch', aliases: ['Minh bạch', 'TMB 2024'], weight: 40, max: 10 },
		{ code: 'VTNDD', nameVi: 'Vai trò người đứng đầu', aliases: [], weight: 60, max: 10 }
	],
	groups: {
		kind: 'thresholds',
		groups: [
			{ label: 'Tốt', min: 8.5 },
			{ label: 'Khá', min: null }
		]
	}
};

describe('readNumber', () => {
	it.each([
		['12,5', 12.5],
		['12.5', 12.5],
		[' 40 % ', 40],
		['100', 100],
		['', Number.NaN],
		['1,2,3', Number.NaN],
		['mười', Number.NaN]
	])('"%s" → %d', (text, expected) => {
		expect(readNumber(text)).toEqual(expected);
	});
});

describe('the form', () => {
	it('shows a configuration in Vietnamese numbers and reads it back unchanged', () => {
		const form = formOf(TWO, 'vi');
		expect(form.rows.map((r) => [r.code, r.aliases, r.weight, r.max])).toEqual([
			['TMB', 'Minh bạch; TMB 2024', '40', '10'],
			['VTNDD', '', '60', '10']
		]);
		expect(form.groups.map((g) => [g.label, g.min])).toEqual([
			['Tốt', '8,5'],
			['Khá', '']
		]);
		expect(checkForm(form)).toEqual({ ok: true, config: TWO });
	});

	it('shows the default’s equal weights to two decimals, which still read as valid', () => {
		const form = formOf(ddciDefaultConfig(), 'vi');
		expect(form.rows.map((r) => r.weight)).toEqual(Array(9).fill('11,11'));
		expect(weightSum(form)).toBeCloseTo(99.99, 10);
		expect(checkForm(form).ok).toBe(true);
	});

	it('says the weights do not sum to 100, and which number is not one', () => {
		const form: DdciForm = formOf(TWO, 'vi');
		form.rows[1]!.weight = '50';
		expect(weightSum(form)).toBe(90);
		expect(checkForm(form)).toMatchObject({
			ok: false,
			problems: [{ key: 'ddci.error.weightSum', params: { sum: 90 } }]
		});
		form.rows[1]!.weight = 'sáu mươi';
		expect(weightSum(form)).toBeNull();
		expect(checkForm(form)).toMatchObject({
			ok: false,
			problems: [{ key: 'ddci.error.weight', row: 2, field: 'weight' }]
		});
	});

	it('spreads the weights equally', () => {
		const form = withEqualWeights(withNewRow(formOf(TWO, 'vi')), 'vi');
		expect(form.rows.map((r) => r.weight)).toEqual(['33,33', '33,33', '33,33']);
	});

	it('gives a new row a code from its name until one is typed, and leaves existing codes alone', () => {
		let form = withNewRow(formOf(TWO, 'vi'));
		const id = form.rows[2]!.id;
		form = renamed(form, id, 'Tính minh bạch ngân sách');
		expect(form.rows[2]!.code).toBe('TMBNS');
		form = renamed(form, form.rows[0]!.id, 'Minh bạch thông tin');
		expect(form.rows[0]!.code).toBe('TMB');
	});

	it('starts cut-offs from the published labels, the last one the rest', () => {
		const published = formOf(
			{ ...TWO, groups: { kind: 'published', labels: ['Rất tốt', 'Tốt', 'Khá'] } },
			'vi'
		);
		const form = withGrouping(published, 'thresholds');
		expect(form.groups.map((g) => [g.label, g.min])).toEqual([
			['Rất tốt', ''],
			['Tốt', ''],
			['Khá', '']
		]);
		// The cut-offs still to be typed are reported; the last group needs none.
		expect(checkForm(form)).toMatchObject({
			ok: false,
			problems: [{ key: 'ddci.error.groupMin' }, { key: 'ddci.error.groupMin' }]
		});
		form.groups[0]!.min = 'chín';
		expect(checkForm(form)).toMatchObject({ ok: false, problems: [{ key: 'ddci.error.groupNumber' }] });
		form.groups[0]!.min = '9';
		form.groups[1]!.min = '8';
		expect(configOf(form)).toMatchObject({
			groups: {
				kind: 'thresholds',
				groups: [
					{ label: 'Rất tốt', min: 9 },
					{ label: 'Tốt', min: 8 },
					{ label: 'Khá', min: null }
				]
			}
		});
		expect(checkForm(form).ok).toBe(true);
	});
});
