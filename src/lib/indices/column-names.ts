// Matching CSV headers to component codes of one method version.
import { componentsOf } from './catalog';
import { fold } from './fold';
import type { ComponentDef } from './types';

function namesOf(component: ComponentDef): string[] {
	return [component.code, component.nameVi, component.nameEn, ...(component.aliases ?? [])];
}

/** Folded name → codes of the components with that name (more than one = ambiguous). */
function nameIndex(components: readonly ComponentDef[]): Map<string, Set<string>> {
	const byName = new Map<string, Set<string>>();
	for (const component of components) {
		for (const name of namesOf(component)) {
			const key = fold(name);
			const codes = byName.get(key) ?? new Set<string>();
			codes.add(component.code);
			byName.set(key, codes);
		}
	}
	return byName;
}

/**
 * The code of the component of version `versionId` that CSV header `header` names, or `undefined` when no
 * component matches or when the header could mean more than one. Throws for an unknown version.
 *
 * Names are compared folded (case, diacritics, đ/d and punctuation ignored) against code, nameVi, nameEn and
 * aliases. The whole header is tried first. Otherwise it is split at brackets, slashes and pipes
 * ("Tiếp cận đất đai (Land access)"), and a piece may start with a component code ("D1 Tham gia của người
 * dân ở cấp cơ sở"); every piece must name a component and all must name the same one, so a qualifier such
 * as "(xếp hạng)" leaves the header unmapped rather than mapping a rank column to a score.
 */
export function componentForColumn(versionId: string, header: string): string | undefined {
	const components = componentsOf(versionId);
	const byName = nameIndex(components);
	const codesOf = (key: string): ReadonlySet<string> => byName.get(key) ?? new Set();
	const unique = (codes: ReadonlySet<string>) => (codes.size === 1 ? [...codes][0] : undefined);

	const whole = fold(header);
	if (byName.has(whole)) return unique(codesOf(whole));

	// Longest first, so that "i a" (element I.A) is split off before "i" (part I).
	const codeKeys = components.map((c) => fold(c.code)).sort((a, b) => b.length - a.length);
	const found = new Set<string>();
	for (const piece of header.split(/[()[\]/|]/).map(fold)) {
		if (piece === '') continue;
		let codes = codesOf(piece);
		const lead = codeKeys.find((key) => piece.startsWith(`${key} `));
		if (codes.size === 0 && lead !== undefined) {
			const rest = codesOf(piece.slice(lead.length + 1));
			codes = rest.size === 0 ? rest : new Set([...codesOf(lead), ...rest]);
		}
		if (codes.size === 0) return undefined;
		for (const code of codes) found.add(code);
	}
	return unique(found);
}
