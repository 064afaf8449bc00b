// `npm run demo [-- --port 8080 --host 0.0.0.0]`: builds chiso and serves it with its sample data.
// The sample files under data/sample are part of the build; the browser loads them on the first visit.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return fallback;
	return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};
const port = option('port', '4173');
const host = option('host', '127.0.0.1');

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
console.log(`\nchiso: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/  (Ctrl+C to stop)\n`);
execFileSync('npx', ['vite', 'preview', '--host', host, '--port', port, '--strictPort'], {
	stdio: 'inherit'
});
