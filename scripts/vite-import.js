// Loads a TypeScript module of the app from a Node script, with the app's aliases and `?raw` imports, via
// Vite's SSR module loader. Scripts use it so they share code with the app instead of copying it.
import { createServer } from 'vite';

export async function withAppModule(modulePath, work) {
	const server = await createServer({
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error',
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	try {
		return await work(await server.ssrLoadModule(modulePath));
	} finally {
		await server.close();
	}
}
