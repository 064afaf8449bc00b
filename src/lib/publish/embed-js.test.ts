import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightMessages } from './embed-protocol';

/*
 * static/embed.js is served as written (no build), so this test runs that very file against a small stand-in
 * for the host page: a window that collects the message listener, and iframes with a contentWindow and src.
 */

interface FakeFrame {
	src: string;
	contentWindow: object;
	style: { height: string };
	getAttribute(name: string): string | null;
}

function hostPage(frames: { id: string; src: string }[]) {
	const listeners: ((event: { data: unknown; source: unknown; origin: string }) => void)[] = [];
	const win: Record<string, unknown> = {
		addEventListener: (type: string, fn: (typeof listeners)[number]) =>
			type === 'message' && listeners.push(fn)
	};
	const iframes: FakeFrame[] = frames.map((f) => ({
		src: f.src,
		contentWindow: {},
		style: { height: '300px' },
		getAttribute: (name: string) => (name === 'data-chiso-embed' ? f.id : null)
	}));
	const doc = { baseURI: 'https://news.example/article', querySelectorAll: () => iframes };
	const code = fs.readFileSync(path.resolve('static/embed.js'), 'utf8');
	const load = () => new Function('window', 'document', code)(win, doc);
	load();
	load(); // a second snippet on the page
	const post = (from: number | object, data: unknown, origin = 'https://cchc.example.vn') => {
		const source = typeof from === 'number' ? iframes[from]!.contentWindow : from;
		for (const fn of listeners) fn({ data, source, origin });
	};
	return { iframes, post, listeners };
}

const A = { id: 'par-2025', src: 'https://cchc.example.vn/embed/par-2025/' };
const B = { id: 'par-2024', src: 'https://cchc.example.vn/embed/par-2024/?lang=en' };

describe('static/embed.js', () => {
	it('listens once even when two snippets load it', () => {
		expect(hostPage([A]).listeners.length).toBe(1);
	});

	it.each([
		{ name: 'Datawrapper', message: heightMessages('par-2025', 812.4)[0] },
		{ name: 'AMP', message: heightMessages('par-2025', 812.4)[1] }
	])('sets the height of the sending frame from a $name message', ({ message }) => {
		const page = hostPage([A, B]);
		page.post(0, message);
		expect(page.iframes.map((f) => f.style.height)).toEqual(['813px', '300px']);
	});

	it.each([
		{ name: 'another window', from: {}, data: heightMessages('par-2025', 900)[1], origin: undefined },
		{
			name: 'another origin',
			from: 0,
			data: heightMessages('par-2025', 900)[1],
			origin: 'https://evil.example'
		},
		{ name: "another chart's id", from: 0, data: heightMessages('par-2024', 900)[0], origin: undefined },
		{
			name: 'a height of 0',
			from: 0,
			data: { sentinel: 'amp', type: 'embed-size', height: 0 },
			origin: undefined
		},
		{
			name: 'a huge height',
			from: 0,
			data: { sentinel: 'amp', type: 'embed-size', height: 1e6 },
			origin: undefined
		},
		{
			name: 'a text height',
			from: 0,
			data: { 'datawrapper-height': { 'par-2025': '900' } },
			origin: undefined
		},
		{ name: 'a string', from: 0, data: 'hello', origin: undefined },
		{ name: 'null', from: 0, data: null, origin: undefined }
	])('ignores a message from $name', ({ from, data, origin }) => {
		const page = hostPage([A, B]);
		page.post(from, data, origin);
		expect(page.iframes.map((f) => f.style.height)).toEqual(['300px', '300px']);
	});
});
