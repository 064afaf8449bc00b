import { foldName } from './fold';
import { isProvinceKey } from './keys';
import type { Unit, UnitKind } from './types';
import { assertIsoDate } from './validity';

/** The last day of the district level (cấp huyện), abolished from 01/07/2025. */
export const LAST_DISTRICT_DAY = '2025-06-30';

export interface LocalUnitInput {
	/** A province key (`gso63:38`, `qd19:38`) or the key of another local unit (a commune in a district). */
	parentKey: string;
	name: string;
	kind: Exclude<UnitKind, 'province'>;
	validFrom?: string;
	validTo?: string;
	nameEn?: string;
	/** Overrides the slug when two units of one parent fold to the same name. */
	slug?: string;
}

/** The folded name with dashes: "Sở Nội vụ" → "noi-vu", "Huyện Nga Sơn" → "nga-son". */
export function localSlug(name: string): string {
	return foldName(name).replace(/ /g, '-');
}

/**
 * The parent part of a local key. It keeps the parent's code system ("gso63-24", "qd19-24"), because code 24
 * is Bắc Giang before 1/7/2025 and the new Bắc Ninh after: a bare "24" would give both provinces' agencies one key.
 */
function parentPart(parentKey: string): string {
	if (isProvinceKey(parentKey)) return parentKey.replace(':', '-');
	if (parentKey.startsWith('local:') && parentKey.length > 'local:'.length)
		return parentKey.slice('local:'.length);
	throw new RangeError(`parentKey must be a province key or a local key, got "${parentKey}"`);
}

/**
 * A province's own unit (agency, district, commune). The key comes from the folded name without its prefix,
 * so it survives "Huyện X" becoming "Thị xã X"; give a new unit (new validFrom) when the territory changes.
 */
export function makeLocalUnit(input: LocalUnitInput): Unit {
	const slug = input.slug ?? localSlug(input.name);
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
		throw new RangeError(`no usable slug for "${input.name}": "${slug}"`);
	const unit: Unit = {
		key: `local:${parentPart(input.parentKey)}:${slug}`,
		system: 'local',
		code: slug,
		name: input.name.trim(),
		kind: input.kind,
		parentKey: input.parentKey
	};
	if (input.nameEn) unit.nameEn = input.nameEn;
	if (input.validFrom !== undefined) unit.validFrom = assertIsoDate(input.validFrom, 'validFrom');
	if (input.validTo !== undefined) unit.validTo = assertIsoDate(input.validTo, 'validTo');
	if (unit.kind === 'district') {
		// The district level was abolished on 01/07/2025 (DOMAIN.md §10.2): no district outlives it.
		if (unit.key.startsWith('local:qd19-') || (unit.validFrom ?? '') > LAST_DISTRICT_DAY)
			throw new RangeError(`${unit.key}: there are no districts after ${LAST_DISTRICT_DAY}`);
		if (!unit.validTo || unit.validTo > LAST_DISTRICT_DAY) unit.validTo = LAST_DISTRICT_DAY;
	}
	if (unit.validFrom && unit.validTo && unit.validFrom > unit.validTo) {
		throw new RangeError(`${unit.key}: validFrom ${unit.validFrom} is after validTo ${unit.validTo}`);
	}
	return unit;
}
