import { defineConfig } from 'vitest/config';

// Browser tests: a real Chromium against the built app. Run through `npm run test:browser` (builds first).
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 180_000,
		hookTimeout: 180_000,
		fileParallelism: false
	}
});
