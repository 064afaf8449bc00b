import { describe, expect, it } from 'vitest';
import { createRegistry, makeLocalUnit } from '$lib/units';
import { makeUnitResolver } from './resolve';

/*
 * What a unit list adds to matching: a name that says its kind picks the unit of that kind among those
 * that fold alike, and an office code matches within the file's province when no name does.
 */

const VINH_LONG = 'gso63:86';
const longHo = makeLocalUnit({ parentKey: VINH_LONG, name: 'Huyện Long Hồ', kind: 'district' });
const registry = createRegistry([
	{ ...longHo, code: 'H62.30' },
	makeLocalUnit({ parentKey: longHo.key, name: 'Thị trấn Long Hồ', kind: 'commune' }),
	{ ...makeLocalUnit({ parentKey: VINH_LONG, name: 'Sở Tư pháp', kind: 'agency' }), code: 'H62.05' },
	{ ...makeLocalUnit({ parentKey: 'gso63:22', name: 'Sở Tư pháp', kind: 'agency' }), code: 'H62.05' },
	{ ...makeLocalUnit({ parentKey: 'gso63:22', name: 'Sở Xây dựng', kind: 'agency' }), code: '000.00.22' }
]);

describe('matching the units of a province’s list', () => {
	it.each([
		['UBND huyện Long Hồ', VINH_LONG, 'local:gso63-86:long-ho'],
		['Thị trấn Long Hồ', VINH_LONG, 'local:gso63-86:long-ho:long-ho'],
		// Says no kind: both fit, the analyst is asked.
		['Long Hồ', VINH_LONG, 'ambiguous_unit'],
		['H62.30', VINH_LONG, 'local:gso63-86:long-ho'],
		['h62.05', VINH_LONG, 'local:gso63-86:tu-phap'],
		['H62.05', 'gso63:22', 'local:gso63-22:tu-phap'],
		// Another province's code, or no province known: no match.
		['000.00.22', VINH_LONG, 'unknown_unit'],
		['H62.05', null, 'unknown_unit'],
		// A province's code stays the province's.
		['86', VINH_LONG, 'gso63:86']
	])('%j in %s → %s', (text, province, expected) => {
		const match = makeUnitResolver(registry, new Map(), province)(text, 2024);
		expect('unitKey' in match ? match.unitKey : match.code).toBe(expected);
	});
});
