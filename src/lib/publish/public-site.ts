import { resolve } from '$app/paths';

/**
 * Whether this site was built with publication `id` (its file in data/published), so its embed and public
 * page exist. The static host answers unknown paths with the app's fallback page, so the test is that the
 * publication's JSON comes back as JSON.
 */
export async function onPublicSite(id: string): Promise<boolean> {
	try {
		const response = await fetch(resolve('/published/[id]/publication.json', { id }), { method: 'HEAD' });
		return response.ok && (response.headers.get('content-type') ?? '').includes('json');
	} catch {
		return false;
	}
}
