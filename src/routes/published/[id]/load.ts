import { error } from '@sveltejs/kit';
import { shippedPublication, shippedPublications } from '$lib/publish/shipped';

/* The shipped publication a prerendered route is about: the ids to prerender, and one by id (404 otherwise). */

export const publicationEntries = () => shippedPublications().map((p) => ({ id: p.id }));

export function publicationById(id: string) {
	const publication = shippedPublication(id);
	if (!publication) error(404, `Không có kết quả công bố "${id}"`);
	return publication;
}
