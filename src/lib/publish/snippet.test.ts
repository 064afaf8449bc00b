import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from './embed-options';
import { rankingPublication } from './ranking';
import { embedSnippet, escapeHtml, reservedHeight } from './snippet';
import { META, publication, ROWS, survey, trend } from './test-fixture';

describe('escapeHtml(text)', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		[`"x" & 'y'`, '&quot;x&quot; &amp; &#39;y&#39;'],
		['Hà Nội', 'Hà Nội']
	])('%s', (text, escaped) => {
		expect(escapeHtml(text)).toBe(escaped);
	});
});

describe('reservedHeight(publication, options)', () => {
	it.each([
		{ rows: 3, height: null, expected: 160 + 120 },
		{ rows: 34, height: null, expected: 40 + 34 * 22 + 120 },
		{ rows: 3, height: 500, expected: 620 }
	])('$rows rows, height $height → $expected', ({ rows, height, expected }) => {
		const p = publication();
		const many = {
			...p,
			rows: Array.from({ length: rows }, (_, i) => ({ ...p.rows[0]!, unit_key: `u${i}` }))
		};
		expect(reservedHeight(many, { height })).toBe(expected);
	});
});

describe('embedSnippet({ origin, publication, options })', () => {
	const html = embedSnippet({
		origin: 'https://cchc.example.vn/',
		publication: publication(),
		options: DEFAULT_EMBED_OPTIONS
	});

	it('is an iframe with a title, lazy loading and a reserved height, marked for the resizer', () => {
		const iframe = html.match(/<iframe [^>]*><\/iframe>/)![0];
		expect(iframe).toContain('src="https://cchc.example.vn/embed/par-province-2024/"');
		expect(iframe).toContain('title="Xếp hạng Chỉ số CCHC năm 2024 — cả nước"');
		expect(iframe).toContain('loading="lazy"');
		expect(iframe).toContain('data-chiso-embed="par-province-2024"');
		expect(iframe).toContain('height:280px');
	});

	it('loads the resizer from the same site and links back to the full table', () => {
		expect(html).toContain('<script async src="https://cchc.example.vn/embed.js"></script>');
		expect(html).toContain(
			'<figcaption style="font-size:0.85em"><a href="https://cchc.example.vn/published/par-province-2024/">Xem bảng số liệu đầy đủ</a></figcaption>'
		);
	});

	it('puts the alt text and the source line in <noscript>', () => {
		expect(html).toMatch(
			/<noscript><p>Biểu đồ thanh: .* cao nhất Hải Phòng \(96,17\).* Nguồn: Bộ Nội vụ;.*<\/p><\/noscript>/
		);
	});

	it('carries the options into the URL and the language into the words', () => {
		const en = embedSnippet({
			origin: 'https://x.vn',
			publication: publication(),
			options: { ...DEFAULT_EMBED_OPTIONS, lang: 'en', theme: 'dark' }
		});
		expect(en).toContain('src="https://x.vn/embed/par-province-2024/?lang=en&amp;theme=dark"');
		expect(en).toContain('title="PAR Index ranking 2024 — all provinces"');
		expect(en).toContain('>See the full table</a>');
	});

	it('escapes text that came from a file', () => {
		const rows = [{ ...ROWS[0]!, name: '<img src=x onerror=alert(1)>' }];
		const evil = rankingPublication(rows, {
			...META,
			title: { vi: '"><script>alert(1)</script>', en: null }
		});
		const out = embedSnippet({ origin: 'https://x.vn', publication: evil, options: DEFAULT_EMBED_OPTIONS });
		expect(out).not.toContain('<script>alert');
		expect(out).not.toContain('<img');
		expect(out).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});
});

describe('the snippet of a trend and of a survey', () => {
	it.each([
		{ name: 'trend lines', make: trend, options: {}, height: 260 + 120 },
		{ name: 'trend lines 400 px', make: trend, options: { height: 400 }, height: 520 },
		{ name: 'trend table', make: trend, options: { chart: 'table', height: 400 }, height: 40 + 2 * 30 + 120 },
		{ name: 'survey bars', make: survey, options: {}, height: 160 + 120 },
		{ name: 'survey dots', make: survey, options: { chart: 'dots' }, height: 50 + 3 * 22 + 120 },
		{ name: 'survey items', make: survey, options: { chart: 'likert' }, height: 40 + 2 * 26 + 120 }
	] as const)('reserves room for the $name', ({ make, options, height }) => {
		expect(reservedHeight(make(), { height: null, ...options })).toBe(height);
	});

	it('points at the embed with only the options that differ from the kind’s default', () => {
		const lines = embedSnippet({
			origin: 'https://x.vn',
			publication: trend(),
			options: { ...DEFAULT_EMBED_OPTIONS, chart: 'lines' }
		});
		expect(lines).toContain('src="https://x.vn/embed/trend-par-province-2020-2022/"');
		const dots = embedSnippet({
			origin: 'https://x.vn',
			publication: survey(),
			options: { ...DEFAULT_EMBED_OPTIONS, chart: 'dots' }
		});
		expect(dots).toContain('src="https://x.vn/embed/survey-sipas-agency-2025/?chart=dots"');
		expect(dots).toContain('Phương pháp mặc định, chưa đối chiếu công thức chính thức');
	});
});
