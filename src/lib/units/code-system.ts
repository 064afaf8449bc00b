import type { CodeSystem } from './types';

/** The last day of the 63 provinces (NQ 202/2025/QH15: the new provinces operate from 1/7/2025). */
export const GSO63_LAST_DAY = '2025-06-30';
export const QD19_FIRST_DAY = '2025-07-01';

/**
 * Which province codes an index round uses. Rounds up to and including 2024 use GSO-63; from 2025, QD19-2025.
 * Why: an index round is assessed for a calendar year and published in the next one. Every round up to 2024
 * was assessed and published for the 63 provinces (PCI 2024 is called the last 63-province edition), while the
 * 2025 round closes on 31/12/2025, when only the 34 provinces exist, so its results can only be reported for
 * them (34 units from the 2025 round is expected but UNVERIFIED for PAR, SIPAS, PAPI and PCI). A dataset that
 * already maps an older year to 34 units (DTI 2024, the PAPI 2024 file's mapping) must say so explicitly.
 */
export function systemForYear(year: number): Exclude<CodeSystem, 'local'> {
	if (!Number.isInteger(year)) throw new RangeError(`bad year: ${year}`);
	return year <= 2024 ? 'GSO-63' : 'QD19-2025';
}
