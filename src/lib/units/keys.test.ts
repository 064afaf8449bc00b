import { describe, expect, it } from 'vitest';
import { keyList, listForYear } from './keys';

describe('keyList and listForYear', () => {
	it.each([
		['gso63:01', 'gso63'],
		['qd19:24', 'qd19'],
		['local:gso63-38:noi-vu', 'gso63'],
		['local:qd19-22:so-tu-phap', 'qd19'],
		['ministry:bnv', 'ministry']
	])('keyList(%s) → %s', (key, list) => expect(keyList(key)).toBe(list));

	it.each([
		[2012, 'gso63'],
		[2024, 'gso63'],
		[2025, 'qd19'],
		[2030, 'qd19']
	])('listForYear(%i) → %s', (year, list) => expect(listForYear(year)).toBe(list));
});
