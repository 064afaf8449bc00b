import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB's wasm and worker files are emitted as assets through `?url` imports.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { chunkSizeWarningLimit: 2000 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		// Tests at benchmark scale (a 200 MB file) run in `npm run bench -- largefile`, not in `npm test`.
		exclude: ['**/node_modules/**', ...(process.env.CHISO_BENCH ? [] : ['**/*.bench.test.ts'])],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
