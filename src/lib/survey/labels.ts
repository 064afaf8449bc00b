// Names of SIPAS 1001 parts, elements and items from the catalog, in the reader's language.
import { componentsOf } from '$lib/indices';

const components = new Map(componentsOf('SIPAS-1001-2023').map((c) => [c.code, c]));

/** The catalog's name of a part, element or item code; the code itself when unknown. */
export function sipasName(code: string, lang: 'vi' | 'en'): string {
	const c = components.get(code);
	if (!c) return code;
	return lang === 'en' ? c.nameEn : c.nameVi;
}
