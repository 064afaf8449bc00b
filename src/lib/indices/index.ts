// Public entry of the index catalog: import from '$lib/indices'.
export * from './types';
export {
	INDICES,
	INDEX_CODES,
	isIndexCode,
	getIndex,
	indexShortName,
	versionForYear,
	findVersion,
	getVersion,
	componentsOf
} from './catalog';
export {
	sumTotal,
	weightedTotal,
	pointsOverMax,
	dtiTotal,
	agreesWithPublished,
	type MaybeNumber,
	type DtiMainIndices
} from './totals';
export { totalForVersion, type VersionTotal, type VersionTotalOptions } from './version-total';
export { componentForColumn } from './column-names';
export { fold } from './fold';
export { PAR_GROUPS, PAR_LOCAL_GROUPS, PAR_DOMAIN_MAX_POINTS_DEFAULT, withCutoffs } from './par';
export { PAPI_GROUPS } from './papi';
export { PCI_TIERS } from './pci';
export { DTI_922_MAX_POINTS, DTI_922_TOTAL_POINTS, type DtiMainIndexCode } from './dti';
export { DDCI_GROUPS, DDCI_DEFAULT_WEIGHT } from './ddci';
export { SIPAS_METHOD_DEFAULTS, SIPAS_METHOD_LABEL_VI, type SipasMethodConfig } from './sipas-method';
export {
	SIPAS_Q9,
	SIPAS_Q9_ITEMS,
	SIPAS_Q9_SCALE,
	q9Code,
	type SipasQ9Item,
	type SipasQ9Element,
	type SipasElementCode,
	type SipasPartCode
} from './sipas-questionnaire';
export {
	DdciConfigSchema,
	DDCI_WEIGHT_TOLERANCE,
	ddciDefaultConfig,
	ddciGroupScheme,
	ddciVersion,
	parseDdciConfig,
	codeForName,
	type DdciConfig,
	type DdciSubIndex,
	type DdciGroups,
	type DdciProblem
} from './ddci-config';
export { deviceDdciConfig, setDeviceDdciConfig } from './ddci-device';
