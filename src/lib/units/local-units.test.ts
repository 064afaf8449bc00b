import { describe, expect, it } from 'vitest';
import { localSlug, makeLocalUnit } from './local-units';

describe('localSlug', () => {
	it.each([
		['Sở Nội vụ', 'noi-vu'],
		['Sở Văn hóa, Thể thao và Du lịch', 'van-hoa-the-thao-va-du-lich'],
		['Ban Dân tộc', 'ban-dan-toc'],
		['Huyện Nga Sơn', 'nga-son'],
		['Thị xã Nghi Sơn', 'nghi-son'],
		['Quận 1', 'quan-1'],
		['Xã Nga Thuỷ', 'nga-thuy'],
		['Xã Nga Thủy', 'nga-thuy']
	])('localSlug(%j) = %j', (name, slug) => {
		expect(localSlug(name)).toBe(slug);
	});
});

describe('makeLocalUnit', () => {
	it('builds a keyed local unit that keeps its parent and dates', () => {
		expect(
			makeLocalUnit({
				parentKey: 'gso63:38',
				name: ' Huyện Hà Trung ',
				kind: 'district',
				validFrom: '2020-01-01',
				validTo: '2025-06-30'
			})
		).toEqual({
			key: 'local:gso63-38:ha-trung',
			system: 'local',
			code: 'ha-trung',
			name: 'Huyện Hà Trung',
			kind: 'district',
			parentKey: 'gso63:38',
			validFrom: '2020-01-01',
			validTo: '2025-06-30'
		});
	});

	it.each([
		['gso63:24', 'local:gso63-24:noi-vu'],
		['qd19:24', 'local:qd19-24:noi-vu'],
		['local:gso63-38:nga-son', 'local:gso63-38:nga-son:noi-vu']
	])('under %s the key is %s', (parentKey, key) => {
		expect(makeLocalUnit({ parentKey, name: 'Sở Nội vụ', kind: 'agency' }).key).toBe(key);
	});

	it('gives "Huyện X" and "Thị xã X" one key, so an upgraded district keeps its identity', () => {
		const a = makeLocalUnit({ parentKey: 'gso63:38', name: 'Huyện Nghi Sơn', kind: 'district' });
		const b = makeLocalUnit({ parentKey: 'gso63:38', name: 'Thị xã Nghi Sơn', kind: 'district' });
		expect(a.key).toBe(b.key);
	});

	it('takes an explicit slug when two units of a parent fold alike', () => {
		const unit = makeLocalUnit({
			parentKey: 'gso63:38',
			name: 'Xã Đông Sơn',
			kind: 'commune',
			slug: 'xa-dong-son'
		});
		expect(unit.key).toBe('local:gso63-38:xa-dong-son');
	});

	it.each([
		['an unknown parent form', { parentKey: '38', name: 'Sở Y tế', kind: 'agency' as const }],
		['a name with no letters', { parentKey: 'gso63:38', name: ' - ', kind: 'agency' as const }],
		[
			'a bad date',
			{ parentKey: 'gso63:38', name: 'Sở Y tế', kind: 'agency' as const, validTo: '2025-13-01' }
		],
		[
			'validFrom after validTo',
			{
				parentKey: 'gso63:38',
				name: 'Sở Y tế',
				kind: 'agency' as const,
				validFrom: '2025-02-01',
				validTo: '2025-01-01'
			}
		],
		['a bad slug', { parentKey: 'gso63:38', name: 'Sở Y tế', kind: 'agency' as const, slug: 'Sở Y tế' }]
	])('rejects %s', (_what, input) => {
		expect(() => makeLocalUnit(input)).toThrow(RangeError);
	});
});

describe('districts end on 30/06/2025', () => {
	it('ends a district with the district level, and refuses one under a province of the 34', () => {
		const unit = makeLocalUnit({ parentKey: 'gso63:86', name: 'Huyện Long Hồ', kind: 'district' });
		expect(unit.validTo).toBe('2025-06-30');
		expect(() => makeLocalUnit({ parentKey: 'qd19:86', name: 'Huyện Long Hồ', kind: 'district' })).toThrow(
			/no districts after 2025-06-30/
		);
		expect(() =>
			makeLocalUnit({ parentKey: 'gso63:86', name: 'Huyện X', kind: 'district', validFrom: '2025-07-01' })
		).toThrow(RangeError);
		expect(
			makeLocalUnit({ parentKey: 'qd19:86', name: 'Phường Long Châu', kind: 'commune' }).validTo
		).toBeUndefined();
	});
});
