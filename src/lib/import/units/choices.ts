import type { Database, Queryable } from '$lib/db';
import { ident, literal } from '$lib/sql/quote';
import { makeLocalUnit, type LocalUnitInput, type Unit } from '$lib/units';
import { fold, trimCell } from '../rules/fold';
import { isDatedYear, type UnitMatch, type UnitResolver } from '../validate/unit-map';

/*
 * Units a file names that the registry could not match, and the analyst's answer for each: a unit of the
 * registry, or a new local unit (an agency, a district) of the province. Answers are remembered as aliases
 * (folded text → unit key) in `unit_aliases`, which `makeUnitResolver` consults first, so the next file
 * with the same spelling matches by itself.
 */

/** Issues an answer can settle. "Not valid in this year" is not among them: the file's year or unit is
 * wrong, and an alias would move rows of other years too. */
export const UNIT_ISSUE_CODES = ['unknown_unit', 'ambiguous_unit'] as const;

export interface UnmatchedUnit {
	/** The name as written (trimmed). */
	text: string;
	code: (typeof UNIT_ISSUE_CODES)[number];
	detail: string;
	/** Rows that name it. */
	rows: number;
	/** The years of the rows it was looked up in (ascending; empty when the rows have none). */
	years: number[];
}

/** What a check asked the resolver, once per distinct (name, year): the file's units, for `fileProvinces`. */
export interface SeenUnit {
	text: string;
	year: number | null;
	match: UnitMatch;
}

/** A resolver that also notes, for each name it could not match, the years it was asked in. */
export function recordingResolver(resolve: UnitResolver): {
	resolve: UnitResolver;
	yearsOf: (text: string) => number[];
	seen: () => SeenUnit[];
} {
	const years = new Map<string, Set<number>>();
	const seen = new Map<string, SeenUnit>();
	return {
		resolve(text, year) {
			const match = resolve(text, year);
			seen.set(`${year}\u0001${text}`, { text, year, match });
			// Only a year that can date a unit: "224" has its own error, and is no day to suggest units at.
			if ('code' in match && isDatedYear(year)) {
				const key = fold(trimCell(text));
				const seen = years.get(key) ?? new Set<number>();
				years.set(key, seen.add(year));
			}
			return match;
		},
		yearsOf: (text) => [...(years.get(fold(trimCell(text))) ?? [])].sort((a, b) => a - b),
		seen: () => [...seen.values()]
	};
}

/**
 * The distinct unit names a check could not match, most rows first, with the years of their rows when the
 * check's resolver noted them (`recordingResolver`).
 */
export async function unmatchedUnits(
	db: Queryable,
	issuesTable: string,
	yearsOf: (text: string) => number[] = () => [],
	limit = 200
): Promise<UnmatchedUnit[]> {
	const rows = await db.query<Omit<UnmatchedUnit, 'years'>>(
		`SELECT any_value(value) AS text, any_value(code) AS code, any_value(detail) AS detail, count(*)::INTEGER AS rows
		FROM ${ident(issuesTable)} WHERE code IN (${UNIT_ISSUE_CODES.map(literal).join(', ')})
		GROUP BY value ORDER BY rows DESC, text LIMIT ${limit}`
	);
	// Cells that differ only in spaces or case are one name to the analyst (and one alias).
	const byKey = new Map<string, UnmatchedUnit>();
	for (const row of rows) {
		const text = trimCell(row.text);
		const key = fold(text);
		const seen = byKey.get(key);
		if (seen) seen.rows += row.rows;
		else byKey.set(key, { ...row, text, years: yearsOf(text) });
	}
	return [...byKey.values()].sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text, 'vi'));
}

export type UnitChoice = { text: string; unitKey: string } | { text: string; newUnit: LocalUnitInput };

/** The analyst's earlier answers: folded text → unit key. */
export async function loadAliases(db: Database): Promise<Map<string, string>> {
	const rows = await db.query<{ alias_key: string; unit_key: string }>(
		"SELECT alias_key, unit_key FROM unit_aliases WHERE source = 'analyst'"
	);
	return new Map(rows.map((r) => [r.alias_key, r.unit_key]));
}

/** Saves the answers in one transaction; returns the local units it added. */
export async function saveUnitChoices(db: Database, choices: readonly UnitChoice[]): Promise<Unit[]> {
	const added: Unit[] = [];
	await db.transaction(async (tx) => {
		for (const choice of choices) {
			let unitKey: string;
			if ('newUnit' in choice) {
				const unit = makeLocalUnit(choice.newUnit);
				await tx.exec(
					`INSERT INTO units (unit_key, code_system, code, name, kind, parent_key, valid_from, valid_to)
					VALUES (${literal(unit.key)}, 'local', ${literal(unit.code)}, ${literal(unit.name)}, ${literal(unit.kind)},
						${literal(unit.parentKey ?? null)}, ${literal(unit.validFrom ?? null)}, ${literal(unit.validTo ?? null)})
					ON CONFLICT (unit_key) DO NOTHING`
				);
				added.push(unit);
				unitKey = unit.key;
			} else unitKey = choice.unitKey;
			const alias = fold(choice.text);
			await tx.exec(`DELETE FROM unit_aliases WHERE source = 'analyst' AND alias_key = ${literal(alias)}`);
			await tx.exec(`INSERT INTO unit_aliases VALUES (${literal(alias)}, ${literal(unitKey)}, 'analyst')`);
		}
	});
	return added;
}

/**
 * The day a name's suggestions are taken at: the end of the latest year its rows have (a 2024 file names the
 * 63 provinces, a 2026 one the 34), else `fallback` (the year the analyst typed, or today).
 */
export function suggestionDate(unit: UnmatchedUnit, fallback: string): string {
	const latest = unit.years.at(-1);
	return latest === undefined ? fallback : `${latest}-12-31`;
}
