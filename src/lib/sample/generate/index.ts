import type { IndexCode } from '$lib/indices';
import { createRegistry, type Unit } from '$lib/units';
import { toCsv } from './csv';
import { localUnitsForYear, sampleLocalUnits } from './local-units';
import { createRandom, type Random } from './random';
import { unitScores, type ScoreRow, type ScoreUnit } from './scores';
import { SURVEY_HEADER, surveyRows } from './survey';

/*
 * The sample data set: province scores for PAR Index, SIPAS, PAPI, PCI and DTI 2018–2025 (63 provinces up to
 * 2024, 34 from 2025), the sample province's own PAR Index and DDCI for its agencies and districts, and about
 * 50,000 survey responses. Invented values; every screen that shows them says "Dữ liệu mẫu".
 */

export const SAMPLE_SEED = 20251;
export const SAMPLE_YEARS = { from: 2018, to: 2025 } as const;
const PROVINCE_INDICES: IndexCode[] = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'DTI'];
const SURVEY_YEARS = [2022, 2023, 2024, 2025];
const RESPONSES_PER_UNIT_YEAR = 520;

export interface SampleFile {
	name: string;
	text: string;
}

const SCORE_HEADER = [
	'index_code',
	'method_version',
	'year',
	'unit_key',
	'unit_name',
	'unit_kind',
	'component_code',
	'value',
	'points',
	'max_points'
] as const;

function scoreCsv(rows: ScoreRow[]): string {
	return toCsv(
		SCORE_HEADER,
		rows.map((r) => SCORE_HEADER.map((h) => r[h]))
	);
}

/** Each unit's standing, drawn once; a 2025 province inherits the mean standing of the ones it was formed from. */
function qualities(
	rng: Random,
	registry: ReturnType<typeof createRegistry>,
	locals: Unit[]
): Map<string, number> {
	const q = new Map<string, number>();
	for (const p of registry.provincesAt('2024-12-31')) q.set(p.key, rng.normal());
	for (const p of registry.provincesAt('2025-12-31')) {
		const parts = registry.predecessorsOf(p.key).map((u) => q.get(u.key) ?? 0);
		q.set(p.key, parts.reduce((s, v) => s + v, 0) / Math.max(1, parts.length));
	}
	for (const u of locals) {
		const twin = locals.find((o) => o.code === u.code && o.kind === u.kind && q.has(o.key));
		q.set(u.key, twin ? q.get(twin.key)! : rng.normal());
	}
	return q;
}

export function generateSample(seed = SAMPLE_SEED): SampleFile[] {
	const rng = createRandom(seed);
	const registry = createRegistry();
	const locals = sampleLocalUnits();
	const quality = qualities(rng, registry, locals);

	const provinceRows: ScoreRow[] = [];
	for (let year = SAMPLE_YEARS.from; year <= SAMPLE_YEARS.to; year++) {
		for (const p of registry.provincesAt(`${year}-12-31`)) {
			const unit: ScoreUnit = { key: p.key, name: p.name, kind: 'province', quality: quality.get(p.key)! };
			for (const code of PROVINCE_INDICES) provinceRows.push(...unitScores(code, year, unit, rng));
		}
	}

	// A few agencies have criteria that do not apply to them: their PAR maximum is below 100.
	const reducedMax = new Map([
		['dan-toc-va-ton-giao', 84],
		['ban-quan-ly-khu-kinh-te', 90],
		['thanh-tra-tinh', 92.5]
	]);
	const localRows: ScoreRow[] = [];
	for (let year = SAMPLE_YEARS.from; year <= SAMPLE_YEARS.to; year++) {
		for (const u of localUnitsForYear(locals, year)) {
			const unit: ScoreUnit = {
				key: u.key,
				name: u.name,
				kind: u.kind,
				quality: quality.get(u.key)!,
				maxPoints: u.kind === 'agency' ? reducedMax.get(u.code) : undefined
			};
			localRows.push(...unitScores('PAR', year, unit, rng));
			if (year >= 2019) localRows.push(...unitScores('DDCI', year, unit, rng));
		}
	}

	const survey: (readonly (string | number | null)[])[] = [];
	// The survey days come from a seed of their own, so every other value stayed as it was before them.
	const dates = createRandom(seed + 1);
	for (const year of SURVEY_YEARS) {
		const units = localUnitsForYear(locals, year).map((unit) => ({ unit, quality: quality.get(unit.key)! }));
		for (const row of surveyRows(units, year, RESPONSES_PER_UNIT_YEAR, rng, dates)) survey.push(row);
	}

	const unitHeader = ['unit_key', 'code', 'name', 'kind', 'parent_key', 'valid_from', 'valid_to'] as const;
	return [
		{
			name: 'units-local.csv',
			text: toCsv(
				unitHeader,
				locals.map((u) => [u.key, u.code, u.name, u.kind, u.parentKey, u.validFrom, u.validTo])
			)
		},
		{ name: 'scores-provinces.csv', text: scoreCsv(provinceRows) },
		{ name: 'scores-local.csv', text: scoreCsv(localRows) },
		{ name: 'survey-responses.csv', text: toCsv(SURVEY_HEADER, survey) }
	];
}
