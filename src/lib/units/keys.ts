import type { CodeSystem } from './types';

/** Key prefixes per code system; a key is unique across systems ("gso63:24" ≠ "qd19:24"). */
const PREFIX: Record<Exclude<CodeSystem, 'local'>, string> = { 'GSO-63': 'gso63', 'QD19-2025': 'qd19' };

export function provinceKey(system: Exclude<CodeSystem, 'local'>, code: string): string {
	if (!/^\d{2}$/.test(code)) throw new RangeError(`province code must have 2 digits, got "${code}"`);
	return `${PREFIX[system]}:${code}`;
}

export function isProvinceKey(key: string): boolean {
	return /^(gso63|qd19):\d{2}$/.test(key);
}

export function isCodeSystem(text: string): text is Exclude<CodeSystem, 'local'> {
	return text === 'GSO-63' || text === 'QD19-2025';
}
