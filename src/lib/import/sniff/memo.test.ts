import { describe, expect, it } from 'vitest';
import { forgetAll, memoByKeyAndText, memoByText } from './memo';

describe('memoByText', () => {
	it('reads each text once, null and undefined results included, and starts over past its limit', () => {
		const calls: string[] = [];
		const read = memoByText((t: string) => {
			calls.push(t);
			return t === 'x' ? undefined : t === 'y' ? null : t.length;
		}, 3);
		expect(['ab', 'ab', 'x', 'x', 'y', 'y'].map(read)).toEqual([2, 2, undefined, undefined, null, null]);
		expect(calls).toEqual(['ab', 'x', 'y']);
		read('new'); // the fourth text: the memory starts over
		read('ab');
		expect(calls).toEqual(['ab', 'x', 'y', 'new', 'ab']);
	});

	it('keeps one memory per key', () => {
		let calls = 0;
		const read = memoByKeyAndText((key: string, t: string) => (calls++, `${key}:${t}`));
		expect([read('a', '1'), read('b', '1'), read('a', '1')]).toEqual(['a:1', 'b:1', 'a:1']);
		expect(calls).toBe(2);
		forgetAll();
		read('a', '1');
		expect(calls).toBe(3);
	});
});
