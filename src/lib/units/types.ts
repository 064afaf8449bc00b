/** Code systems a unit code belongs to. A bare code means nothing: "24" is Bắc Giang in GSO-63 and Bắc Ninh in QD19-2025. */
export type CodeSystem = 'GSO-63' | 'QD19-2025' | 'local';

/** province = tỉnh/thành phố trực thuộc TW; agency = sở, ban, ngành; district = cấp huyện (until 30/06/2025); commune = xã, phường, thị trấn, đặc khu. */
export type UnitKind = 'province' | 'agency' | 'district' | 'commune';

export type ProvinceType = 'tinh' | 'thanh_pho';

/** The six MoHA socio-economic regions used for PAR regional averages (not the 8 geographic regions). */
export type Region = 'TDMNPB' | 'DBSH' | 'BTB_DHMT' | 'TN' | 'DNB' | 'DBSCL';

/** A name a unit carried for a period (code 46: "Thừa Thiên Huế" until 31/12/2024, "Huế" from 1/1/2025). */
export interface NamePeriod {
	name: string;
	nameEn?: string;
	provinceType?: ProvinceType;
	validFrom?: string;
	validTo?: string;
}

export interface Unit {
	/** Unique across systems: `gso63:27`, `qd19:24`, `local:gso63-38:noi-vu`. */
	key: string;
	system: CodeSystem;
	code: string;
	/** The latest name; use `unitAt(unit, date)` for the name at a date. */
	name: string;
	nameEn?: string;
	kind: UnitKind;
	provinceType?: ProvinceType;
	region?: Region;
	parentKey?: string;
	/** yyyy-mm-dd, inclusive; absent = before the data we hold. */
	validFrom?: string;
	/** yyyy-mm-dd, inclusive; absent = still valid. */
	validTo?: string;
	/** Present only when the name changed during the unit's life, oldest first. */
	names?: readonly NamePeriod[];
}

export interface FindOptions {
	/** yyyy-mm-dd; wins over `year`. */
	date?: string;
	/** An index round year; stands for 31 December of that year (see `systemForYear`). */
	year?: number;
	kind?: UnitKind;
	parentKey?: string;
	/**
	 * Province keys: a province's own unit (agency, district, commune) matches only under one of them, so a
	 * Vĩnh Long file's "Sở Tư pháp" never finds Quảng Ninh's. `[]`: no local unit matches.
	 */
	within?: readonly string[];
}

export type FindResult =
	| { status: 'found'; unit: Unit; via: 'code' | 'name' | 'alias' }
	| { status: 'ambiguous'; candidates: Unit[] }
	| { status: 'not-found'; suggestions: Unit[] }
	| { status: 'not-valid-at'; unit: Unit; successors: Unit[] };

/** An alternative name that folding alone does not catch, pointing at a unit key. */
export interface AliasInput {
	alias: string;
	key: string;
}
