import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export function assertChromium(): void {
	if (!fs.existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) ` +
				'or set CHROMIUM_PATH to a Chromium or Chrome executable.'
		);
	}
}

/** A browser with its own profile folder, so OPFS data survives closing and relaunching it. */
export async function launchProfile(
	profileDir?: string
): Promise<{ context: BrowserContext; profileDir: string }> {
	assertChromium();
	const dir = profileDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		headless: true,
		viewport: { width: 1280, height: 900 },
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	return { context, profileDir: dir };
}

/**
 * The browsers one test file launches: `launch` a fresh profile (or `profileDir` again, as after a restart);
 * `closeAll`, in afterAll, closes them and removes their profile folders.
 */
export function browsers() {
	const contexts: BrowserContext[] = [];
	const dirs = new Set<string>();
	return {
		async launch(profileDir?: string): Promise<{ context: BrowserContext; profileDir: string }> {
			const launched = await launchProfile(profileDir);
			contexts.push(launched.context);
			dirs.add(launched.profileDir);
			return launched;
		},
		async closeAll(): Promise<void> {
			for (const c of contexts) await c.close().catch(() => undefined);
			for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}
