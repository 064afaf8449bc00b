import { nameKind, provinceScope, type Registry, type Unit } from '$lib/units';
import { fold } from '../rules/fold';
import { isDatedYear, type UnitMatch, type UnitResolver } from '../validate/unit-map';

/*
 * Matching a unit as written in a file ("TP HCM", "Sở Nội vụ", "24", "gso63:27") to the registry, valid in
 * the row's year. What does not match is reported with the registry's own suggestions, never guessed. The
 * analyst's earlier answers (aliases, see choices.ts) settle only what the registry cannot: a name it does
 * not know or cannot tell apart. They never override a match, nor a unit that did not exist in the row's year
 * (an answer given for 2026 rows must not move 2023 rows to a province that did not exist yet).
 *
 * `province` is the file's province: its agencies, districts and communes are the only local units a name
 * can match (and an answer can name). `null`: the province is not known, so no local unit matches at all;
 * left out: any province's (province score tables and tests that hold no local units).
 *
 * A local unit's code from the office's own list ("H62.07", units/list/) matches too, within the province
 * only and only where no name does, so a province code such as "12" never reaches it.
 */

/** The kind of local unit a name says it is ("thành phố" under a province is a district), or null. */
function kindSaid(text: string): Unit['kind'] | null {
	const said = nameKind(text);
	return said === 'city' ? 'district' : said === 'province' ? null : said;
}

/** Local units by their office code, folded (a code that is only the key's slug is no office code). */
function officeCodes(registry: Registry): Map<string, Unit[]> {
	const byCode = new Map<string, Unit[]>();
	for (const u of registry.all()) {
		if (u.system !== 'local' || u.code === u.key.split(':').at(-1)) continue;
		const code = fold(u.code);
		byCode.set(code, [...(byCode.get(code) ?? []), u]);
	}
	return byCode;
}

export function makeUnitResolver(
	registry: Registry,
	aliases: ReadonlyMap<string, string> = new Map(),
	province?: string | null
): UnitResolver {
	const codes = officeCodes(registry);
	return (text: string, year: number | null): UnitMatch => {
		const dated = isDatedYear(year) ? year : null;
		const within =
			province === undefined ? undefined : province === null ? [] : provinceScope(registry, province, dated);
		const allowed = (key: string) => {
			const unit = registry.get(key);
			return (
				!!unit && (unit.kind === 'province' || !within || within.includes(registry.provinceOf(unit).key))
			);
		};
		const chosen = () => {
			const key = aliases.get(fold(text));
			return key && allowed(key) ? { unitKey: key } : null;
		};
		const byCode = () => {
			if (!within) return null;
			const found = (codes.get(fold(text)) ?? []).filter(
				(u) => allowed(u.key) && (dated === null || registry.isValidAt(u.key, `${dated}-12-31`))
			);
			return found.length === 1 ? { unitKey: found[0]!.key } : null;
		};
		const byKey = registry.get(text);
		if (byKey && allowed(byKey.key)) return { unitKey: byKey.key };
		// A year no unit can be dated by ("2", "99999") has its own error on the year: match the name in no year.
		const result = registry.find(text, {
			...(dated !== null ? { year: dated } : {}),
			...(within ? { within } : {})
		});
		switch (result.status) {
			case 'found':
				return { unitKey: result.unit.key };
			case 'ambiguous': {
				// "UBND huyện Long Hồ" folds like "Thị trấn Long Hồ": the kind the name says tells them apart.
				const fit = result.candidates.filter((u) => u.kind === kindSaid(text));
				if (fit.length === 1) return { unitKey: fit[0]!.key };
				return (
					chosen() ?? {
						code: 'ambiguous_unit',
						detail: result.candidates
							.slice(0, 4)
							.map((u) => `${u.name} (${u.key})`)
							.join('; ')
					}
				);
			}
			case 'not-valid-at':
				return {
					code: 'unit_not_valid',
					detail: result.successors.length
						? `từ 01/07/2025 thuộc ${result.successors.map((u) => u.name).join(', ')}`
						: `${result.unit.name} không còn từ ${result.unit.validTo ?? ''}`
				};
			case 'not-found':
				return (
					byCode() ??
					chosen() ?? {
						code: 'unknown_unit',
						detail: result.suggestions.length
							? `Có phải: ${result.suggestions
									.slice(0, 3)
									.map((u) => u.name)
									.join(', ')}?`
							: ''
					}
				);
		}
	};
}
