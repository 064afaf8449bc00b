import { describe, expect, it } from 'vitest';
import { PROVINCE_ALIASES, parseAliases } from './aliases';
import { foldName } from './fold';
import { namesOf } from './name-index';
import { GSO63_PROVINCES, QD19_PROVINCES } from './provinces';

const byKey = new Map([...GSO63_PROVINCES, ...QD19_PROVINCES].map((u) => [u.key, u]));

describe('aliases.csv', () => {
	it('points every alias at a known province', () => {
		expect(PROVINCE_ALIASES.length).toBeGreaterThan(0);
		for (const a of PROVINCE_ALIASES) expect(byKey.has(a.key), a.key).toBe(true);
	});

	it('holds only what folding does not already catch', () => {
		for (const a of PROVINCE_ALIASES) {
			const names = namesOf(byKey.get(a.key)!).map(foldName);
			expect(names, `${a.alias} → ${a.key}`).not.toContain(foldName(a.alias));
		}
	});

	it('lists no alias twice for one code system', () => {
		const seen = PROVINCE_ALIASES.map((a) => `${a.key.split(':')[0]}|${foldName(a.alias)}`);
		expect(new Set(seen).size).toBe(seen.length);
	});

	it('gives no alias to two different provinces of one system', () => {
		const target = new Map<string, string>();
		for (const a of PROVINCE_ALIASES) {
			const id = `${a.key.split(':')[0]}|${foldName(a.alias)}`;
			expect(target.get(id) ?? a.key, id).toBe(a.key);
			target.set(id, a.key);
		}
	});
});

describe('parseAliases', () => {
	it('maps a code system and code to a key', () => {
		expect(parseAliases('alias,code_system,code\nHCM,QD19-2025,79\n')).toEqual([
			{ alias: 'HCM', key: 'qd19:79' }
		]);
	});

	it.each([
		['an unknown system', 'alias,code_system,code\nHCM,GSO,79\n'],
		['a bad code', 'alias,code_system,code\nHCM,GSO-63,7\n'],
		['an empty alias', 'alias,code_system,code\n,GSO-63,79\n']
	])('rejects %s', (_what, text) => {
		expect(() => parseAliases(text)).toThrow();
	});
});
