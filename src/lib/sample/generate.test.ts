import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { getVersion, totalForVersion } from '$lib/indices';
import { SURVEY_CONTRACT } from '$lib/import/contracts/survey';
import { autoMapSurvey } from '$lib/import/mapping/survey-map';
import { SIPAS_1001 } from '$lib/survey/questionnaire';
import { generateSample, SAMPLE_SEED, type SampleFile } from './generate';

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the sample generator', () => {
	let files: SampleFile[];
	let byName: Map<string, Row[]>;
	beforeAll(() => {
		files = generateSample();
		byName = new Map(files.map((f) => [f.name, parse(f.text)]));
	});

	it('gives the same bytes for the same seed, and other bytes for another seed', () => {
		expect(generateSample(SAMPLE_SEED).map((f) => hash(f.text))).toEqual(files.map((f) => hash(f.text)));
		expect(hash(generateSample(SAMPLE_SEED + 1)[1]!.text)).not.toBe(hash(files[1]!.text));
	});

	it('matches the files committed under data/sample (run `npm run sample` after changing the generator)', () => {
		for (const f of files) {
			const committed = fs.readFileSync(path.resolve('data/sample', f.name), 'utf8');
			expect(hash(committed), f.name).toBe(hash(f.text));
		}
	});

	it('has 63 provinces per index up to 2024 and 34 in 2025', () => {
		const totals = byName.get('scores-provinces.csv')!.filter((r) => r.component_code === '');
		const count = (index: string, year: string) =>
			new Set(totals.filter((r) => r.index_code === index && r.year === year).map((r) => r.unit_key)).size;
		for (const index of ['PAR', 'SIPAS', 'PAPI', 'PCI']) {
			expect(count(index, '2018'), index).toBe(63);
			expect(count(index, '2024'), index).toBe(63);
			expect(count(index, '2025'), index).toBe(34);
		}
		expect(count('DTI', '2019')).toBe(0); // DTI starts in 2020
		expect(count('DTI', '2020')).toBe(63);
		const keys2025 = totals.filter((r) => r.year === '2025').map((r) => r.unit_key);
		expect(keys2025.every((k) => k!.startsWith('qd19:'))).toBe(true);
	});

	it('keeps every value inside its scale', () => {
		const ranges: Record<string, [number, number]> = {
			PAR: [0, 100],
			SIPAS: [0, 100],
			PAPI: [1, 80],
			PCI: [0, 100],
			DTI: [0, 1],
			DDCI: [0, 100]
		};
		for (const r of [...byName.get('scores-provinces.csv')!, ...byName.get('scores-local.csv')!]) {
			const [min, max] = ranges[r.index_code!]!;
			const v = Number(r.value);
			expect(v >= min && v <= max, `${r.index_code} ${r.year} ${r.unit_key} ${r.component_code}: ${v}`).toBe(
				true
			);
		}
	});

	it('has totals that the catalog formula reproduces from the components (independent recomputation)', () => {
		const rows = [...byName.get('scores-provinces.csv')!, ...byName.get('scores-local.csv')!];
		const groups = new Map<string, Row[]>();
		for (const r of rows) {
			const key = `${r.index_code}|${r.year}|${r.unit_key}`;
			groups.set(key, [...(groups.get(key) ?? []), r]);
		}
		let checked = 0;
		for (const group of groups.values()) {
			const total = group.find((r) => r.component_code === '')!;
			// DTI's pillars are scored apart from the total, not summed into it.
			const pillars = new Set(
				getVersion(total.method_version!)
					.components.filter((c) => c.level === 'pillar')
					.map((c) => c.code)
			);
			const parts = group.filter((r) => r.component_code !== '' && !pillars.has(r.component_code!));
			if (parts.length === 0) continue;
			const values = Object.fromEntries(parts.map((r) => [r.component_code, Number(r.value)]));
			const maxPoints = total.max_points ? Number(total.max_points) : undefined;
			const result = totalForVersion(total.method_version!, values, { maxPoints });
			const expected = result.ok
				? result.total!
				: parts.reduce((s, r) => s + Number(r.value), 0) / parts.length; // SIPAS: mean of elements
			const decimals = ['PAPI', 'DTI'].includes(total.index_code!) ? 4 : 2;
			expect(
				Math.abs(Number(total.value) - expected),
				`${total.index_code} ${total.year} ${total.unit_key}`
			).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
			checked++;
		}
		expect(checked).toBeGreaterThan(2000);
	});

	it('gives PAR points ÷ applicable maximum for agencies whose maximum is below 100', () => {
		const reduced = byName
			.get('scores-local.csv')!
			.filter(
				(r) => r.index_code === 'PAR' && r.component_code === '' && r.max_points && r.max_points !== '100'
			);
		expect(reduced.length).toBeGreaterThan(0);
		for (const r of reduced) {
			expect(Number(r.value)).toBeCloseTo((Number(r.points) / Number(r.max_points)) * 100, 1);
		}
	});

	it('has about 50,000 survey responses with answers 1–5 or blank, and about 3 % blank', () => {
		const survey = byName.get('survey-responses.csv')!;
		expect(survey.length).toBeGreaterThan(45_000);
		expect(survey.length).toBeLessThan(55_000);
		let blank = 0;
		let total = 0;
		const invalid: string[] = [];
		for (const r of survey) {
			for (let i = 1; i <= 39; i++) {
				const v = r[`q9_${String(i).padStart(2, '0')}`]!;
				total++;
				if (v === '') blank++;
				else if (!/^[1-5]$/.test(v)) invalid.push(`${r.respondent_id}: ${v}`);
			}
		}
		expect(invalid).toEqual([]);
		expect(blank / total).toBeGreaterThan(0.02);
		expect(blank / total).toBeLessThan(0.04);
		expect(new Set(survey.map((r) => r.respondent_id)).size).toBe(survey.length);
	});

	it('dates every survey response (dd/mm/yyyy) inside its year, with responses in every month', () => {
		const survey = byName.get('survey-responses.csv')!;
		const months = new Map<string, number>();
		for (const r of survey) {
			const [, day, month, year] = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(r.surveyed_on!) ?? [];
			expect(year, r.respondent_id).toBe(r.year);
			const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
			expect(date.getUTCDate(), r.surveyed_on).toBe(Number(day)); // a real day: no 30/02
			const key = `${year}-${month}`;
			months.set(key, (months.get(key) ?? 0) + 1);
		}
		// Four years of twelve months, none nearly empty (7,000 to 14,000 responses a year).
		expect(months.size).toBe(48);
		expect(Math.min(...months.values())).toBeGreaterThan(400);
	});

	it('heads the survey file so that the import page maps every column by itself, the day included', () => {
		const header = files
			.find((f) => f.name === 'survey-responses.csv')!
			.text.split('\n')[0]!
			.split(',');
		const mapping = autoMapSurvey(SIPAS_1001, SURVEY_CONTRACT, header);
		expect(mapping.surveyed_on).toBe(header.indexOf('surveyed_on'));
		expect(mapping.period).toBe(header.indexOf('year'));
		expect(SIPAS_1001.items.every((i) => mapping[i.code] === header.indexOf(i.code))).toBe(true);
	});
});
