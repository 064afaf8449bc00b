import { publicationJson } from '$lib/publish/schema';
import type { EntryGenerator, RequestHandler } from './$types';
import { publicationById, publicationEntries } from '../load';

export const prerender = true;
export const entries: EntryGenerator = publicationEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(publicationJson(publicationById(params.id)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
