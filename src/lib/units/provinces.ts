import gso63Csv from '$data/units/provinces-gso63.csv?raw';
import qd19Csv from '$data/units/provinces-qd19-2025.csv?raw';
import { parseCsv } from './csv';
import { provinceKey } from './keys';
import type { CodeSystem, NamePeriod, ProvinceType, Region, Unit } from './types';
import { assertIsoDate } from './validity';

const REGIONS: readonly string[] = ['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL'];
const PROVINCE_TYPES: readonly string[] = ['tinh', 'thanh_pho'];

function optionalDate(text: string | undefined, what: string): string | undefined {
	return text ? assertIsoDate(text, what) : undefined;
}

/**
 * Reads a province file (code,name,name_en,kind,region,valid_from,valid_to). Several rows with one code are
 * one unit whose name changed: they become `names`, and the unit spans all of them.
 */
export function parseProvinces(text: string, system: Exclude<CodeSystem, 'local'>): Unit[] {
	const byCode = new Map<string, Record<string, string>[]>();
	for (const row of parseCsv(text)) {
		const code = row.code ?? '';
		byCode.set(code, [...(byCode.get(code) ?? []), row]);
	}
	return [...byCode].map(([code, rows]) => provinceFrom(system, code, rows));
}

function provinceFrom(
	system: Exclude<CodeSystem, 'local'>,
	code: string,
	rows: Record<string, string>[]
): Unit {
	const where = `${system} ${code}`;
	const periods: NamePeriod[] = rows.map((row) => {
		if (!row.name) throw new Error(`${where}: empty name`);
		if (!PROVINCE_TYPES.includes(row.kind ?? '')) throw new Error(`${where}: kind "${row.kind}"`);
		const period: NamePeriod = { name: row.name, provinceType: row.kind as ProvinceType };
		if (row.name_en) period.nameEn = row.name_en;
		const from = optionalDate(row.valid_from, `${where} valid_from`);
		const to = optionalDate(row.valid_to, `${where} valid_to`);
		if (from !== undefined) period.validFrom = from;
		if (to !== undefined) period.validTo = to;
		return period;
	});
	periods.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
	const regions = new Set(rows.map((r) => r.region ?? ''));
	const [region] = regions;
	if (regions.size > 1 || (region && !REGIONS.includes(region)))
		throw new Error(`${where}: region ${[...regions]}`);
	const latest = periods[periods.length - 1] as NamePeriod;
	const first = periods[0] as NamePeriod;
	const unit: Unit = {
		key: provinceKey(system, code),
		system,
		code,
		name: latest.name,
		kind: 'province',
		provinceType: latest.provinceType as ProvinceType
	};
	if (latest.nameEn) unit.nameEn = latest.nameEn;
	if (region) unit.region = region as Region;
	if (first.validFrom !== undefined) unit.validFrom = first.validFrom;
	if (latest.validTo !== undefined) unit.validTo = latest.validTo;
	if (periods.length > 1) {
		for (let i = 1; i < periods.length; i++) {
			const prev = periods[i - 1] as NamePeriod;
			const cur = periods[i] as NamePeriod;
			if (!prev.validTo || !cur.validFrom || prev.validTo >= cur.validFrom) {
				throw new Error(`${where}: name periods must be closed and must not overlap`);
			}
		}
		unit.names = periods;
	}
	return unit;
}

/** The 63 provinces with GSO codes, valid until 30/06/2025. */
export const GSO63_PROVINCES: readonly Unit[] = parseProvinces(gso63Csv, 'GSO-63');

/** The 34 provinces of QĐ 19/2025/QĐ-TTg, valid from 01/07/2025. */
export const QD19_PROVINCES: readonly Unit[] = parseProvinces(qd19Csv, 'QD19-2025');
