import { systemForYear } from './code-system';
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

/**
 * The province list a key belongs to, by its prefix: `gso63:01` → gso63, `qd19:22` → qd19; a local unit takes
 * its parent's (`local:qd19-22:noi-vu` → qd19); any other prefix (`ministry:bnv`) is returned as it is.
 */
export function keyList(key: string): string {
	return key.startsWith('local:') ? (key.slice(6).split('-')[0] ?? '') : key.split(':')[0]!;
}

/** The key prefix of the province list in force for an index round (`systemForYear`): gso63 to 2024, then qd19. */
export function listForYear(year: number): string {
	return PREFIX[systemForYear(year)];
}
