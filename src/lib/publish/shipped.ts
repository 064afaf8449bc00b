import { lastYear } from './describe';
import { parsePublication, type Publication } from './schema';

/*
 * The publications shipped in data/published/, read at build time (prerendering): server loads and
 * endpoints import this, so the files reach the client only as the pages and downloads made from them. A file
 * that is not a valid publication fails the build with its name and the reason.
 */

const files = import.meta.glob<string>('/data/published/*.json', {
	query: '?raw',
	import: 'default',
	eager: true
});

function read(): Publication[] {
	return Object.entries(files)
		.map(([file, text]) => {
			const parsed = parsePublication(text);
			if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
			const name = file
				.split('/')
				.pop()!
				.replace(/\.json$/, '');
			if (name !== parsed.publication.id)
				throw new Error(`${file}: the file name is not its id "${parsed.publication.id}"`);
			return parsed.publication;
		})
		.sort(
			(a, b) =>
				b.provenance.created_at.localeCompare(a.provenance.created_at) ||
				lastYear(b) - lastYear(a) ||
				a.id.localeCompare(b.id)
		);
}

let cache: Publication[] | undefined;

/** Every shipped publication, newest first (then the latest year first). */
export function shippedPublications(): Publication[] {
	cache ??= read();
	return cache;
}

export function shippedPublication(id: string): Publication | undefined {
	return shippedPublications().find((p) => p.id === id);
}
