import {
	LAST_DISTRICT_DAY,
	localSlug,
	makeLocalUnit,
	provinceScope,
	type Registry,
	type Unit
} from '$lib/units';
import type { LocalKind } from '../picker';

/*
 * Where a unit of the analyst's province hangs in the registry. Keys carry the parent's code system
 * (units/README.md), so the parent follows the unit's dates: a district, or a unit that ended by 30/06/2025,
 * hangs under the province of the 63 (the analyst's, or the old one of the same name when the analyst chose
 * one of the 34); a unit that starts from 01/07/2025 under the province of the 34; any other under the
 * analyst's province as chosen. A commune may hang under a district of the list.
 */

export interface UnitDraft {
	name: string;
	kind: LocalKind;
	validFrom?: string;
	validTo?: string;
	/** The key of the district a commune belongs to. */
	districtKey?: string;
}

export function parentFor(registry: Registry, province: string, draft: UnitDraft): string {
	if (draft.districtKey) return draft.districtKey;
	const [before] = provinceScope(registry, province, 2024);
	const [after] = provinceScope(registry, province, 2026);
	if (draft.kind === 'district' || (draft.validTo !== undefined && draft.validTo <= LAST_DISTRICT_DAY))
		return before ?? province;
	if (draft.validFrom !== undefined && draft.validFrom > LAST_DISTRICT_DAY) return after ?? province;
	return province;
}

const KIND_SLUG: Record<LocalKind, string> = { agency: 'so', district: 'huyen', commune: 'xa' };

/**
 * The unit for a draft. Its key comes from the folded name, so a district "Huyện Long Hồ" and a commune
 * "Xã Long Hồ" of one parent would share one; the later of the two kinds to arrive gets the kind in its key.
 * `taken` gives the kind of a key already used. Throws RangeError for a name with no letter or digit.
 */
export function placeUnit(
	registry: Registry,
	province: string,
	draft: UnitDraft,
	taken: (key: string) => LocalKind | undefined
): Unit {
	const input = {
		parentKey: parentFor(registry, province, draft),
		name: draft.name,
		kind: draft.kind,
		...(draft.validFrom ? { validFrom: draft.validFrom } : {}),
		...(draft.validTo ? { validTo: draft.validTo } : {})
	};
	const unit = makeLocalUnit(input);
	const other = taken(unit.key);
	if (other === undefined || other === draft.kind) return unit;
	return makeLocalUnit({ ...input, slug: `${localSlug(draft.name)}-${KIND_SLUG[draft.kind]}` });
}
