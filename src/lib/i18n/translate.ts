import type { Lang } from '$lib/format/locale';
import { en } from './en';
import { vi, type MessageKey } from './vi';

const messages: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Params = Record<string, string | number>;

/** The message for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
	return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isMessageKey(key: string): key is MessageKey {
	return key in vi;
}
