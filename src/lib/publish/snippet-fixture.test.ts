import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS } from './embed-options';
import { parsePublication } from './schema';
import { embedSnippet } from './snippet';

/* The article the browser test loads (tests/fixtures/article.html) carries the snippet as the dialog gives it. */

describe('tests/fixtures/article.html', () => {
	it('embeds the snippet embedSnippet() makes for the shipped 2025 publication', () => {
		const html = fs.readFileSync(path.resolve('tests/fixtures/article.html'), 'utf8');
		const pasted = html
			.split('<!-- chiso-embed:start -->\n')[1]!
			.split('\n\t\t\t<!-- chiso-embed:end -->')[0];
		const parsed = parsePublication(
			fs.readFileSync(path.resolve('data/published/par-province-2025.json'), 'utf8')
		);
		if (!parsed.ok) throw new Error(parsed.error);
		const made = embedSnippet({
			origin: 'http://chiso.test',
			publication: parsed.publication,
			options: DEFAULT_EMBED_OPTIONS
		});
		expect(pasted).toBe(made);
	});
});
