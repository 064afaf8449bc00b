import { describe, expect, it } from 'vitest';
import { parsePublication, publicationJson } from './schema';
import { publication } from './test-fixture';

describe('parsePublication(text)', () => {
	it('reads back what publicationJson wrote', () => {
		const p = publication();
		const text = publicationJson(p);
		expect(text.endsWith('}\n')).toBe(true);
		expect(parsePublication(text)).toEqual({ ok: true, publication: p });
	});

	const good = JSON.parse(publicationJson(publication()));
	it.each([
		{ name: 'text that is not JSON', text: '{', error: /^JSON:/ },
		{
			name: 'another format',
			text: JSON.stringify({ ...good, format: 'datawrapper' }),
			error: /not a chiso-publication file/
		},
		{
			name: 'a later version',
			text: JSON.stringify({ ...good, version: 2 }),
			error: /version 2 is not supported/
		},
		{ name: 'an unknown kind', text: JSON.stringify({ ...good, kind: 'map' }), error: /kind/ },
		{ name: 'an id with a slash', text: JSON.stringify({ ...good, id: 'a/b' }), error: /id/ },
		{
			name: 'a row without its unit',
			text: JSON.stringify({ ...good, rows: [{ ...good.rows[0], unit_key: undefined }] }),
			error: /unit_key/
		},
		{
			name: 'a created_at that is no date',
			text: JSON.stringify({ ...good, provenance: { ...good.provenance, created_at: 'hôm qua' } }),
			error: /created_at/
		}
	])('refuses $name', ({ text, error }) => {
		const result = parsePublication(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(error);
	});
});

describe('publicationJson(publication)', () => {
	it('writes keys in the schema order, so the same publication is the same bytes', () => {
		const p = publication();
		const shuffled = { ...p, rows: p.rows, title: p.title, id: p.id, format: p.format };
		expect(publicationJson(shuffled)).toBe(publicationJson(p));
		expect(Object.keys(JSON.parse(publicationJson(p)))).toEqual([
			'format',
			'version',
			'id',
			'kind',
			'title',
			'provenance',
			'rows'
		]);
	});
});
