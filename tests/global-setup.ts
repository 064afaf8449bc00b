import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

/* Serves the production build (made by `npm run test:browser` just before) on a free loopback port. */

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
	const port = await freePort();
	server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
	project.provide('baseUrl', `http://127.0.0.1:${port}`);
	return async () => {
		await server?.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
