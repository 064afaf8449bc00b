import type { Lang } from '$lib/format/locale';
import { translate, type Params } from './translate';
import type { MessageKey } from './vi';

const STORAGE_KEY = 'chiso.lang';

function initial(): Lang {
	if (typeof localStorage === 'undefined') return 'vi';
	return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

/** The interface language: Vietnamese unless the reader chose English (remembered on this device). */
export const i18n = $state<{ lang: Lang }>({ lang: initial() });

export function setLang(lang: Lang): void {
	i18n.lang = lang;
	if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Reactive translate: re-runs where it is read when the language changes. */
export function t(key: MessageKey, params?: Params): string {
	return translate(i18n.lang, key, params);
}
