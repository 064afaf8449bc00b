import type { Page } from 'playwright-core';

/** Records every request that leaves the app's own host, and every uncaught page error. */
export function watchPage(page: Page, ownOrigin: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== ownOrigin) foreign.push(url);
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	return { foreign, errors };
}
