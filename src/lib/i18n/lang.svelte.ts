import type { Lang } from '$lib/format/locale';
import { translate, type Params } from './translate';
import type { MessageKey } from './vi';

const STORAGE_KEY = 'chiso.lang';

/** The remembered choice; none where storage is refused (an embed in another site's iframe throws here). */
function remembered(): string | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

function initial(): Lang {
	return remembered() === 'en' ? 'en' : 'vi';
}

/** The interface language: Vietnamese unless the reader chose English (remembered on this device). */
export const i18n = $state<{ lang: Lang }>({ lang: initial() });

export function setLang(lang: Lang): void {
	i18n.lang = lang;
	try {
		if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
	} catch {
		// Storage refused (third-party iframe, private mode): the choice lasts for this page only.
	}
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Reactive translate: re-runs where it is read when the language changes. */
export function t(key: MessageKey, params?: Params): string {
	return translate(i18n.lang, key, params);
}
