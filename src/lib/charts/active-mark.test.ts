import { describe, expect, it } from 'vitest';
import { ActiveMark } from './active-mark.svelte';

const pointer = (pointerType: string) => ({ pointerType }) as PointerEvent;
const key = (k: string) => ({ key: k, preventDefault() {} }) as KeyboardEvent;

describe('ActiveMark', () => {
	it('shows a mark while the mouse is over it', () => {
		const mark = new ActiveMark<string>();
		mark.on('a').onpointerenter(pointer('mouse'));
		expect(mark.key).toBe('a');
		mark.on('a').onpointerleave(pointer('mouse'));
		expect(mark.key).toBeNull();
	});

	it('toggles a mark on a tap, and a finger leaving keeps it shown', () => {
		const mark = new ActiveMark<number>();
		mark.on(2024).onpointerenter(pointer('touch'));
		mark.on(2024).onpointerleave(pointer('touch'));
		expect(mark.key).toBe(2024);
		mark.on(2024).onpointerenter(pointer('touch'));
		expect(mark.key).toBeNull();
	});

	it('follows keyboard focus, hides on Escape, selects on Enter or Space only when asked', () => {
		const selected: string[] = [];
		const mark = new ActiveMark<string>();
		const on = mark.on('b', (k) => selected.push(k));
		on.onfocus();
		expect(mark.key).toBe('b');
		on.onkeydown(key('Enter'));
		on.onkeydown(key(' '));
		on.onkeydown(key('Escape'));
		expect(mark.key).toBeNull();
		expect(selected).toEqual(['b', 'b']);
		mark.on('c').onkeydown(key('Enter'));
		mark.on('c').onfocus();
		mark.on('c').onblur();
		expect([selected.length, mark.key]).toEqual([2, null]);
	});
});
