// Shapes of the index catalog. Plain data: no functions, nothing that needs the browser or DuckDB.

export type IndexCode = 'PAR' | 'SIPAS' | 'PAPI' | 'PCI' | 'DTI' | 'DDCI' | 'ICT';

/** Kinds of unit an index ranks (nation-wide or inside one province). */
export type UnitLevel = 'province' | 'ministry' | 'agency' | 'district' | 'commune';

/** How a total is scaled: percent (0–100, PAR/SIPAS), points (PAPI, PCI, DDCI), ratio (0–1, DTI, ICT). */
export type ScoreUnit = 'percent' | 'points' | 'ratio';

/**
 * How a version's total relates to its components.
 * - `points`: the publisher's total is taken as given; the catalog cannot recompute it from components.
 * - `sum`: unweighted sum of the components (PAPI).
 * - `weighted_sum`: Σ weight × component × scale (PCI with scale 10; DTI with weights = max points ÷ 1000).
 * - `max_points_sum`: points ÷ applicable maximum × 100 (PAR Index; the maximum can differ by unit).
 * - `pct_satisfied`: share of satisfied answers, in % (SIPAS; computed from raw responses by `survey/`).
 */
export type Aggregation = 'points' | 'sum' | 'weighted_sum' | 'max_points_sum' | 'pct_satisfied';

/**
 * Level of a component. Vietnamese terms: domain = lĩnh vực (PAR), dimension = chỉ số nội dung (PAPI),
 * subindex = chỉ số thành phần / chỉ số chính (PCI, DTI, DDCI, ICT), pillar = trụ cột (DTI),
 * part = phần, element = yếu tố, item = câu hỏi (SIPAS).
 */
export type ComponentLevel = 'domain' | 'dimension' | 'subindex' | 'pillar' | 'element' | 'part' | 'item';

export interface Range {
	min: number;
	max: number;
}

export interface ComponentDef {
	/** Stable code stored with every score (`component_code`); the publisher's abbreviation when there is one. */
	code: string;
	nameVi: string;
	nameEn: string;
	/** Code of the parent component in the same version (SIPAS element → part, item → element). */
	parent?: string;
	level: ComponentLevel;
	/** Share of the total, as a fraction (0.05 = 5 %). Only for `weighted_sum` versions. */
	weight?: number;
	/** Maximum points of this component on the version's points scale (PAR lĩnh vực, DTI main index). */
	maxPoints?: number;
	/** Range of the component's own published value. */
	range: Range;
	/** Extra names (short forms, spellings seen in files) used to map CSV headers to this component. */
	aliases?: readonly string[];
}

/** One group of a fixed-threshold scheme: a value belongs to the first group whose `min` it reaches. */
export interface ThresholdGroup {
	label: string;
	/** Inclusive lower bound on the total; null = no lower bound (the last group). */
	min: number | null;
	/** True when the group is presumed but was not seen in an official text. */
	unverified?: boolean;
}

/**
 * How units are grouped (nhóm / xếp loại). Only `fixed_thresholds` may be computed by the app; for the other
 * kinds the publisher's label is stored as given (DOMAIN.md §1.2).
 */
export type GroupScheme =
	| { id: string; kind: 'fixed_thresholds'; groups: readonly ThresholdGroup[] }
	| { id: string; kind: 'publisher_assigned'; labels: readonly string[] }
	| { id: string; kind: 'quantile'; labels: readonly string[]; sizes: readonly number[] };

export interface MethodVersion {
	/** e.g. 'PAR-876-2022': index, governing decision (or structure), first year. */
	id: string;
	indexCode: IndexCode;
	/** Result years this version covers, inclusive; `to: null` = still in force. */
	years: { from: number; to: number | null };
	decisionRef: string;
	totalRange: Range;
	aggregation: Aggregation;
	/** The level of components the total is built from (e.g. 'dimension' for PAPI); absent = none. */
	totalFrom?: ComponentLevel;
	components: readonly ComponentDef[];
	groupScheme?: GroupScheme;
	/** What in this version is UNVERIFIED in DOMAIN.md, in Vietnamese, for the interface to show. */
	unverified: readonly string[];
	notes?: string;
}

export interface IndexDefinition {
	code: IndexCode;
	nameVi: string;
	nameEn: string;
	shortVi: string;
	/** The short name in English ("PAR Index"); most indices go by the same acronym in both languages. */
	shortEn: string;
	publisherVi: string;
	publisherEn: string;
	levels: readonly UnitLevel[];
	unit: ScoreUnit;
	/** Decimals of the published total: 2 for PAR/SIPAS/PCI/DDCI, 4 for PAPI/DTI/ICT. */
	decimals: number;
	/** Holds for every index (DOMAIN.md §1.2); kept as a literal so code can rely on it. */
	higherIsBetter: true;
	/** Method versions in year order, not overlapping. */
	versions: readonly MethodVersion[];
}
