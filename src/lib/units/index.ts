export type {
	AliasInput,
	CodeSystem,
	FindOptions,
	FindResult,
	NamePeriod,
	ProvinceType,
	Region,
	Unit,
	UnitKind
} from './types';
export { foldName, foldText, nameKind, splitGeneration, type NameKind } from './fold';
export { createRegistry, type Registry } from './registry';
export { systemForYear, GSO63_LAST_DAY, QD19_FIRST_DAY } from './code-system';
export { SUCCESSIONS_2025, successorOf, predecessorsOf, type Succession } from './crosswalk';
export { makeLocalUnit, localSlug, LAST_DISTRICT_DAY, type LocalUnitInput } from './local-units';
export { GSO63_PROVINCES, QD19_PROVINCES } from './provinces';
export { PROVINCE_ALIASES } from './aliases';
export { keyList, listForYear, provinceKey } from './keys';
export { isIsoDate, unitAt } from './validity';
export { editDistance } from './edit-distance';
export { provinceScope, sameProvince } from './scope';
