import { describe, expect, it } from 'vitest';
import { SUCCESSIONS_2025, parseSuccessions, predecessorsOf, successorOf } from './crosswalk';
import { GSO63_PROVINCES, QD19_PROVINCES } from './provinces';

/** DOMAIN.md §10.2, "New (code) | Formed from (old codes)", transcribed by hand. */
const FORMED_FROM: Record<string, string[]> = {
	'08': ['02', '08'],
	'15': ['10', '15'],
	'19': ['06', '19'],
	'24': ['24', '27'],
	'25': ['17', '25', '26'],
	'31': ['30', '31'],
	'33': ['33', '34'],
	'37': ['35', '36', '37'],
	'44': ['44', '45'],
	'48': ['48', '49'],
	'51': ['51', '62'],
	'52': ['52', '64'],
	'56': ['56', '58'],
	'66': ['54', '66'],
	'68': ['60', '67', '68'],
	'75': ['70', '75'],
	'79': ['74', '77', '79'],
	'80': ['72', '80'],
	'82': ['82', '87'],
	'86': ['83', '84', '86'],
	'91': ['89', '91'],
	'92': ['92', '93', '94'],
	'96': ['95', '96'],
	'01': ['01'],
	'04': ['04'],
	'11': ['11'],
	'12': ['12'],
	'14': ['14'],
	'20': ['20'],
	'22': ['22'],
	'38': ['38'],
	'40': ['40'],
	'42': ['42'],
	'46': ['46']
};

describe('the 2025 succession (NQ 202/2025/QH15)', () => {
	it('has 63 rows, all effective 2025-07-01', () => {
		expect(SUCCESSIONS_2025).toHaveLength(63);
		expect(new Set(SUCCESSIONS_2025.map((s) => s.effectiveDate))).toEqual(new Set(['2025-07-01']));
	});

	it('gives every old province exactly one successor', () => {
		for (const old of GSO63_PROVINCES) {
			expect(
				SUCCESSIONS_2025.filter((s) => s.oldKey === old.key),
				old.key
			).toHaveLength(1);
			expect(successorOf(old.key), old.key).toMatch(/^qd19:\d{2}$/);
		}
	});

	it('gives every new province at least one predecessor', () => {
		for (const unit of QD19_PROVINCES) expect(predecessorsOf(unit.key).length, unit.key).toBeGreaterThan(0);
	});

	it.each(Object.entries(FORMED_FROM))('qd19:%s is formed from GSO codes %j', (newCode, oldCodes) => {
		expect(predecessorsOf(`qd19:${newCode}`)).toEqual(oldCodes.map((c) => `gso63:${c}`));
	});

	it('marks the 11 unchanged provinces as "same" and the 23 merged ones as "merged_into"', () => {
		const same = SUCCESSIONS_2025.filter((s) => s.relation === 'same').map((s) => s.newKey.slice(5));
		expect(same).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']);
		const merged = new Set(SUCCESSIONS_2025.filter((s) => s.relation === 'merged_into').map((s) => s.newKey));
		expect(merged.size).toBe(23);
	});

	it.each(['02', '06', '10', '17', '26', '27', '30', '34', '35', '36', '45', '49', '54', '58'])(
		'old code %s does not exist among the 34',
		(code) => {
			expect(QD19_PROVINCES.some((u) => u.code === code)).toBe(false);
		}
	);

	it('lists exactly the disappearing old codes of DOMAIN.md', () => {
		const newCodes = new Set(QD19_PROVINCES.map((u) => u.code));
		const gone = GSO63_PROVINCES.map((u) => u.code).filter((c) => !newCodes.has(c));
		expect(gone.join(' ')).toBe(
			'02 06 10 17 26 27 30 34 35 36 45 49 54 58 60 62 64 67 70 72 74 77 83 84 87 89 93 94 95'
		);
	});

	it('changes the name of exactly seven codes', () => {
		const before = new Map(GSO63_PROVINCES.map((u) => [u.code, u.name]));
		const renamed = QD19_PROVINCES.filter((u) => before.get(u.code) !== u.name).map((u) => [
			u.code,
			before.get(u.code),
			u.name
		]);
		expect(renamed).toEqual([
			['15', 'Yên Bái', 'Lào Cai'],
			['24', 'Bắc Giang', 'Bắc Ninh'],
			['44', 'Quảng Bình', 'Quảng Trị'],
			['52', 'Bình Định', 'Gia Lai'],
			['80', 'Long An', 'Tây Ninh'],
			['82', 'Tiền Giang', 'Đồng Tháp'],
			['91', 'Kiên Giang', 'An Giang']
		]);
	});

	it('returns nothing for keys outside the crosswalk', () => {
		expect(successorOf('qd19:24')).toBeUndefined();
		expect(predecessorsOf('gso63:27')).toEqual([]);
	});

	it('rejects an old code listed twice', () => {
		const text = 'old_code,new_code,effective_date\n24,24,2025-07-01\n24,24,2025-07-01\n';
		expect(() => parseSuccessions(text)).toThrow(/twice/);
	});
});
