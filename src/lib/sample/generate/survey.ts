import { SIPAS_Q9_ITEMS } from '$lib/indices';
import type { Unit } from '$lib/units';
import { clamp, type Random } from './random';

/*
 * Invented SIPAS-style responses (1001/QĐ-BNV structure: Câu 9, 39 items in 9 elements, Likert 1–5) for the
 * sample province's agencies and districts. A respondent's answers share their own mood and their unit's
 * standing, so element scores differ between units the way real surveys do. About 3 % of answers are blank
 * ("không trả lời"), which the satisfaction index must leave out of its denominators. Each response has its
 * day (`surveyed_on`, dd/mm/yyyy) somewhere in its year, for the breakdowns by quarter and month.
 */

export const SURVEY_HEADER = [
	'respondent_id',
	'year',
	'surveyed_on',
	'unit_key',
	'unit_name',
	'service',
	'channel',
	'sex',
	'age_group',
	...SIPAS_Q9_ITEMS.map((i) => i.code)
] as const;

const SERVICES = [
	'Đất đai',
	'Hộ tịch',
	'Chứng thực',
	'Xây dựng',
	'Đăng ký kinh doanh',
	'Lao động, thương binh và xã hội',
	'Giáo dục',
	'Y tế'
];
const CHANNELS: (readonly [string, number])[] = [
	['Trực tiếp', 0.55],
	['Trực tuyến một phần', 0.2],
	['Trực tuyến toàn trình', 0.2],
	['Bưu chính công ích', 0.05]
];
const SEXES: (readonly [string, number])[] = [
	['Nam', 0.52],
	['Nữ', 0.48]
];
const AGES: (readonly [string, number])[] = [
	['18–30', 0.25],
	['31–45', 0.35],
	['46–60', 0.28],
	['Trên 60', 0.12]
];

/** Likert 1–5 from a latent satisfaction score: cut points chosen so ~80 % answer 4 or 5 at level 0. */
function likert(latent: number): number {
	if (latent < -2.3) return 1;
	if (latent < -1.6) return 2;
	if (latent < -0.85) return 3;
	if (latent < 0.9) return 4;
	return 5;
}

export interface SurveyUnit {
	unit: Unit;
	quality: number;
}

/** A day of `year`, uniform over it, as Vietnamese files write it (dd/mm/yyyy). */
function dayOf(year: number, rng: Random): string {
	const days = new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29 ? 366 : 365;
	const d = new Date(Date.UTC(year, 0, 1 + rng.int(0, days - 1)));
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/**
 * The responses of `units` in `year`. `dates` draws the days: a stream of its own, so that adding them moved
 * no other value of the sample.
 */
export function* surveyRows(
	units: readonly SurveyUnit[],
	year: number,
	perUnit: number,
	rng: Random,
	dates: Random
) {
	const elementShift = new Map<string, number>();
	for (const item of SIPAS_Q9_ITEMS) {
		if (!elementShift.has(item.elementCode)) elementShift.set(item.elementCode, rng.normal(0, 0.15));
	}
	let n = 0;
	for (const { unit, quality } of units) {
		const count = Math.round(perUnit * clamp(rng.normal(1, 0.15), 0.6, 1.4));
		const unitLevel = 0.25 * quality + 0.03 * (year - 2022);
		for (let r = 0; r < count; r++) {
			n++;
			const mood = rng.normal(0, 0.7);
			const answers = SIPAS_Q9_ITEMS.map((item) => {
				if (rng.next() < 0.03) return null;
				return likert(unitLevel + mood + elementShift.get(item.elementCode)! + rng.normal(0, 0.6));
			});
			yield [
				`QN-${year}-${String(n).padStart(6, '0')}`,
				year,
				dayOf(year, dates),
				unit.key,
				unit.name,
				rng.pick(SERVICES),
				rng.weighted(CHANNELS),
				rng.weighted(SEXES),
				rng.weighted(AGES),
				...answers
			] as const;
		}
	}
}
