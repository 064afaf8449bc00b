import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static files only: any provincial portal, or an offline intranet, can host chiso.
		adapter: adapter({ fallback: '200.html', strict: true }),
		alias: { $data: 'data' }
	}
};

export default config;
