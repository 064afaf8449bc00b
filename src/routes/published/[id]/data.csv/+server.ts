import { publicationCsv } from '$lib/publish/csv';
import type { EntryGenerator, RequestHandler } from './$types';
import { publicationById, publicationEntries } from '../load';

export const prerender = true;
export const entries: EntryGenerator = publicationEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(publicationCsv(publicationById(params.id)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
