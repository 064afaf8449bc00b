import type { EntryGenerator, PageServerLoad } from './$types';
import { publicationById, publicationEntries } from './load';

export const entries: EntryGenerator = publicationEntries;

export const load: PageServerLoad = ({ params }) => ({ publication: publicationById(params.id) });
