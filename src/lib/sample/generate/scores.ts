import { getIndex, totalForVersion, versionForYear, type IndexCode, type MethodVersion } from '$lib/indices';
import { clamp, createRandom, round, type Random } from './random';

/*
 * Invented scores that follow each index's structure (DOMAIN.md §2–7): component values inside their ranges,
 * totals computed from the rounded components with the catalog's own formula, so a check of "total =
 * formula(components)" on the sample passes the way it would on published data.
 */

/** How good a typical unit is on an index (share of the range), how units spread, and the yearly drift. */
export interface IndexProfile {
	level: number;
	spread: number;
	drift: number;
	noise: number;
}

export const PROFILES: Record<IndexCode, IndexProfile> = {
	PAR: { level: 0.86, spread: 0.03, drift: 0.004, noise: 0.012 },
	SIPAS: { level: 0.82, spread: 0.03, drift: 0.004, noise: 0.02 },
	PAPI: { level: 0.48, spread: 0.05, drift: 0.003, noise: 0.04 },
	PCI: { level: 0.62, spread: 0.05, drift: 0.004, noise: 0.05 },
	DTI: { level: 0.42, spread: 0.08, drift: 0.05, noise: 0.06 },
	DDCI: { level: 0.74, spread: 0.06, drift: 0.006, noise: 0.05 },
	ICT: { level: 0.5, spread: 0.1, drift: 0.02, noise: 0.05 }
};

export interface ScoreRow {
	index_code: IndexCode;
	method_version: string;
	year: number;
	unit_key: string;
	unit_name: string;
	unit_kind: string;
	component_code: string | null;
	value: number;
	points: number | null;
	max_points: number | null;
}

export interface ScoreUnit {
	key: string;
	name: string;
	kind: string;
	/** The unit's standing, roughly N(0, 1): the same unit is good on every index and every year. */
	quality: number;
	/** PAR: the unit's applicable maximum when some criteria do not apply to it (default 100). */
	maxPoints?: number;
}

function share(profile: IndexProfile, quality: number, year: number, rng: Random): number {
	return clamp(
		profile.level + profile.spread * quality + profile.drift * (year - 2018) + rng.normal(0, profile.noise),
		0.02,
		0.99
	);
}

function totalComponents(version: MethodVersion) {
	return version.components.filter((c) => c.level === version.totalFrom);
}

/** All score rows (components then total) of one unit for one index and year; [] when no version covers it. */
export function unitScores(indexCode: IndexCode, year: number, unit: ScoreUnit, rng: Random): ScoreRow[] {
	const version = versionForYear(indexCode, year);
	if (!version) return [];
	const { decimals } = getIndex(indexCode);
	const profile = PROFILES[indexCode];
	const base = {
		index_code: indexCode,
		method_version: version.id,
		year,
		unit_key: unit.key,
		unit_name: unit.name,
		unit_kind: unit.kind
	};
	const rows: ScoreRow[] = [];
	const values: Record<string, number> = {};
	const applicable = (unit.maxPoints ?? 100) / 100;
	for (const c of totalComponents(version)) {
		// PAR domains are points out of the domain's maximum (lowered when criteria do not apply to the unit);
		// everything else lives on the component's own published range.
		const isPoints = version.aggregation === 'max_points_sum';
		const max = isPoints ? (c.maxPoints ?? c.range.max) * applicable : c.range.max;
		const low = isPoints ? 0 : c.range.min;
		const value = round(low + (max - low) * share(profile, unit.quality, year, rng), decimals);
		values[c.code] = value;
		rows.push({ ...base, component_code: c.code, value, points: null, max_points: null });
	}

	let total: number;
	let points: number | null = null;
	let maxPoints: number | null = null;
	const computed = totalForVersion(version.id, values, { maxPoints: unit.maxPoints ?? undefined });
	if (computed.ok && computed.total !== null) {
		total = computed.total;
		if (version.aggregation === 'max_points_sum') {
			points = round(
				Object.values(values).reduce((s, v) => s + v, 0),
				decimals
			);
			maxPoints = unit.maxPoints ?? 100;
		}
	} else if (rows.length > 0) {
		// SIPAS: the overall index is the mean of its elements (the default method, DOMAIN.md §3.5).
		total = rows.reduce((s, r) => s + r.value, 0) / rows.length;
	} else {
		const { min, max } = version.totalRange;
		total = min + (max - min) * share(profile, unit.quality, year, rng);
	}
	rows.push({ ...base, component_code: null, value: round(total, decimals), points, max_points: maxPoints });
	return [...rows, ...pillarScores(version, base, unit, year)];
}

/** A string's 32-bit FNV-1a hash: a seed per unit and year. */
function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/**
 * DTI's three pillars, scored apart from the total (each 0–1, ranked on its own). Drawn from a source of their
 * own, so adding them left every other sample value as it was.
 */
function pillarScores(
	version: MethodVersion,
	base: Omit<ScoreRow, 'component_code' | 'value' | 'points' | 'max_points'>,
	unit: ScoreUnit,
	year: number
): ScoreRow[] {
	const pillars = version.components.filter((c) => c.level === 'pillar');
	if (pillars.length === 0) return [];
	const rng = createRandom(seedOf(`${unit.key}|${year}|pillars`));
	const { decimals } = getIndex(base.index_code);
	const profile = PROFILES[base.index_code];
	return pillars.map((c) => ({
		...base,
		component_code: c.code,
		value: round(
			c.range.min + (c.range.max - c.range.min) * share(profile, unit.quality, year, rng),
			decimals
		),
		points: null,
		max_points: null
	}));
}
