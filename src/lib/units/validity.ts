import type { NamePeriod, Unit } from './types';

/** Dates are 'yyyy-mm-dd' strings: they compare correctly as text and carry no time zone. */
export function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function assertIsoDate(text: string, what = 'date'): string {
	if (!isIsoDate(text)) throw new RangeError(`${what} must be a real yyyy-mm-dd date, got "${text}"`);
	return text;
}

/** An index round year stands for its last day: the units that existed when the year closed. */
export function yearEnd(year: number): string {
	if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`bad year: ${year}`);
	return `${year}-12-31`;
}

/** Inclusive on both ends; an absent bound is open. */
export function coversDate(span: { validFrom?: string; validTo?: string }, date: string): boolean {
	return (
		(span.validFrom === undefined || span.validFrom <= date) &&
		(span.validTo === undefined || date <= span.validTo)
	);
}

/** The unit as it was named at `date` (name, English name, province type); the unit itself if nothing changed. */
export function unitAt(unit: Unit, date: string): Unit {
	const period: NamePeriod | undefined = unit.names?.find((p) => coversDate(p, date));
	if (!period) return unit;
	const view: Unit = { ...unit, name: period.name };
	if (period.nameEn !== undefined) view.nameEn = period.nameEn;
	if (period.provinceType !== undefined) view.provinceType = period.provinceType;
	return view;
}
