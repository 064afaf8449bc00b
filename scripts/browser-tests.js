// Builds the app, then runs the browser tests in tests/ against the build with the system Chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_PATH } from './chromium.js';

const chromium = CHROMIUM_PATH;
if (!fs.existsSync(chromium)) {
	console.error(
		`Chromium not found at ${chromium}.\n` +
			'Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.'
	);
	process.exit(1);
}
const run = (args) => execFileSync('npx', args, { stdio: 'inherit' });
run(['vite', 'build', '--logLevel', 'warn']);
run(['vitest', 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)]);
