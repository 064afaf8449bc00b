import type { Lang } from '$lib/format';
import type { Bilingual } from './schema-parts';

/** A bilingual text in `lang`; the Vietnamese one when there is no English. */
export function pick(text: Bilingual, lang: Lang): string {
	return lang === 'en' && text.en ? text.en : text.vi;
}
