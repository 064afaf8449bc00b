// The catalog: every index by code, and look-ups by year and by version id.
import { DDCI } from './ddci';
import { DTI } from './dti';
import { ICT } from './ict';
import { PAPI } from './papi';
import { PAR } from './par';
import { PCI } from './pci';
import { SIPAS } from './sipas';
import type { ComponentDef, ComponentLevel, IndexCode, IndexDefinition, MethodVersion } from './types';

export const INDICES: Readonly<Record<IndexCode, IndexDefinition>> = {
	PAR,
	SIPAS,
	PAPI,
	PCI,
	DTI,
	DDCI,
	ICT
};

/** Index codes in display order. */
export const INDEX_CODES: readonly IndexCode[] = ['PAR', 'SIPAS', 'PAPI', 'PCI', 'DTI', 'DDCI', 'ICT'];

/** True when `value` is one of the catalog's index codes (for URL params and imported files). */
export function isIndexCode(value: string): value is IndexCode {
	return Object.hasOwn(INDICES, value);
}

export function getIndex(code: IndexCode): IndexDefinition {
	return INDICES[code];
}

/** An index's short name in the reader's language: "Chỉ số CCHC" / "PAR Index". */
export function indexShortName(def: IndexDefinition, lang: 'vi' | 'en'): string {
	return lang === 'en' ? def.shortEn : def.shortVi;
}

const VERSIONS_BY_ID: ReadonlyMap<string, MethodVersion> = new Map(
	INDEX_CODES.flatMap((code) => INDICES[code].versions.map((v) => [v.id, v] as const))
);

/**
 * The method version of `code` in force for result year `year`, or `undefined` when no version covers that
 * year (e.g. PAPI 2010, PCI before 2009): a year outside the catalog is a data condition the caller must
 * report, not a bug. Throws a RangeError when `year` is not an integer.
 */
export function versionForYear(code: IndexCode, year: number): MethodVersion | undefined {
	if (!Number.isInteger(year)) throw new RangeError(`versionForYear: year must be an integer, got ${year}`);
	return INDICES[code].versions.find(
		(v) => year >= v.years.from && (v.years.to === null || year <= v.years.to)
	);
}

/** The version with this id, or `undefined`. */
export function findVersion(versionId: string): MethodVersion | undefined {
	return VERSIONS_BY_ID.get(versionId);
}

/** The version with this id; throws an Error for an id the catalog does not have (ids come from the catalog). */
export function getVersion(versionId: string): MethodVersion {
	const version = VERSIONS_BY_ID.get(versionId);
	if (!version) throw new Error(`Unknown method version: ${versionId}`);
	return version;
}

/** Components of a version, optionally of one level only, in catalog order. Throws for an unknown id. */
export function componentsOf(versionId: string, level?: ComponentLevel): readonly ComponentDef[] {
	const { components } = getVersion(versionId);
	return level === undefined ? components : components.filter((c) => c.level === level);
}
