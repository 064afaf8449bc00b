import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePublication, publicationJson } from './schema';
import { publication, survey, trend } from './test-fixture';

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

describe('the kinds of publication (one format, version 1)', () => {
	it.each([
		{
			kind: 'trend',
			make: trend,
			keys: ['format', 'version', 'id', 'kind', 'title', 'provenance', 'rows', 'average']
		},
		{
			kind: 'survey',
			make: survey,
			keys: [
				'format',
				'version',
				'id',
				'kind',
				'title',
				'provenance',
				'rows',
				'elements',
				'items_scope',
				'items'
			]
		}
	])('reads back a $kind, its keys in the schema order', ({ kind, make, keys }) => {
		const p = make();
		const text = publicationJson(p);
		expect(parsePublication(text)).toEqual({ ok: true, publication: p });
		const file = JSON.parse(text);
		expect([file.kind, file.version]).toEqual([kind, 1]);
		expect(Object.keys(file)).toEqual(keys);
	});

	it.each(['par-province-2024.json', 'par-province-2025.json'])(
		'still reads the ranking file %s shipped before trends and surveys joined',
		(name) => {
			const text = fs.readFileSync(path.resolve('data/published', name), 'utf8');
			const parsed = parsePublication(text);
			expect(parsed.ok && parsed.publication.kind).toBe('ranking');
			// and writes it back byte for byte: the ranking's shape did not change
			expect(parsed.ok && publicationJson(parsed.publication)).toBe(text);
		}
	);

	const goodSurvey = JSON.parse(publicationJson(survey()));
	const goodTrend = JSON.parse(publicationJson(trend()));
	it.each([
		{
			name: 'a withheld unit that still carries its value',
			text: JSON.stringify({
				...goodSurvey,
				rows: goodSurvey.rows.map((r: { suppressed: boolean }) => (r.suppressed ? { ...r, value: 77.8 } : r))
			}),
			error: /Unrecognized key: "value"/
		},
		{
			name: 'a withheld item that still carries its n',
			text: JSON.stringify({
				...goodSurvey,
				items: goodSurvey.items.map((i: { suppressed: boolean }) => (i.suppressed ? { ...i, n: 18 } : i))
			}),
			error: /Unrecognized key: "n"/
		},
		{
			name: 'a survey without its minimum n',
			text: JSON.stringify({ ...goodSurvey, provenance: { ...goodSurvey.provenance, min_n: null } }),
			error: /min_n/
		},
		{
			name: 'a survey without its method caveat',
			text: JSON.stringify({
				...goodSurvey,
				provenance: { ...goodSurvey.provenance, method_note: undefined }
			}),
			error: /method_note/
		},
		{
			name: 'a trend given a ranking provenance',
			text: JSON.stringify({ ...goodTrend, provenance: publication().provenance }),
			error: /from_year/
		},
		{
			name: 'a trend point without its method',
			text: JSON.stringify({
				...goodTrend,
				rows: [{ ...goodTrend.rows[0], points: [{ ...goodTrend.rows[0].points[0], method: undefined }] }]
			}),
			error: /method/
		}
	])('refuses $name', ({ text, error }) => {
		const result = parsePublication(text);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(error);
	});
});
