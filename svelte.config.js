import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files only: any provincial portal, or an offline intranet, can host chiso.
		adapter: adapter({ fallback: '200.html', strict: true }),
		alias: { $data: 'data' },
		// Every stylesheet of the app is under 8 kB: written into the page, it cannot hold the first paint
		// back behind the script requests (the embed's chart showed ≈ 300 ms later with four linked files).
		inlineStyleThreshold: 8192,
		// No host but our own, ever (the embed too: it runs inside newspapers' pages). SvelteKit hashes its own
		// inline scripts into script-src and writes the policy as a <meta> tag in every prerendered page.
		// DuckDB-WASM needs 'wasm-unsafe-eval' to compile its module and a worker ('self', or a blob: bootstrap);
		// Vite inlines the sample's small files as data: URLs, which the first visit fetches; exports draw
		// through blob: and data: images. Inline styles stay allowed: Svelte's style: directives and the charts'
		// colours are style attributes; scripts, where an injection would matter, are not.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self', 'data:', 'blob:'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
