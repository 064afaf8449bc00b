import { describe, expect, it } from 'vitest';
import { query, search } from './search';

describe('search and query', () => {
	it.each([
		['http://x/rankings/', ''],
		['http://x/rankings/?index=PAR&year=2024', '?index=PAR&year=2024']
	])('search(%s) → %s', (url, expected) => expect(search(new URL(url))).toBe(expected));

	it('encodes every value, and gives nothing for no params', () => {
		expect(query({ key: 'local:gso63-22:tu-phap', year: 2024 })).toBe(
			'?key=local%3Agso63-22%3Atu-phap&year=2024'
		);
		expect(query({})).toBe('');
	});
});
